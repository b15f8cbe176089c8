/// Plain values of the governance model (DOMAIN.md). Ids are the store's row ids.
/// Repositories return these; Store keeps its GRDB records private.

public struct Partnership: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var slug: String
    public var name: String
    public var yearStart: MunicipalYearStart
    public var firstMinuteNumber: Int

    public init(id: Int64, slug: String, name: String, yearStart: MunicipalYearStart = .may, firstMinuteNumber: Int = 1) {
        self.id = id
        self.slug = slug
        self.name = name
        self.yearStart = yearStart
        self.firstMinuteNumber = firstMinuteNumber
    }

    public var numbering: MinuteNumbering { MinuteNumbering(yearStart: yearStart, firstNumber: firstMinuteNumber) }
}
