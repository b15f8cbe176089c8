/// One person of a partnership's directory, with contact details (the secretariat's view).
public struct DirectoryPerson: Sendable, Equatable {
    public var person: Person
    public var jobTitle: String?
    public var organisation: String?
    public var phone: String?
    public var leftOn: LocalDate?
    /// Seats held today, as "Title (Body)".
    public var seats: [String]

    public init(
        person: Person, jobTitle: String? = nil, organisation: String? = nil, phone: String? = nil,
        leftOn: LocalDate? = nil, seats: [String] = []
    ) {
        self.person = person
        self.jobTitle = jobTitle
        self.organisation = organisation
        self.phone = phone
        self.leftOn = leftOn
        self.seats = seats
    }
}
