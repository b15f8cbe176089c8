/// A person's job title over a period.
public struct JobTitle: Sendable, Equatable, Codable {
    public var title: String
    public var organisation: String?
    public var start: LocalDate
    public var end: LocalDate?

    public init(title: String, organisation: String? = nil, start: LocalDate, end: LocalDate? = nil) {
        self.title = title
        self.organisation = organisation
        self.start = start
        self.end = end
    }
}
