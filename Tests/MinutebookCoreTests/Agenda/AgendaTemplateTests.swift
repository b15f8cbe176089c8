import Testing

@testable import MinutebookCore

@Suite("Agenda template changes")
struct AgendaTemplateTests {
    let three = [
        AgendaTemplateItem(title: "Apologies", kind: .apologies), AgendaTemplateItem(title: "Chairman's update"),
        AgendaTemplateItem(title: "Any other business", kind: .anyOtherBusiness)
    ]

    @Test(
        "standing items are added at the end, saved, moved and removed by position",
        arguments: [
            (
                AgendaTemplateChange.add(.init(title: "  Risk log review  ", kind: .riskLog)),
                ["Apologies", "Chairman's update", "Any other business", "Risk log review"]
            ),
            (.update(position: 2, .init(title: "Co-chairs' update")), ["Apologies", "Co-chairs' update", "Any other business"]),
            (.move(position: 3, to: 1), ["Any other business", "Apologies", "Chairman's update"]),
            (.move(position: 1, to: 2), ["Chairman's update", "Apologies", "Any other business"]),
            (.remove(position: 2), ["Apologies", "Any other business"])
        ])
    func changes(_ change: AgendaTemplateChange, _ titles: [String]) throws {
        #expect(try change.applied(to: three).map(\.title) == titles)
    }

    @Test(
        "a position outside the template or a bad item is refused",
        arguments: [
            AgendaTemplateChange.remove(position: 0), .remove(position: 4), .move(position: 1, to: 9), .update(position: 7, .init(title: "X")),
            .add(.init(title: "   ")), .add(.init(title: "Case review", part: .two)),
            .update(position: 1, .init(title: "Case review", part: .two, exemptReason: " "))
        ])
    func refused(_ change: AgendaTemplateChange) {
        #expect(throws: DomainError.self) { try change.applied(to: three) }
    }

    @Test("an empty template refuses every position")
    func empty() {
        #expect(throws: DomainError.self) { try AgendaTemplateChange.remove(position: 1).applied(to: []) }
    }

    @Test("a Part 1 standing item keeps no exempt reason; a Part 2 one keeps its reason")
    func parts() throws {
        #expect(AgendaTemplateItem(title: "Apologies", part: .one, exemptReason: "stray").exemptReason == nil)
        let added = try AgendaTemplateChange.add(.init(title: "Case review", part: .two, exemptReason: " Information about individuals "))
            .applied(to: three)
        #expect(added.last?.part == .two && added.last?.exemptReason == "Information about individuals")
    }

    @Test("a Part 2 standing item is drafted with its reason after the Part 1 business, before Part 2 plan items")
    func drafting() throws {
        let date = try #require(LocalDate(iso: "2026-03-12"))
        let template = [
            AgendaTemplateItem(title: "Apologies", kind: .apologies),
            AgendaTemplateItem(title: "Minutes", kind: .previousMinutes),
            AgendaTemplateItem(title: "Confidential case review", part: .two, exemptReason: "Information about individuals"),
            AgendaTemplateItem(title: "Any other business", kind: .anyOtherBusiness)
        ]
        let plan = [
            ForwardPlanItem(
                id: 1, bodyID: 1, title: "Exempt contract", proposer: "Chair", status: .scheduled, part: .two,
                exemptReason: "Commercial information")
        ]
        let items = AgendaDraft.items(
            template: template, forwardPlan: plan, subGroups: [], meetingDate: date, previousMeetingDate: nil,
            deadlines: MeetingDeadlines(meeting: date))
        #expect(
            items.map(\.title) == ["Apologies", "Minutes", "Matters arising", "Any other business", "Confidential case review", "Exempt contract"])
        let review = try #require(items.first { $0.title == "Confidential case review" })
        #expect(review.part == .two && review.exemptReason == "Information about individuals" && review.problems.isEmpty)
    }
}
