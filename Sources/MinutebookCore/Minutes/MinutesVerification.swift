/// What verifying a signature found.
public struct MinutesVerification: Sendable, Equatable {
    public var signature: MinutesSignature
    /// The SHA-256 of the canonical text as stored now.
    public var recomputed: String
    public var matches: Bool { recomputed == signature.sha256 }

    public init(signature: MinutesSignature, recomputed: String) {
        self.signature = signature
        self.recomputed = recomputed
    }
}
