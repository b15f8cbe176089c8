/// The year-to-date position of an indicator against its target.
public struct TargetProgress: Sendable, Equatable {
    public var target: AnnualTarget
    /// Last month with a figure.
    public var through: YearMonth
    /// Sum of actuals so far (cumulative) or the latest actual (level).
    public var actual: Double
    public var expected: Double
    public var status: RAGStatus

    /// Year-to-date progress from the partnership-wide actuals of the target's year.
    /// Returns nil when there is no actual in the year yet.
    public static func compute(target: AnnualTarget, indicator: Indicator, actuals: [Actual]) -> TargetProgress? {
        let inYear =
            actuals
            .filter { $0.indicatorID == indicator.id && $0.area == .partnership && target.year.contains($0.period.start) }
            .sorted { $0.period < $1.period }
        guard let last = inYear.last else { return nil }
        let through = inYear.map(\.period.end).max() ?? last.period.end
        let actual: Double
        switch target.kind {
        case .cumulative: actual = Series.nonOverlapping(inYear).reduce(0) { $0 + $1.value }
        case .level: actual = last.value
        }
        let expected = target.expected(through: through, unit: indicator.unit)
        let status = indicator.tolerance.status(actual: actual, expected: expected, direction: indicator.direction)
        return TargetProgress(target: target, through: through, actual: actual, expected: expected, status: status)
    }
}
