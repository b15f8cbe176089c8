/// A stored file of an issued pack, with the SHA-256 of its bytes (hex), which names this exact issue.
public struct IssuedPackFile: Sendable, Equatable {
    public var bytes: [UInt8]
    public var sha256: String

    public init(bytes: [UInt8], sha256: String) {
        self.bytes = bytes
        self.sha256 = sha256
    }
}
