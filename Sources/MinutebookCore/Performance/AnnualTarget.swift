/// An indicator's target for one performance year.
///
/// A **cumulative** target is a total for the year (330 people attending the One Stop Shop): the
/// expected figure at any point is the target spread evenly over the months run so far, and actuals
/// are added up. A **level** target is a value each period should reach (a 72% satisfaction rate):
/// the latest actual is compared with it directly.
///
/// **Pro rata**: a service that starts part way through the year (a contract awarded in June) gets
/// `value × active months ÷ 12`. For counts the pro rata target is rounded **down** to a whole number,
/// because a part referral cannot be made: 55 for a full year, starting in June (10 of 12 months)
/// → 45.83 → **45**. The expected figure to date is not rounded (it is compared, not printed as a target).
public struct AnnualTarget: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case cumulative
        case level
    }

    public var indicatorID: Int64
    public var year: PerformanceYear
    /// The full-year figure.
    public var value: Double
    public var kind: Kind
    /// First month the service ran, when it started after the year began.
    public var activeFrom: YearMonth?

    public init(indicatorID: Int64, year: PerformanceYear, value: Double, kind: Kind = .cumulative, activeFrom: YearMonth? = nil) {
        self.indicatorID = indicatorID
        self.year = year
        self.value = value
        self.kind = kind
        self.activeFrom = activeFrom
    }

    /// The first month that counts towards the target.
    public var firstActiveMonth: YearMonth {
        guard let activeFrom, activeFrom > year.start else { return year.start }
        return min(activeFrom, year.end.adding(months: 1))
    }

    /// Months of the year the service runs (12 for a full year; 0 if it starts after the year).
    public var activeMonths: Int { max(0, firstActiveMonth.months(to: year.end) + 1) }

    public var isPartYear: Bool { activeMonths < 12 }

    /// The target for the part of the year the service runs; the full target for a full year.
    /// Counts round down to whole units (see the type's notes); other units keep one decimal.
    public func proRata(unit: IndicatorUnit = .count) -> Double {
        guard kind == .cumulative, isPartYear else { return value }
        let exact = value * Double(activeMonths) / 12
        switch unit {
        case .count, .pounds:
            return (exact + 1e-9).rounded(.down)
        case .percent, .ratePerThousand, .days:
            return (exact * 10).rounded(.toNearestOrAwayFromZero) / 10
        }
    }

    /// Months from the first active month to `month` inclusive, capped to the year.
    public func monthsElapsed(through month: YearMonth) -> Int {
        let last = min(month, year.end)
        return max(0, firstActiveMonth.months(to: last) + 1)
    }

    /// What the actuals should add up to by the end of `month` (cumulative), or the level to reach.
    /// For a part year the pro rata target is spread over the active months.
    public func expected(through month: YearMonth, unit: IndicatorUnit = .count) -> Double {
        switch kind {
        case .level:
            return value
        case .cumulative:
            let active = activeMonths
            guard active > 0 else { return 0 }
            return proRata(unit: unit) * Double(monthsElapsed(through: month)) / Double(active)
        }
    }
}
