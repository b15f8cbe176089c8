/// The chair's sign-off of approved minutes: who signed, when, and the SHA-256 of the exact approved
/// text in its canonical form (`MinutesCanonicalForm`). A later correction is a new note outside
/// the signed text, so it never breaks the signature; any change to the signed text does.
public struct MinutesSignature: Sendable, Equatable {
    public var meetingID: Int64
    /// The person who signed, as named on the day.
    public var signerName: String
    /// In what capacity ("Chair", "Vice-Chairman, in the chair").
    public var capacity: String
    /// When, as an ISO 8601 UTC timestamp.
    public var signedAt: String
    /// The account that recorded the signature (the chair's own, or the secretariat's on the chair's word).
    public var recordedBy: String?
    /// Lower-case hex SHA-256 of the canonical text.
    public var sha256: String
    /// Which canonical form was hashed (`MinutesCanonicalForm.version`).
    public var canonicalVersion: Int

    public init(
        meetingID: Int64, signerName: String, capacity: String, signedAt: String, recordedBy: String? = nil, sha256: String,
        canonicalVersion: Int = MinutesCanonicalForm.version
    ) {
        self.meetingID = meetingID
        self.signerName = signerName
        self.capacity = capacity
        self.signedAt = signedAt
        self.recordedBy = recordedBy
        self.sha256 = sha256
        self.canonicalVersion = canonicalVersion
    }

    /// The signing day (the date part of `signedAt`).
    public var signedOn: LocalDate? { LocalDate(iso: String(signedAt.prefix(10))) }

    /// "Signed by the Chair on 26 March 2018".
    public var sentence: String {
        "Signed by the \(capacity) on \(signedOn?.long ?? String(signedAt.prefix(10)))"
    }
}
