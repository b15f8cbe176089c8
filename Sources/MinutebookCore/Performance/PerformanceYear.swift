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
