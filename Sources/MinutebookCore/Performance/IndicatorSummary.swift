/// Everything an indicator page shows, computed from its definition, targets and actuals.
public struct IndicatorSummary: Sendable {
    public var indicator: Indicator
    /// The year of the latest partnership-wide figure.
    public var year: PerformanceYear?
    public var target: AnnualTarget?
    public var progress: TargetProgress?
    public var trend: TrendChart
    public var byArea: BarChart?
    public var comparisons: [Change]
    public var regionComparison: (area: Change, region: Change)?

    public init(indicator: Indicator, targets: [AnnualTarget], actuals: [Actual], yearStartMonth: Int = 4) {
        self.indicator = indicator
        let own = actuals.filter { $0.indicatorID == indicator.id }
        let wide = Series.nonOverlapping(own.filter { $0.area == .partnership }).sorted { $0.period < $1.period }
        let latest = wide.last
        let year = latest.map { PerformanceYear(containing: $0.period.start, startMonth: yearStartMonth) }
        self.year = year
        let target = year.flatMap { y in targets.first { $0.indicatorID == indicator.id && $0.year == y } }
        self.target = target
        let progress = target.flatMap { TargetProgress.compute(target: $0, indicator: indicator, actuals: own) }
        self.progress = progress

        var points: [TrendChart.Point] = []
        if let target, let year, target.kind == .cumulative, indicator.unit.isAdditive {
            var running = 0.0
            for actual in wide where year.contains(actual.period.start) {
                running += actual.value
                points.append(
                    .init(
                        label: actual.period.label(yearStartMonth: yearStartMonth), value: running,
                        target: target.expected(through: actual.period.end, unit: indicator.unit)))
            }
        } else {
            for actual in wide.suffix(12) {
                let t = target.flatMap { t in t.year.contains(actual.period.start) && t.kind == .level ? t.value : nil }
                points.append(.init(label: actual.period.label(yearStartMonth: yearStartMonth), value: actual.value, target: t))
            }
        }
        let cumulative = target?.kind == .cumulative && indicator.unit.isAdditive
        let verdict =
            progress.map { p in
                "\(indicator.unit.format(p.actual)) against \(indicator.unit.format(p.expected)) expected: \(p.status.label)"
            } ?? ""
        trend = TrendChart(
            id: "trend-\(indicator.code)", title: indicator.name + (cumulative ? ", cumulative for \(year?.description ?? "")" : ""),
            unit: indicator.unit, points: points, verdict: verdict)

        var comparisons: [Change] = []
        if let latestMonth = own.filter({ $0.area == .partnership }).map(\.period.end).max() {
            if let c = Comparisons.lastSixMonths(own, indicator: indicator, through: latestMonth) { comparisons.append(c) }
            if let c = Comparisons.yearOnYear(own, indicator: indicator, through: latestMonth, yearStartMonth: yearStartMonth) {
                comparisons.append(c)
            }
            let regions = Set(own.compactMap { if case .region(let n) = $0.area { n } else { nil } }).sorted()
            regionComparison = regions.first.flatMap { Comparisons.areaAgainstRegion(own, indicator: indicator, through: latestMonth, region: $0) }
            let wards = Comparisons.byWard(own, indicator: indicator, through: latestMonth)
            if !wards.isEmpty, let first = comparisons.first {
                byArea = BarChart(
                    id: "wards-\(indicator.code)", title: "\(indicator.name) by ward", unit: indicator.unit,
                    categories: wards.map(\.ward),
                    series: [
                        .init(name: "Previous 6 months (\(first.fromLabel))", values: wards.map(\.previous)),
                        .init(name: "Last 6 months (\(first.toLabel))", values: wards.map(\.last))
                    ])
            } else if !wards.isEmpty {
                byArea = BarChart(
                    id: "wards-\(indicator.code)", title: "\(indicator.name) by ward", unit: indicator.unit,
                    categories: wards.map(\.ward),
                    series: [
                        .init(name: "Previous 6 months", values: wards.map(\.previous)),
                        .init(name: "Last 6 months", values: wards.map(\.last))
                    ])
            }
        }
        self.comparisons = comparisons
    }
}
