import Testing

@testable import MinutebookCore

@Suite("Exception report selection")
struct ExceptionReportTests {
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }
    static let asOf = date("2024-11-20")
    static let year = PerformanceYear(aprilStarting: 2024)
    static let through = YearMonth(year: 2024, month: 9) ?? YearMonth(ordinal: 0)

    static let indicators: [Int64: Indicator] = [
        1: Indicator(id: 1, partnershipID: 1, bodyID: 1, code: "red", name: "Referrals to youth diversion"),
        2: Indicator(id: 2, partnershipID: 1, bodyID: 1, code: "blue", name: "Homes given target hardening"),
        3: Indicator(id: 3, partnershipID: 1, bodyID: 1, code: "amber", name: "Community events held"),
        4: Indicator(id: 4, partnershipID: 1, bodyID: 1, code: "green", name: "Partners trained")
    ]

    static func progress(_ id: Int64, actual: Double) -> TargetProgress {
        let target = AnnualTarget(indicatorID: id, year: year, value: 120)
        let expected = target.expected(through: through)
        let indicator = indicators[id] ?? Indicator(id: id, partnershipID: 1, bodyID: 1, code: "x", name: "x")
        return TargetProgress(
            target: target, through: through, actual: actual, expected: expected,
            status: indicator.tolerance.status(actual: actual, expected: expected, direction: indicator.direction))
    }

    // Expected by September: 60.
    static let progressByIndicator: [Int64: TargetProgress] = [
        1: progress(1, actual: 40), 2: progress(2, actual: 80), 3: progress(3, actual: 58), 4: progress(4, actual: 61)
    ]

    static func strategy(_ actions: [DeliveryAction]) -> Strategy {
        Strategy(
            id: 1, partnershipID: 1, bodyID: 1, title: "Community Safety Strategy", firstYear: 2024, lastYear: 2027,
            priorities: [
                Priority(
                    id: 1, position: 1, name: "Prevention", objectives: [Objective(id: 1, position: 1, text: "Reach people early", actions: actions)])
            ])
    }

    @Test(
        "only off-track and exceptionally-ahead actions are selected, with their reasons",
        arguments: [
            (DeliveryAction(id: 1, title: "a", lead: "L", status: .offTrack), ExceptionReport.Kind?.some(.offTrack), "The lead reports it off track"),
            (DeliveryAction(id: 2, title: "b", lead: "L", status: .onTrack, indicatorIDs: [1]), .offTrack, "Referrals to youth diversion is Red"),
            (
                DeliveryAction(id: 3, title: "c", lead: "L", status: .onTrack, indicatorIDs: [2]), .exceptionallyAhead,
                "Homes given target hardening is Blue"
            ),
            (DeliveryAction(id: 4, title: "d", lead: "L", status: .atRisk, indicatorIDs: [3]), nil, ""),
            (DeliveryAction(id: 5, title: "e", lead: "L", status: .onTrack, indicatorIDs: [4]), nil, ""),
            (
                DeliveryAction(
                    id: 6, title: "f", lead: "L", status: .onTrack,
                    milestones: [Milestone(id: 1, title: "Survey launched", due: date("2024-11-19"))]), .offTrack,
                "Milestone “Survey launched” was due 19 November 2024"
            ),
            (
                DeliveryAction(
                    id: 7, title: "g", lead: "L", status: .onTrack,
                    milestones: [Milestone(id: 2, title: "Due today", due: date("2024-11-20"))]), nil, ""
            ),
            (
                DeliveryAction(
                    id: 8, title: "h", lead: "L", status: .onTrack,
                    milestones: [Milestone(id: 3, title: "Done late", due: date("2024-10-01"), completedOn: date("2024-10-09"))]), nil, ""
            ),
            (
                DeliveryAction(id: 9, title: "i", lead: "L", due: date("2024-11-01"), status: .onTrack), .offTrack,
                "The action was due 1 November 2024"
            ),
            (DeliveryAction(id: 10, title: "j", lead: "L", due: date("2024-11-01"), status: .complete), nil, ""),
            (DeliveryAction(id: 11, title: "k", lead: "L", status: .ahead, indicatorIDs: [1]), .offTrack, "Referrals to youth diversion is Red"),
            (DeliveryAction(id: 12, title: "l", lead: "L", status: .ahead), .exceptionallyAhead, "The lead reports it exceptionally ahead"),
            (
                DeliveryAction(id: 13, title: "m", lead: "L", status: .complete, indicatorIDs: [2]), .exceptionallyAhead,
                "Homes given target hardening is Blue"
            )
        ])
    func selection(_ action: DeliveryAction, _ kind: ExceptionReport.Kind?, _ reason: String) {
        let report = ExceptionReport.select(
            strategy: Self.strategy([action]), indicators: Self.indicators,
            progress: Self.progressByIndicator, asOf: Self.asOf)
        #expect(report.entries.first?.kind == kind)
        if kind != nil {
            #expect(report.entries.first?.reasons.contains(reason) == true)
        } else {
            #expect(report.entries.isEmpty)
        }
    }

    @Test("entries carry the indicator evidence and keep the plan's order")
    func evidenceAndOrder() throws {
        let actions = [
            DeliveryAction(id: 1, position: 2, title: "second", lead: "L", status: .onTrack, indicatorIDs: [2, 4]),
            DeliveryAction(id: 2, position: 1, title: "first", lead: "L", status: .offTrack),
            DeliveryAction(id: 3, position: 3, title: "quiet", lead: "L", status: .onTrack, indicatorIDs: [4])
        ]
        let report = ExceptionReport.select(
            strategy: Self.strategy(actions), indicators: Self.indicators,
            progress: Self.progressByIndicator, asOf: Self.asOf)
        #expect(report.entries.map(\.action.title) == ["first", "second"])
        #expect(report.offTrack.count == 1)
        #expect(report.ahead.count == 1)
        let evidence = try #require(report.ahead.first?.evidence)
        #expect(evidence.map(\.indicatorName) == ["Homes given target hardening", "Partners trained"])
        #expect(evidence.first?.summary == "80 against 60 expected by Sep 2024 (Blue: exceptionally ahead)")
    }

    @Test(
        "an action its lead rates on track, Blue, with an overdue milestone: listed off track, saying why and that the lead and the indicator disagree"
    )
    func disagreementIsVisible() throws {
        let action = DeliveryAction(
            id: 1, title: "Target hardening", lead: "L", status: .onTrack,
            milestones: [Milestone(id: 1, title: "Survey launched", due: Self.date("2024-11-19"))], indicatorIDs: [2])
        let report = ExceptionReport.select(
            strategy: Self.strategy([action]), indicators: Self.indicators,
            progress: Self.progressByIndicator, asOf: Self.asOf)
        let entry = try #require(report.offTrack.first)
        #expect(entry.reasons == ["Milestone “Survey launched” was due 19 November 2024"])
        #expect(
            entry.disagreements == [
                "The lead rates it On track; the reasons above list it as off track",
                "Also pointing ahead: Homes given target hardening is Blue. Off track is listed so the board sees the problem"
            ])
        // A lead who says off track agrees: nothing to point out.
        var agreed = action
        agreed.status = .offTrack
        agreed.indicatorIDs = []
        let plain = ExceptionReport.select(
            strategy: Self.strategy([agreed]), indicators: Self.indicators,
            progress: Self.progressByIndicator, asOf: Self.asOf)
        #expect(plain.offTrack.first?.disagreements == [String]())
    }
}
