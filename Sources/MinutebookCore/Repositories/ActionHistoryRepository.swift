/// History the packs settled: what was concluded about each action (and undone by the secretariat),
/// and the bulk close for what no pack settles.
public protocol ActionHistoryRepository: Sendable {
    /// What the packs led the store to conclude about an action (an update kept it open, left out of
    /// a report it was settled, an agenda item answered it), each with its document and line, oldest first.
    func inferences(actionID: Int64) async throws -> [StoredInference]
    /// The secretariat takes an inference back: the action is as it was before it, and the inference
    /// is never drawn again.
    func undoInference(id: Int64, by editor: ActionEditor) async throws
    /// Every still-open action of the body's meetings before `date`: counted, and closed when `apply`
    /// (each with a history line, audited as the editor). Returns the count.
    func closeActions(
        bodyID: Int64, before date: LocalDate, apply: Bool, by editor: ActionEditor,
        via channel: ActionUpdateChannel
    ) async throws -> Int
}
