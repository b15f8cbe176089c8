/// One email to send: the sub-group's chair, the meeting, and the personal link's token (returned once).
public struct ReportRequestMail: Sendable, Equatable {
    public var personID: Int64
    public var name: String
    public var email: String
    public var token: String
    /// UTC timestamp, ISO 8601.
    public var expires: String
    public var subGroupName: String
    public var boardName: String
    public var meetingDate: LocalDate
    public var deadline: LocalDate

    public init(
        personID: Int64, name: String, email: String, token: String, expires: String, subGroupName: String, boardName: String,
        meetingDate: LocalDate, deadline: LocalDate
    ) {
        self.personID = personID
        self.name = name
        self.email = email
        self.token = token
        self.expires = expires
        self.subGroupName = subGroupName
        self.boardName = boardName
        self.meetingDate = meetingDate
        self.deadline = deadline
    }
}
