/// One email to send: to one owner, with their actions and their personal link's token.
public struct UpdateRequestMail: Sendable, Equatable {
    public var personID: Int64
    public var name: String
    public var email: String
    public var token: String
    public var expires: String
    public var meetingDate: LocalDate
    public var bodyName: String
    public var actions: [UpdateRequestAction]

    public init(
        personID: Int64, name: String, email: String, token: String, expires: String, meetingDate: LocalDate,
        bodyName: String, actions: [UpdateRequestAction]
    ) {
        self.personID = personID
        self.name = name
        self.email = email
        self.token = token
        self.expires = expires
        self.meetingDate = meetingDate
        self.bodyName = bodyName
        self.actions = actions
    }
}
