/// A person with their organisation, job titles and seats, newest first.
public struct PersonDetail: Sendable, Equatable {
    public var person: Person
    public var organisation: Organisation?
    public var jobTitles: [JobTitle]
    public var seats: [SeatTenure]

    public init(person: Person, organisation: Organisation? = nil, jobTitles: [JobTitle] = [], seats: [SeatTenure] = []) {
        self.person = person
        self.organisation = organisation
        self.jobTitles = jobTitles
        self.seats = seats
    }

    /// The job title held on `date`.
    public func jobTitle(on date: LocalDate) -> JobTitle? {
        jobTitles.first { $0.start <= date && ($0.end.map { date <= $0 } ?? true) }
    }
}
