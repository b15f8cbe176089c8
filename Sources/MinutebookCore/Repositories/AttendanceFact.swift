/// One person's attendance at one meeting.
public struct AttendanceFact: Sendable, Equatable {
    public var meeting: Meeting
    public var bodyName: String
    public var personID: Int64?
    public var name: String
    public var organisationID: Int64?
    public var organisation: String?
    public var status: AttendanceStatus

    public init(
        meeting: Meeting, bodyName: String, personID: Int64?, name: String, organisationID: Int64?,
        organisation: String?, status: AttendanceStatus
    ) {
        self.meeting = meeting
        self.bodyName = bodyName
        self.personID = personID
        self.name = name
        self.organisationID = organisationID
        self.organisation = organisation
        self.status = status
    }
}
