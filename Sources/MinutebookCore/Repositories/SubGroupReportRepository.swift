/// Sub-group reports to the board.
public protocol SubGroupReportRepository: Sendable {
    func report(id: Int64) async throws -> SubGroupReport?
    /// The board meeting a report is for.
    func meeting(of report: SubGroupReport) async throws -> Meeting?
    /// Reports for a board meeting.
    func reports(forMeeting meetingID: Int64) async throws -> [SubGroupReport]
    /// Reports of a sub-group, newest first.
    func reports(ofSubGroup bodyID: Int64) async throws -> [SubGroupReport]
    /// Creates or updates the draft of the sub-group for the meeting (one report per pair).
    func saveDraft(_ report: SubGroupReport, by editor: Editor) async throws -> SubGroupReport
    /// Files the report: refused with the field problems if the template is incomplete.
    func file(reportID: Int64, on date: LocalDate, by editor: Editor) async throws
    /// Puts a filed report on the board meeting's agenda as the sub-group's item; returns the item id.
    func placeOnAgenda(reportID: Int64, by editor: Editor) async throws -> Int64
    /// Records the board's resolutions under the minute of the report's agenda item; returns the minute id.
    func resolve(reportID: Int64, resolutions: [String], by editor: Editor) async throws -> Int64
    /// What the board's secretariat is told of the filed report, as of `date` (whose seats they hold).
    func filingNotice(reportID: Int64, on date: LocalDate) async throws -> ReportFiledNotice?
}
