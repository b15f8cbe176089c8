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
              let y = Int(parts[0]), let m = Int(parts[1]) else { return nil }
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
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a month of the form YYYY-MM"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(iso)
    }
}

/// A performance year: twelve months from `start`. Partnerships report April–March (2017/18).
public struct PerformanceYear: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let start: YearMonth

    public init(start: YearMonth) { self.start = start }

    /// The April–March year named by the calendar year it starts in (2017 means 2017/18).
    public init(aprilStarting year: Int) {
        start = YearMonth(ordinal: year * 12 + 3)
    }

    /// The year that contains `month`, for years starting in `startMonth`.
    public init(containing month: YearMonth, startMonth: Int = 4) {
        let year = month.month >= startMonth ? month.year : month.year - 1
        start = YearMonth(ordinal: year * 12 + (startMonth - 1))
    }

    public var end: YearMonth { start.adding(months: 11) }
    public var months: [YearMonth] { (0..<12).map { start.adding(months: $0) } }
    public func contains(_ month: YearMonth) -> Bool { month >= start && month <= end }
    public var previous: PerformanceYear { PerformanceYear(start: start.adding(months: -12)) }
    public var next: PerformanceYear { PerformanceYear(start: start.adding(months: 12)) }

    /// "2017/18"
    public var description: String {
        let tail = (start.year + 1) % 100
        return start.month == 1 ? "\(start.year)" : "\(start.year)/" + (tail < 10 ? "0\(tail)" : "\(tail)")
    }

    /// Quarter number (1...4) of `month` within this year, nil outside it.
    public func quarter(of month: YearMonth) -> Int? {
        guard contains(month) else { return nil }
        return start.months(to: month) / 3 + 1
    }

    /// The first month of quarter `q` (1...4).
    public func quarterStart(_ q: Int) -> YearMonth { start.adding(months: (q - 1) * 3) }

    public static func < (a: PerformanceYear, b: PerformanceYear) -> Bool { a.start < b.start }
}

/// The span an actual covers: one month or one quarter (three months starting at a quarter start).
public struct ReportingPeriod: Hashable, Comparable, Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case month
        case quarter
        public var months: Int { self == .month ? 1 : 3 }
    }

    public let kind: Kind
    public let start: YearMonth

    public init(month: YearMonth) {
        kind = .month
        start = month
    }

    public init(quarter: Int, of year: PerformanceYear) {
        kind = .quarter
        start = year.quarterStart(min(max(quarter, 1), 4))
    }

    /// A quarter beginning at `start` (the store keeps the first month).
    public init(quarterStarting start: YearMonth) {
        kind = .quarter
        self.start = start
    }

    public var end: YearMonth { start.adding(months: kind.months - 1) }
    public var months: [YearMonth] { (0..<kind.months).map { start.adding(months: $0) } }

    /// "Mar 2018" or "Q3 2017/18" (quarters named in the April–March year).
    public func label(yearStartMonth: Int = 4) -> String {
        switch kind {
        case .month: return start.short
        case .quarter:
            let year = PerformanceYear(containing: start, startMonth: yearStartMonth)
            let q = year.quarter(of: start) ?? 1
            return "Q\(q) \(year)"
        }
    }

    public static func < (a: ReportingPeriod, b: ReportingPeriod) -> Bool {
        (a.start, a.kind.months) < (b.start, b.kind.months)
    }
}
