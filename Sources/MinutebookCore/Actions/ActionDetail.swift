/// An action with its owners and its latest update.
public struct ActionDetail: Sendable, Equatable {
    public var action: Action
    public var owners: [ActionOwner]
    public var latestUpdate: ActionUpdate?
    /// Private actions (named individuals, safeguarding) are seen only with the Part 2 grant.
    public var isPrivate: Bool

    public init(action: Action, owners: [ActionOwner] = [], latestUpdate: ActionUpdate? = nil, isPrivate: Bool = false) {
        self.action = action
        self.owners = owners
        self.latestUpdate = latestUpdate
        self.isPrivate = isPrivate
    }
}
