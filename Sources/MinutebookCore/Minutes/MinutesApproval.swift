/// The approval of a meeting's minutes at a later meeting.
public struct MinutesApproval: Sendable, Equatable {
    /// The meeting at which the minutes were agreed (normally the body's next meeting).
    public var atMeetingID: Int64?
    public var date: LocalDate
    /// Who proposed them as a correct record.
    public var proposer: String
    public var note: String

    public static let standardNote = "Agreed and signed as a correct record"

    /// The day the approval is recorded: minutes are approved at a meeting that has happened.
    public var recordedOn: LocalDate

    public init(
        atMeetingID: Int64?, date: LocalDate, proposer: String, note: String = MinutesApproval.standardNote,
        recordedOn: LocalDate
    ) {
        self.atMeetingID = atMeetingID
        self.date = date
        self.proposer = proposer
        self.note = note
        self.recordedOn = recordedOn
    }

    /// The meetings at which the minutes of a meeting on `meetingDate` may be recorded as approved: the
    /// body's later meetings that have taken place (on or before `today`). The approval form offers
    /// these and the store refuses any other, so minutes never turn public on a future date.
    public static func approvingMeetings(for meetingDate: LocalDate, among dates: [LocalDate], today: LocalDate) -> [LocalDate] {
        dates.filter { $0 > meetingDate && $0 <= today }.sorted()
    }
}
