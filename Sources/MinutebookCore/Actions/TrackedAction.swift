/// An action with what the tracker and the report need: its minute, resolution, owners and history.
public struct TrackedAction: Sendable, Equatable, Codable, Identifiable {
    public var action: Action
    public var bodyName: String
    public var minute: MinuteReference?
    /// What was resolved: the resolution the action came from, else the minute's resolutions.
    public var resolved: String
    /// Every resolution of the action's minute, in order: the report's "what was resolved" column.
    public var minuteResolutions: [String]
    public var owners: [ActionOwner]
    /// Oldest first.
    public var history: [ActionHistoryEntry]
    public var isPrivate: Bool

    public var id: Int64 { action.id }

    public init(
        action: Action, bodyName: String, minute: MinuteReference?, resolved: String, minuteResolutions: [String] = [],
        owners: [ActionOwner], history: [ActionHistoryEntry], isPrivate: Bool = false
    ) {
        self.action = action
        self.bodyName = bodyName
        self.minute = minute
        self.resolved = resolved
        self.minuteResolutions = minuteResolutions
        self.owners = owners
        self.history = history
        self.isPrivate = isPrivate
    }

    /// May `grant` see this action of a body that is public or not? Actions follow their minute and
    /// their body: Part 2 and draft minutes, and bodies that are not public, stay with those who may see
    /// them (the one rule in `Visibility`); private actions need Part 2 rights.
    public func isVisible(to grant: Visibility.Grant, bodyIsPublic: Bool) -> Bool {
        Visibility.canSeeAction(
            isPrivate: isPrivate, minute: minute.map { ($0.part, $0.meetingStatus) }, bodyIsPublic: bodyIsPublic,
            grant: grant)
    }
}
