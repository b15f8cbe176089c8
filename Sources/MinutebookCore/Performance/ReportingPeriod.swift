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
