/// One issue of a meeting's pack: the date of issue, the published version, and how the members
/// were told (how many emails the mail server accepted, and what went wrong, if anything).
public struct PackIssue: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var meetingID: Int64
    public var issuedOn: LocalDate
    /// The version of the published public pack (PDF and accessible HTML share it).
    public var version: Int
    public var pdfByteCount: Int
    public var emailed: Int
    /// When the emails went, as an ISO timestamp; nil when none were sent.
    public var mailedAt: String?
    /// Why some or all members were not emailed (no mail server configured, a refusal, no address).
    public var mailNote: String?
    /// Why a new version of the pack was issued after the meeting's minutes were approved.
    public var reason: String?

    public init(
        id: Int64, meetingID: Int64, issuedOn: LocalDate, version: Int, pdfByteCount: Int = 0, emailed: Int = 0,
        mailedAt: String? = nil, mailNote: String? = nil, reason: String? = nil
    ) {
        self.reason = reason
        self.id = id
        self.meetingID = meetingID
        self.issuedOn = issuedOn
        self.version = version
        self.pdfByteCount = pdfByteCount
        self.emailed = emailed
        self.mailedAt = mailedAt
        self.mailNote = mailNote
    }
}
