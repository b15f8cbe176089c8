/// The secretariat's change to an action after the fact: who owns it and when it is due, with the
/// reason kept in the action's history. The approved minutes' text is never touched: the minute
/// keeps the owners' initials and the date as printed, the tracker follows the change.
public struct ActionChange: Sendable, Equatable {
    /// The people who own the action from now on (none when only the whole body owns it).
    public var ownerPersonIDs: [Int64]
    /// The whole body owns the action ("the Group"), printed by the body's name.
    public var wholeBody: Bool
    /// The new due date; nil for none.
    public var due: LocalDate?
    public var reason: String

    public init(ownerPersonIDs: [Int64], wholeBody: Bool = false, due: LocalDate?, reason: String) {
        self.ownerPersonIDs = ownerPersonIDs
        self.wholeBody = wholeBody
        self.due = due
        self.reason = reason
    }
}
