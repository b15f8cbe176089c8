/// Helpers over lists of actuals.
public enum Series {
    /// Actuals without double counting: where a month is covered both by its own monthly figure and
    /// by a quarterly figure, the monthly figures win and the quarter is dropped.
    public static func nonOverlapping(_ actuals: [Actual]) -> [Actual] {
        let monthly = Set(
            actuals.filter { $0.period.kind == .month }.map { MonthKey(indicatorID: $0.indicatorID, area: $0.area, month: $0.period.start) })
        return actuals.filter { actual in
            guard actual.period.kind == .quarter else { return true }
            return !actual.period.months.contains { monthly.contains(MonthKey(indicatorID: actual.indicatorID, area: actual.area, month: $0)) }
        }
    }

    struct MonthKey: Hashable {
        var indicatorID: Int64
        var area: AreaScope
        var month: YearMonth
    }

    /// The sum of the figures covering exactly `months` for `area`, or nil when any month is missing
    /// (a comparison with a gap would mislead). Quarters count when all three months are inside.
    public static func total(of actuals: [Actual], area: AreaScope, months: ClosedRange<YearMonth>) -> Double? {
        var covered = Set<YearMonth>()
        var sum = 0.0
        for actual in nonOverlapping(actuals.filter { $0.area == area }) {
            let inside = actual.period.months.filter { months.contains($0) }
            guard !inside.isEmpty else { continue }
            guard inside.count == actual.period.months.count else { return nil }
            guard covered.isDisjoint(with: inside) else { continue }
            covered.formUnion(inside)
            sum += actual.value
        }
        let wanted = months.lowerBound.months(to: months.upperBound) + 1
        return covered.count == wanted ? sum : nil
    }
}
