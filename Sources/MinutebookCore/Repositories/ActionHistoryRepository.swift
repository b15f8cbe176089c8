/// History the packs settled: what was concluded about each action (and undone by the secretariat),
/// the bulk close for what no pack settles, and the secretariat's changes after the fact (owners, due
/// date, cover), each with its reason in the action's history.
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
    /// Changes an action's owners and due date, also once its minutes are approved (their text is
    /// not touched); the old and new values and the reason go into the action's history. Owners are
    /// people of the action's partnership or the whole body; at least one is needed, and a reason.
    func changeAction(_ actionID: Int64, to change: ActionChange, by editor: ActionEditor) async throws
    /// Hands an action to a person of its partnership until `until` (on or after `today`), after which
    /// it is back with its owners; a later cover replaces an earlier one. The reason goes into the history.
    func coverAction(
        _ actionID: Int64, by personID: Int64, until: LocalDate, today: LocalDate, reason: String, by editor: ActionEditor
    ) async throws
    /// The cover running on `day`, if any.
    func cover(of actionID: Int64, on day: LocalDate) async throws -> ActionCover?
}
