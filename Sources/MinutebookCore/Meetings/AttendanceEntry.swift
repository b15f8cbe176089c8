/// One line of the attendance list.
public struct AttendanceEntry: Sendable, Equatable, Codable {
    public var personID: Int64?
    public var name: String
    /// Job title as printed beside the name on the day.
    public var role: String?
    public var organisation: String?
    public var status: AttendanceStatus
    public var position: ChairPosition?
    public var substituteFor: String?
    /// Private contact detail: only present when the grant includes contact details.
    public var email: String?
    /// The minute during which a member arrived late, or left early (recorded at the meeting).
    public var arrivedDuring: MinuteNumber?
    public var leftDuring: MinuteNumber?

    public init(
        personID: Int64? = nil, name: String, role: String? = nil, organisation: String? = nil,
        status: AttendanceStatus, position: ChairPosition? = nil, substituteFor: String? = nil, email: String? = nil,
        arrivedDuring: MinuteNumber? = nil, leftDuring: MinuteNumber? = nil
    ) {
        self.arrivedDuring = arrivedDuring
        self.leftDuring = leftDuring
        self.personID = personID
        self.name = name
        self.role = role
        self.organisation = organisation
        self.status = status
        self.position = position
        self.substituteFor = substituteFor
        self.email = email
    }
}
