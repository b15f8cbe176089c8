/// A council's municipal year, which runs from the annual meeting in May to the next one.
///
/// Minute numbers restart each municipal year. The year is named by the calendar year it starts in
/// (2017 means 2017/18). The start month and day are set per partnership; English councils use May.
public struct MunicipalYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let startYear: Int

    public init(startYear: Int) { self.startYear = startYear }

    /// The municipal year that `date` falls in, for a year starting on `start`.
    public init(containing date: LocalDate, start: MunicipalYearStart = .may) {
        if (date.month, date.day) >= (start.month, start.day) {
            startYear = date.year
        } else {
            startYear = date.year - 1
        }
    }

    public func firstDay(start: MunicipalYearStart = .may) -> LocalDate {
        LocalDate(year: startYear, month: start.month, day: min(start.day, LocalDate.daysIn(month: start.month, year: startYear)))
            ?? LocalDate(dayNumber: 0)
    }

    public func contains(_ date: LocalDate, start: MunicipalYearStart = .may) -> Bool {
        MunicipalYear(containing: date, start: start) == self
    }

    public var next: MunicipalYear { MunicipalYear(startYear: startYear + 1) }

    /// "2017/18"
    public var label: String {
        let end = (startYear + 1) % 100
        return "\(startYear)/\(end < 10 ? "0" : "")\(end)"
    }

    public var description: String { label }

    public static func < (a: MunicipalYear, b: MunicipalYear) -> Bool { a.startYear < b.startYear }
}
