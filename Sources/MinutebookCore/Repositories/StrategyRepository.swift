/// Strategies with their priorities, objectives, delivery-plan actions and milestones.
public protocol StrategyRepository: Sendable {
    func strategies(of partnershipID: Int64, audience: Audience) async throws -> [Strategy]
    /// The whole tree, or nil when missing or not visible to `audience`.
    func strategy(id: Int64, audience: Audience) async throws -> Strategy?
    /// Saves a new strategy with its whole tree (ids in the argument are ignored).
    func create(_ strategy: Strategy, by editor: Editor) async throws -> Strategy
    func publish(strategyID: Int64, by editor: Editor) async throws
    /// The lead's update of a delivery-plan action.
    func updateAction(id: Int64, status: DeliveryStatus, note: String, by editor: Editor) async throws
    func completeMilestone(id: Int64, on date: LocalDate, by editor: Editor) async throws
    /// Renames a strategy or changes its years.
    func updateStrategy(id: Int64, title: String, firstYear: Int, lastYear: Int, by editor: Editor) async throws
    /// Adds a priority at the end of the strategy; returns its id.
    func addPriority(strategyID: Int64, name: String, summary: String, by editor: Editor) async throws -> Int64
    /// Adds an objective at the end of the priority; returns its id.
    func addObjective(priorityID: Int64, text: String, by editor: Editor) async throws -> Int64
    /// Moves a priority one place up (`by: -1`) or down (`by: 1`) within its strategy; no move past either end.
    func movePriority(id: Int64, strategyID: Int64, by offset: Int, by editor: Editor) async throws
    /// Removes a priority that has no objectives (its objectives must be removed or kept).
    func removePriority(id: Int64, strategyID: Int64, by editor: Editor) async throws
    /// Moves an objective one place up or down within its priority.
    func moveObjective(id: Int64, strategyID: Int64, by offset: Int, by editor: Editor) async throws
    /// Removes an objective that has no delivery-plan actions.
    func removeObjective(id: Int64, strategyID: Int64, by editor: Editor) async throws
    /// Adds a delivery-plan action (with its milestones and indicator links) at the end of the objective.
    func addAction(objectiveID: Int64, _ action: DeliveryAction, by editor: Editor) async throws -> Int64
    /// Changes an action's title, lead, due date, status and note, and replaces its indicator links.
    func editAction(_ action: DeliveryAction, by editor: Editor) async throws
    func addMilestone(actionID: Int64, title: String, due: LocalDate, by editor: Editor) async throws -> Int64
}
