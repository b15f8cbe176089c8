/// A calendar month, the unit every actual is recorded in (a quarter is three of them).
public struct YearMonth: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int

    public init?(year: Int, month: Int) {
        guard (1...12).contains(month), (1...9999).contains(year) else { return nil }
        self.year = year
        self.month = month
    }

    /// Parses `YYYY-MM`.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1])
        else { return nil }
        self.init(year: y, month: m)
    }

    public init(_ date: LocalDate) {
        year = date.year
        month = date.month
    }

    /// Months since January of year 0; differences give month counts.
    public var ordinal: Int { year * 12 + (month - 1) }

    public init(ordinal: Int) {
        year = ordinal / 12
        month = ordinal % 12 + 1
    }

    public func adding(months: Int) -> YearMonth { YearMonth(ordinal: ordinal + months) }

    /// Months from `self` to `other` (negative when `other` is earlier).
    public func months(to other: YearMonth) -> Int { other.ordinal - ordinal }

    public var iso: String { "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }
    public var description: String { iso }

    /// "Mar 2018"
    public var short: String { "\(LocalDate.monthNames[month - 1].prefix(3)) \(year)" }
    /// "March 2018"
    public var long: String { "\(LocalDate.monthNames[month - 1]) \(year)" }

    public var firstDay: LocalDate { LocalDate(year: year, month: month, day: 1) ?? LocalDate(dayNumber: 0) }
    public var lastDay: LocalDate {
        LocalDate(year: year, month: month, day: LocalDate.daysIn(month: month, year: year)) ?? LocalDate(dayNumber: 0)
    }

    public static func < (a: YearMonth, b: YearMonth) -> Bool { a.ordinal < b.ordinal }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = YearMonth(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not a month of the form YYYY-MM"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}
