/// One entry in an action's update history.
public struct ActionUpdate: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var actionID: Int64
    /// ISO 8601 timestamp (UTC) as stored.
    public var at: String
    public var authorName: String?
    public var text: String
    public var statusFrom: ActionStatus?
    public var statusTo: ActionStatus?

    public init(
        id: Int64, actionID: Int64, at: String, authorName: String? = nil, text: String,
        statusFrom: ActionStatus? = nil, statusTo: ActionStatus? = nil
    ) {
        self.id = id
        self.actionID = actionID
        self.at = at
        self.authorName = authorName
        self.text = text
        self.statusFrom = statusFrom
        self.statusTo = statusTo
    }
}
