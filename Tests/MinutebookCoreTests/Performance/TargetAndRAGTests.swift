import Testing

@testable import MinutebookCore

@Suite("Targets: pro rata and expected figures")
struct TargetTests {
    static let year = PerformanceYear(aprilStarting: 2017)

    @Test("a full-year target is the target itself")
    func fullYear() {
        let t = AnnualTarget(indicatorID: 1, year: Self.year, value: 330)
        #expect(t.activeMonths == 12)
        #expect(!t.isPartYear)
        #expect(t.proRata() == 330)
    }

    @Test(
        "a part-year count target is pro rata by active months, rounded down",
        arguments: zip(
            [(55.0, 6), (55, 4), (55, 5), (120, 10), (12, 3), (100, 1), (7, 12)],
            [45.0, 55, 50, 60, 1, 25, 2]))
    func proRata(_ input: (Double, Int), _ expected: Double) throws {
        // Year 2017/18 starts April (month 4); starting in month m of the calendar.
        let start = try #require(YearMonth(year: input.1 >= 4 ? 2017 : 2018, month: input.1))
        let t = AnnualTarget(indicatorID: 1, year: Self.year, value: input.0, activeFrom: start)
        #expect(t.proRata(unit: .count) == expected)
    }

    @Test("a service starting before the year runs the whole year")
    func earlyStart() throws {
        let t = AnnualTarget(indicatorID: 1, year: Self.year, value: 55, activeFrom: try #require(YearMonth(year: 2016, month: 9)))
        #expect(t.activeMonths == 12)
        #expect(t.proRata() == 55)
    }

    @Test("a service starting after the year has no months and no target")
    func lateStart() throws {
        let t = AnnualTarget(indicatorID: 1, year: Self.year, value: 55, activeFrom: try #require(YearMonth(year: 2018, month: 6)))
        #expect(t.activeMonths == 0)
        #expect(t.proRata() == 0)
        #expect(t.expected(through: try #require(YearMonth(year: 2018, month: 3))) == 0)
    }

    @Test("percentages pro rata keep one decimal")
    func percentProRata() throws {
        let t = AnnualTarget(indicatorID: 1, year: Self.year, value: 50, activeFrom: try #require(YearMonth(year: 2017, month: 11)))
        #expect(t.proRata(unit: .percent) == 20.8)
    }

    @Test("expected to date spreads the pro rata target over the active months")
    func expectedToDate() throws {
        let june = try #require(YearMonth(year: 2017, month: 6))
        let t = AnnualTarget(indicatorID: 1, year: Self.year, value: 55, activeFrom: june)
        #expect(t.expected(through: try #require(YearMonth(year: 2017, month: 12))) == 45.0 * 7 / 10)
        #expect(t.expected(through: try #require(YearMonth(year: 2017, month: 5))) == 0)
        #expect(t.expected(through: try #require(YearMonth(year: 2019, month: 1))) == 45)
        let full = AnnualTarget(indicatorID: 1, year: Self.year, value: 330)
        #expect(full.expected(through: try #require(YearMonth(year: 2017, month: 12))) == 247.5)
    }

    @Test("a level target is the same at every point")
    func level() throws {
        let t = AnnualTarget(indicatorID: 1, year: Self.year, value: 72, kind: .level, activeFrom: try #require(YearMonth(year: 2017, month: 9)))
        #expect(t.proRata(unit: .percent) == 72)
        #expect(t.expected(through: try #require(YearMonth(year: 2017, month: 10))) == 72)
    }

    @Test("quarters are named in the April-March year")
    func quarterLabels() throws {
        #expect(ReportingPeriod(quarter: 3, of: Self.year).label() == "Q3 2017/18")
        #expect(ReportingPeriod(quarter: 4, of: Self.year).start == YearMonth(year: 2018, month: 1))
        #expect(ReportingPeriod(month: try #require(YearMonth(year: 2018, month: 3))).label() == "Mar 2018")
        #expect(PerformanceYear(containing: try #require(YearMonth(year: 2018, month: 2))) == Self.year)
    }
}

@Suite("RAG status at the tolerance edges")
struct RAGTests {
    // 5% amber band, 15% exceptional margin; expected 100.
    @Test(
        "higher is better",
        arguments: zip(
            [115.0, 114.99, 100.01, 100, 99.99, 95, 94.99, 0, 200],
            [RAGStatus.blue, .green, .green, .green, .amber, .amber, .red, .red, .blue]))
    func higherIsBetter(_ actual: Double, _ status: RAGStatus) {
        #expect(Tolerance.standard.status(actual: actual, expected: 100, direction: .higherIsBetter) == status)
    }

    @Test(
        "lower is better mirrors it",
        arguments: zip(
            [85.0, 85.01, 99.99, 100, 100.01, 105, 105.01, 0, 300],
            [RAGStatus.blue, .green, .green, .green, .amber, .amber, .red, .blue, .red]))
    func lowerIsBetter(_ actual: Double, _ status: RAGStatus) {
        #expect(Tolerance.standard.status(actual: actual, expected: 100, direction: .lowerIsBetter) == status)
    }

    @Test("edges hold for whole figures with fractional expectations")
    func fractionalEdges() {
        // Expected 247.5: amber edge 235.125, exceptional edge 284.625.
        let t = Tolerance.standard
        #expect(t.status(actual: 236, expected: 247.5, direction: .higherIsBetter) == .amber)
        #expect(t.status(actual: 235, expected: 247.5, direction: .higherIsBetter) == .red)
        #expect(t.status(actual: 284, expected: 247.5, direction: .higherIsBetter) == .green)
        #expect(t.status(actual: 285, expected: 247.5, direction: .higherIsBetter) == .blue)
    }

    @Test("no exceptional margin means never Blue; zero amber means short is Red")
    func zeroMargins() {
        let strict = Tolerance(amberBasisPoints: 0, exceptionalBasisPoints: 0)
        #expect(strict.status(actual: 1_000, expected: 100, direction: .higherIsBetter) == .green)
        #expect(strict.status(actual: 99.99, expected: 100, direction: .higherIsBetter) == .red)
    }

    @Test("a zero expected figure")
    func zeroExpected() {
        #expect(Tolerance.standard.status(actual: 0, expected: 0, direction: .higherIsBetter) == .green)
        #expect(Tolerance.standard.status(actual: 5, expected: 0, direction: .higherIsBetter) == .green)
        #expect(Tolerance.standard.status(actual: 0, expected: 0, direction: .lowerIsBetter) == .green)
        #expect(Tolerance.standard.status(actual: 1, expected: 0, direction: .lowerIsBetter) == .red)
    }

    @Test("labels say the status in words and the summary states the rule")
    func labels() {
        #expect(RAGStatus.red.label.contains("off track"))
        #expect(Set(RAGStatus.allCases.map(\.symbol)).count == 4)
        #expect(Tolerance.standard.summary == "Amber within 5% of target; Blue 15% or more ahead")
    }
}

@Suite("Numbers")
struct NumbersTests {
    @Test(
        "formatting",
        arguments: zip(
            [(1234.0, 0), (0, 0), (-29, 1), (1234567.891, 2), (0.05, 1), (45.83, 1)],
            ["1,234", "0", "-29.0", "1,234,567.89", "0.1", "45.8"]))
    func format(_ input: (Double, Int), _ text: String) {
        #expect(Numbers.format(input.0, decimals: input.1) == text)
    }

    @Test(
        "parsing spreadsheet figures",
        arguments: zip(
            ["1,234", "12.5", "-3", "45%", " 7 ", "", "abc", "1.2.3", "12a", "--1", "1e5"],
            [1234.0, 12.5, -3, 45, 7, nil, nil, nil, nil, nil, nil] as [Double?]))
    func parse(_ text: String, _ value: Double?) {
        #expect(Numbers.parse(text) == value)
    }
}
