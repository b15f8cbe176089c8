/// An action as the owner sees it on the link's page and in the email.
public struct UpdateRequestAction: Sendable, Equatable {
    public var actionID: Int64
    /// "Minute 186a, 19 December 2017"
    public var minuteLabel: String
    public var title: String
    public var resolved: String
    public var latestUpdate: String?

    public init(actionID: Int64, minuteLabel: String, title: String, resolved: String, latestUpdate: String?) {
        self.actionID = actionID
        self.minuteLabel = minuteLabel
        self.title = title
        self.resolved = resolved
        self.latestUpdate = latestUpdate
    }
}
