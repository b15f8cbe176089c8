/// What the secretariat submits when taking attendance, drafting and approving minutes.

/// One line of the attendance list as recorded.
public struct AttendanceInput: Sendable, Equatable {
    public var personID: Int64?
    public var seatID: Int64?
    public var name: String
    public var roleText: String?
    public var status: AttendanceStatus
    public var position: ChairPosition?
    public var substituteForPersonID: Int64?
    public var substituteForName: String?

    public init(
        personID: Int64? = nil, seatID: Int64? = nil, name: String, roleText: String? = nil,
        status: AttendanceStatus, position: ChairPosition? = nil,
        substituteForPersonID: Int64? = nil, substituteForName: String? = nil
    ) {
        self.personID = personID
        self.seatID = seatID
        self.name = name
        self.roleText = roleText
        self.status = status
        self.position = position
        self.substituteForPersonID = substituteForPersonID
        self.substituteForName = substituteForName
    }
}
