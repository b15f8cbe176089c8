import Testing

@testable import MinutebookCore

@Suite("Comparisons")
struct ComparisonTests {
    static let arson = Indicator(
        id: 7, partnershipID: 1, bodyID: 2, code: "arson", name: "Deliberate fires",
        direction: .lowerIsBetter)

    static func month(_ y: Int, _ m: Int) -> YearMonth { YearMonth(year: y, month: m) ?? YearMonth(ordinal: 0) }

    /// Twelve months from May 2017 to Apr 2018: 10 a month, then 6 a month.
    static func twelveMonths(area: AreaScope = .partnership) -> [Actual] {
        (0..<12).map { i in
            Actual(indicatorID: 7, period: ReportingPeriod(month: month(2017, 5).adding(months: i)), area: area, value: i < 6 ? 10 : 6)
        }
    }

    @Test("last 6 months against the previous 6")
    func lastSix() throws {
        let change = try #require(Comparisons.lastSixMonths(Self.twelveMonths(), indicator: Self.arson, through: Self.month(2018, 4)))
        #expect(change.from == 60)
        #expect(change.to == 36)
        #expect(change.percent == -40)
        #expect(change.isImprovement)
        #expect(change.summary == "down 40.0% (improved)")
        #expect(change.toLabel == "Nov 2017 to Apr 2018")
    }

    @Test("a missing month gives no comparison rather than a partial one")
    func gap() {
        var actuals = Self.twelveMonths()
        actuals.remove(at: 3)
        #expect(Comparisons.lastSixMonths(actuals, indicator: Self.arson, through: Self.month(2018, 4)) == nil)
    }

    @Test("quarters count where they lie wholly inside the span; monthly figures win over quarters")
    func quartersAndMonths() throws {
        let year = PerformanceYear(aprilStarting: 2017)
        var actuals = (1...4).map { Actual(indicatorID: 7, period: ReportingPeriod(quarter: $0, of: year), value: 30) }
        // Monthly figures for Q4 as well: they replace the Q4 quarter figure.
        actuals += (0..<3).map { Actual(indicatorID: 7, period: ReportingPeriod(month: Self.month(2018, 1).adding(months: $0)), value: 5) }
        #expect(Series.total(of: actuals, area: .partnership, months: Self.month(2017, 4)...Self.month(2018, 3)) == 105)
        // A span cutting a quarter in half cannot be totalled.
        #expect(Series.total(of: actuals, area: .partnership, months: Self.month(2017, 5)...Self.month(2017, 9)) == nil)
    }

    @Test("this year against last year, to the same month")
    func yearOnYear() throws {
        let indicator = Indicator(id: 7, partnershipID: 1, bodyID: 2, code: "burglary", name: "Burglary", direction: .lowerIsBetter)
        let last = (0..<9).map { Actual(indicatorID: 7, period: ReportingPeriod(month: Self.month(2016, 4).adding(months: $0)), value: 20) }
        let this = (0..<9).map { Actual(indicatorID: 7, period: ReportingPeriod(month: Self.month(2017, 4).adding(months: $0)), value: 21) }
        let change = try #require(Comparisons.yearOnYear(last + this, indicator: indicator, through: Self.month(2017, 12)))
        #expect(change.from == 180)
        #expect(change.to == 189)
        #expect(change.isWorse)
        #expect(change.summary == "up 5.0% (worse)")
    }

    @Test("partnership against the region over the same twelve months")
    func againstRegion() throws {
        let months = (0..<24).map { Self.month(2016, 1).adding(months: $0) }
        let own = months.enumerated().map { i, m in Actual(indicatorID: 7, period: ReportingPeriod(month: m), value: i < 12 ? 10 : 9) }
        let region = months.enumerated().map { i, m in
            Actual(indicatorID: 7, period: ReportingPeriod(month: m), area: .region("Metropolis"), value: i < 12 ? 100 : 102)
        }
        let pair = try #require(
            Comparisons.areaAgainstRegion(own + region, indicator: Self.arson, through: Self.month(2017, 12), region: "Metropolis"))
        #expect(pair.area.percent == -10)
        #expect(pair.area.isImprovement)
        #expect(pair.region.isWorse)
        #expect(pair.region.label == "Metropolis")
    }

    @Test("wards with complete figures are compared; incomplete wards are left out")
    func byWard() throws {
        let a = Self.twelveMonths(area: .ward("Northfield"))
        var b = Self.twelveMonths(area: .ward("Eastgate"))
        b.removeLast()
        let rows = Comparisons.byWard(a + b, indicator: Self.arson, through: Self.month(2018, 4))
        #expect(rows.count == 1)
        #expect(rows.first?.ward == "Northfield")
        #expect(rows.first?.previous == 60)
        #expect(rows.first?.last == 36)
    }

    @Test("a percentage change from zero has no percentage")
    func fromZero() {
        let c = Change(label: "x", fromLabel: "a", toLabel: "b", from: 0, to: 4, direction: .higherIsBetter)
        #expect(c.percent == nil)
        #expect(c.summary == "up from 0 (improved)")
    }
}
