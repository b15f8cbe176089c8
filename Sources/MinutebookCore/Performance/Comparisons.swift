/// The comparisons the board's reports use.
public enum Comparisons {
    /// The last six months to `month` against the six before them ("Last 6 months / Previous 6 months").
    /// Nil unless every one of the twelve months has a figure for `area`.
    public static func lastSixMonths(
        _ actuals: [Actual], indicator: Indicator, through month: YearMonth,
        area: AreaScope = .partnership
    ) -> Change? {
        let lastStart = month.adding(months: -5), previousEnd = month.adding(months: -6), previousStart = month.adding(months: -11)
        guard indicator.unit.isAdditive,
            let last = Series.total(of: mine(actuals, indicator), area: area, months: lastStart...month),
            let previous = Series.total(of: mine(actuals, indicator), area: area, months: previousStart...previousEnd)
        else { return nil }
        return Change(
            label: "Last 6 months against previous 6 months",
            fromLabel: "\(previousStart.short) to \(previousEnd.short)", toLabel: "\(lastStart.short) to \(month.short)",
            from: previous, to: last, direction: indicator.direction)
    }

    /// This performance year to `month` against the same months a year earlier.
    public static func yearOnYear(
        _ actuals: [Actual], indicator: Indicator, through month: YearMonth,
        yearStartMonth: Int = 4, area: AreaScope = .partnership
    ) -> Change? {
        let year = PerformanceYear(containing: month, startMonth: yearStartMonth)
        let lastYearMonth = month.adding(months: -12)
        guard indicator.unit.isAdditive,
            let this = Series.total(of: mine(actuals, indicator), area: area, months: year.start...month),
            let last = Series.total(of: mine(actuals, indicator), area: area, months: year.previous.start...lastYearMonth)
        else { return nil }
        return Change(
            label: "This year to date against the same period last year",
            fromLabel: "\(year.previous) to \(lastYearMonth.short)", toLabel: "\(year) to \(month.short)",
            from: last, to: this, direction: indicator.direction)
    }

    /// The partnership's change over the last twelve months against the region's change over the same
    /// months ("borough vs London"): two changes, read side by side.
    public static func areaAgainstRegion(
        _ actuals: [Actual], indicator: Indicator, through month: YearMonth,
        region: String
    ) -> (area: Change, region: Change)? {
        let thisStart = month.adding(months: -11), lastEnd = month.adding(months: -12), lastStart = month.adding(months: -23)
        let own = mine(actuals, indicator)
        guard indicator.unit.isAdditive,
            let a1 = Series.total(of: own, area: .partnership, months: thisStart...month),
            let a0 = Series.total(of: own, area: .partnership, months: lastStart...lastEnd),
            let r1 = Series.total(of: own, area: .region(region), months: thisStart...month),
            let r0 = Series.total(of: own, area: .region(region), months: lastStart...lastEnd)
        else { return nil }
        let from = "12 months to \(lastEnd.short)", to = "12 months to \(month.short)"
        return (
            Change(label: "Partnership area", fromLabel: from, toLabel: to, from: a0, to: a1, direction: indicator.direction),
            Change(label: region, fromLabel: from, toLabel: to, from: r0, to: r1, direction: indicator.direction)
        )
    }

    /// Totals by ward for two spans, for the "by area" bar chart (last 6 months against previous 6).
    /// Wards missing a month in either span are left out rather than shown with a partial total.
    public static func byWard(_ actuals: [Actual], indicator: Indicator, through month: YearMonth) -> [(ward: String, previous: Double, last: Double)]
    {
        let own = mine(actuals, indicator)
        let wards = Set(own.compactMap { if case .ward(let n) = $0.area { n } else { nil } }).sorted()
        return wards.compactMap { ward in
            guard let last = Series.total(of: own, area: .ward(ward), months: month.adding(months: -5)...month),
                let previous = Series.total(of: own, area: .ward(ward), months: month.adding(months: -11)...month.adding(months: -6))
            else { return nil }
            return (ward, previous, last)
        }
    }

    private static func mine(_ actuals: [Actual], _ indicator: Indicator) -> [Actual] {
        actuals.filter { $0.indicatorID == indicator.id }
    }
}
