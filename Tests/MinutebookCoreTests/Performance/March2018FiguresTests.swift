import Testing

@testable import MinutebookCore

/// The KPI figures of the domestic abuse sub-group report in the 26 March 2018 agenda pack
/// (`../shared/samples/sbp-2018-03-26-agenda-pack.txt`), typed in as figures only; the labels are ours.
/// Year 2017/18, quarters April–June, July–September, October–December.
enum March2018Figures {
    static let year = PerformanceYear(aprilStarting: 2017)

    static let dropIn = Indicator(id: 1, partnershipID: 1, bodyID: 2, code: "drop-in-attendance", name: "Drop-in advice session attendance")
    static let groupReferrals = Indicator(id: 2, partnershipID: 1, bodyID: 2, code: "support-group-referrals", name: "Referrals to support groups")
    static let programmeReferrals = Indicator(
        id: 3, partnershipID: 1, bodyID: 2, code: "programme-referrals", name: "Behaviour change programme referrals")
    static let programmeAssessments = Indicator(
        id: 4, partnershipID: 1, bodyID: 2, code: "programme-assessments", name: "Behaviour change programme assessments")
    static let programmeCompletions = Indicator(
        id: 5, partnershipID: 1, bodyID: 2, code: "programme-completions", name: "Behaviour change programme completions")

    /// Annual targets as printed: 330; 260; 55 for a service that ran from June (printed pro rata: 45).
    static let targets = [
        AnnualTarget(indicatorID: 1, year: year, value: 330),
        AnnualTarget(indicatorID: 2, year: year, value: 260),
        AnnualTarget(indicatorID: 3, year: year, value: 55, activeFrom: YearMonth(year: 2017, month: 6))
    ]
    static let printedProRata: Double = 45

    static let quarterly: [(Indicator, [Double])] = [
        (dropIn, [102, 113, 102]),
        (groupReferrals, [76, 60, 83]),
        (programmeReferrals, [8, 15, 11]),
        (programmeAssessments, [2, 11, 4]),
        (programmeCompletions, [0, 2, 1])
    ]

    /// Third-quarter service figures with no target.
    static let thirdQuarterOnly: [(String, Double)] = [
        ("Referrals into the advocacy service", 122), ("Referrals directed to advocates", 66),
        ("Risk conference referrals", 13), ("Risk conference representations", 33),
        ("Clients helped to civil remedies", 9), ("Clients supported through criminal justice", 19)
    ]

    /// Awareness training attendance by service, for the bar chart.
    static let trainingBySevice: [(String, Double)] = [("Adults", 12), ("Children's", 85), ("Education", 34)]

    static var actuals: [Actual] {
        quarterly.flatMap { indicator, values in
            values.enumerated().map { q, v in Actual(indicatorID: indicator.id, period: ReportingPeriod(quarter: q + 1, of: year), value: v) }
        }
    }
}

@Suite("March 2018 sample figures: charts and RAG agree with the report")
struct March2018FiguresTests {
    typealias F = March2018Figures

    func progress(_ indicator: Indicator) throws -> TargetProgress {
        let target = try #require(F.targets.first { $0.indicatorID == indicator.id })
        return try #require(TargetProgress.compute(target: target, indicator: indicator, actuals: F.actuals))
    }

    @Test("the part-year target computes to the pro rata figure printed beside it")
    func proRataMatchesPrint() throws {
        let target = try #require(F.targets.first { $0.indicatorID == F.programmeReferrals.id })
        #expect(target.activeMonths == 10)
        #expect(target.proRata(unit: .count) == F.printedProRata)
    }

    @Test("drop-in attendance: 317 by December against 247.5 expected, so well ahead (the report says the sessions are full)")
    func dropIn() throws {
        let p = try progress(F.dropIn)
        #expect(p.through == YearMonth(year: 2017, month: 12))
        #expect(p.actual == 317)
        #expect(p.expected == 247.5)
        #expect(p.status == .blue)
    }

    @Test("support group referrals: 219 against 195 expected, on track (the report says demand exceeds places)")
    func groupReferrals() throws {
        let p = try progress(F.groupReferrals)
        #expect(p.actual == 219)
        #expect(p.expected == 195)
        #expect(p.status == .green)
    }

    @Test("programme referrals: 34 against 31.5 expected from June, on track")
    func programmeReferrals() throws {
        let p = try progress(F.programmeReferrals)
        #expect(p.actual == 34)
        #expect(p.expected == 31.5)
        #expect(p.status == .green)
    }

    @Test("the trend chart carries the quarterly figures and the cumulative target line")
    func chart() throws {
        let target = try #require(F.targets.first { $0.indicatorID == F.dropIn.id })
        var running = 0.0
        let points = [102.0, 113, 102].enumerated().map { q, v -> TrendChart.Point in
            running += v
            let end = F.year.quarterStart(q + 1).adding(months: 2)
            return TrendChart.Point(label: "Q\(q + 1)", value: running, target: target.expected(through: end))
        }
        let p = try progress(F.dropIn)
        let chart = TrendChart(
            id: "drop-in", title: F.dropIn.name + ", cumulative", unit: .count, points: points,
            verdict: p.status.label
        ).render()
        #expect(chart.table.rows == [["Q1", "102", "82.5"], ["Q2", "215", "165"], ["Q3", "317", "247.5"]])
        #expect(chart.summary.contains("Blue: exceptionally ahead"))
        #expect(chart.svg.contains(">317</text>"))
    }

    @Test("training by service as bars, with the figures in the table")
    func bars() {
        let chart = BarChart(
            id: "training", title: "Awareness training attendance by service", unit: .count,
            categories: F.trainingBySevice.map(\.0), series: [.init(name: "2017/18", values: F.trainingBySevice.map(\.1))]
        ).render()
        #expect(chart.table.rows == [["Adults", "12"], ["Children's", "85"], ["Education", "34"]])
        #expect(chart.svg.contains("Children&#39;s"))
    }

    @Test("figures without a target get no RAG status")
    func untargeted() {
        let target = F.targets.first { $0.indicatorID == F.programmeCompletions.id }
        #expect(target == nil)
        #expect(F.thirdQuarterOnly.map(\.1).reduce(0, +) == 262)
    }
}
