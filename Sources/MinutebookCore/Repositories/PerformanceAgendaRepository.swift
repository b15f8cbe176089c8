/// Performance reports placed on a board's agenda.
public protocol PerformanceAgendaRepository: Sendable {
    /// Adds an item for the report to the meeting's agenda (the agenda's own insert and renumbering).
    func place(_ kind: PerformanceAgendaReport.Kind, strategyID: Int64?, meetingID: Int64, title: String, by editor: Editor) async throws -> Int64
    /// The performance reports on a meeting's agenda, by agenda item id.
    func reports(onMeeting meetingID: Int64) async throws -> [Int64: PerformanceAgendaReport]
}
