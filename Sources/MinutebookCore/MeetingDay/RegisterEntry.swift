/// What the secretariat records while the meeting happens: the register, each item's notes,
/// resolutions and actions, votes and declarations of interest.

/// One line of the live register: an attendance line, with the minutes during which a member
/// arrived late or left early (named by the agenda item then being taken).
public struct RegisterEntry: Sendable, Equatable {
    public var attendance: AttendanceInput
    public var arrivedDuringItemID: Int64?
    public var leftDuringItemID: Int64?

    public init(_ attendance: AttendanceInput, arrivedDuringItemID: Int64? = nil, leftDuringItemID: Int64? = nil) {
        self.attendance = attendance
        self.arrivedDuringItemID = arrivedDuringItemID
        self.leftDuringItemID = leftDuringItemID
    }
}
