/// A recorded approval, as the meeting page prints it.
public struct ApprovalRecord: Sendable, Equatable {
    public var date: LocalDate?
    public var atMeetingDate: LocalDate?
    public var proposer: String?
    public var note: String?

    public init(date: LocalDate?, atMeetingDate: LocalDate?, proposer: String?, note: String?) {
        self.date = date
        self.atMeetingDate = atMeetingDate
        self.proposer = proposer
        self.note = note
    }
}
