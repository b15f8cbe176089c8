/// A body's forward plan (work programme).
public protocol ForwardPlanRepository: Sendable {
    /// Open items first (by target date), then taken and dropped ones.
    func items(of bodyID: Int64) async throws -> [ForwardPlanItem]
    func item(_ id: Int64) async throws -> ForwardPlanItem?
    func propose(_ proposal: ForwardPlanProposal, for bodyID: Int64, by editor: Editor) async throws -> ForwardPlanItem
    /// Schedules (or re-targets) the item for a meeting of its body.
    func schedule(_ itemID: Int64, for meetingID: Int64, by editor: Editor) async throws
    /// Defers the item to `meetingID`, or to whichever meeting is scheduled next when nil; any agenda
    /// item it had on a meeting not yet issued is removed. The move is kept in its history.
    func deferItem(_ itemID: Int64, to meetingID: Int64?, reason: String?, by editor: Editor) async throws
    func markTaken(_ itemID: Int64, by editor: Editor) async throws
    func drop(_ itemID: Int64, reason: String?, by editor: Editor) async throws
    /// Every status change and move, oldest first.
    func history(of itemID: Int64) async throws -> [ForwardPlanMove]
}
