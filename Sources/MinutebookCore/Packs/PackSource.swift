/// Everything the pack of one meeting prints, as one edition may see it.
public struct PackSource: Sendable, Equatable {
    public var partnershipName: String
    public var agenda: Agenda
    public var contact: PackContact?
    public var members: [PackMember]
    public var previousMinutes: PackMinutes?
    public var issueDate: LocalDate
    public var edition: PackEdition
    public var deadlines: MeetingDeadlines

    public init(
        partnershipName: String, agenda: Agenda, contact: PackContact?, members: [PackMember], previousMinutes: PackMinutes?,
        issueDate: LocalDate, edition: PackEdition, deadlines: MeetingDeadlines
    ) {
        self.partnershipName = partnershipName
        self.agenda = agenda
        self.contact = contact
        self.members = members
        self.previousMinutes = previousMinutes
        self.issueDate = issueDate
        self.edition = edition
        self.deadlines = deadlines
    }
}
