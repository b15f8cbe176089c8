/// What the link's page shows: who it is for, the meeting, and the report so far (a saved draft, if any).
public struct ReportRequestPage: Sendable, Equatable {
    public var chairName: String
    public var subGroupName: String
    public var boardName: String
    public var meetingDate: LocalDate
    public var deadline: LocalDate
    public var report: SubGroupReport

    public init(chairName: String, subGroupName: String, boardName: String, meetingDate: LocalDate, deadline: LocalDate, report: SubGroupReport) {
        self.chairName = chairName
        self.subGroupName = subGroupName
        self.boardName = boardName
        self.meetingDate = meetingDate
        self.deadline = deadline
        self.report = report
    }
}
