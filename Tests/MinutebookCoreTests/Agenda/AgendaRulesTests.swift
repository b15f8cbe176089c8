import Testing

@testable import MinutebookCore

@Suite("Agenda numbering, references and drafting")
struct AgendaRulesTests {
    @Test(
        "sub-items are lettered under the item before them",
        arguments: [
            ([0, 0, 1, 1, 1, 0], ["1", "2", "2a", "2b", "2c", "3"]),
            ([1, 0, 1], ["1", "2", "2a"]),
            ([0] + Array(repeating: 1, count: 5), ["1", "1a", "1b", "1c", "1d", "1e"])
        ])
    func numbering(_ levels: [Int], _ expected: [String]) {
        #expect(AgendaNumbering.numbers(levels: levels) == expected)
    }

    @Test("letters run past z")
    func letters() {
        #expect(AgendaNumbering.letterName(25) == "z")
        #expect(AgendaNumbering.letterName(26) == "aa")
    }

    @Test("report references follow the partnership's pattern")
    func references() throws {
        let pattern = try ReportReferencePattern("CSD{yy}{nnn}")
        #expect(pattern.parse("CSD18054")?.serial == 54)
        #expect(pattern.parse("CSD 18163")?.year == 2018)
        #expect(pattern.parse("XYZ18054") == nil)
        #expect(pattern.next(year: 2018, existing: ["CSD18054", "CSD18163", "CSD17999"]) == "CSD18164")
        #expect(pattern.next(year: 2019, existing: ["CSD18054"]) == "CSD19001")
        #expect(throws: DomainError.self) { try ReportReferencePattern("CSD{yy}") }
        #expect(throws: DomainError.self) { try ReportReferencePattern("CSD{x}{nn}") }
    }

    @Test("a drafted agenda has the standing items, deferred items before closing business, sub-groups lettered and Part 2 last")
    func drafting() throws {
        let date = try #require(LocalDate(iso: "2018-11-29"))
        let previous = try #require(LocalDate(iso: "2018-09-06"))
        let plan = [
            ForwardPlanItem(id: 1, bodyID: 1, title: "Knife crime action plan", proposer: "Chairman", status: .deferred),
            ForwardPlanItem(
                id: 2, bodyID: 1, title: "Case review", proposer: "Police", status: .scheduled, part: .two,
                exemptReason: "Information about individuals"),
            ForwardPlanItem(id: 3, bodyID: 1, title: "Dropped idea", proposer: "Police", status: .dropped)
        ]
        let template = AgendaTemplateItem.standard.filter { $0.kind != .mattersArising }
        let items = AgendaDraft.items(
            template: template, forwardPlan: plan, subGroups: ["Gangs Sub-Group", "Prevent Sub-Group"],
            meetingDate: date, previousMeetingDate: previous, deadlines: MeetingDeadlines(meeting: date))
        let titles = items.map(\.title)
        #expect(titles.first == "Apologies for absence")
        #expect(titles.contains("Minutes of the previous meeting held on 6 September 2018"))
        #expect(titles[2] == "Matters arising", "Matters Arising is added after the minutes when the template lacks it")
        #expect(items.first { $0.kind == .questions }?.description?.contains("Friday 23 November 2018") == true)
        let subs = items.filter { $0.level == 1 }.map(\.title)
        #expect(subs == ["Gangs Sub-Group update", "Prevent Sub-Group update"])
        let knife = try #require(titles.firstIndex(of: "Knife crime action plan"))
        let aob = try #require(titles.firstIndex(of: "Any other business"))
        #expect(knife < aob)
        #expect(titles.last == "Case review")
        #expect(items.last?.part == .two)
        #expect(!titles.contains("Dropped idea"))
    }

    @Test("report formats are known by extension and media type")
    func formats() {
        #expect(ReportFormat(filename: "Report.DOCX") == .docx)
        #expect(ReportFormat(filename: "a.md") == .markdown)
        #expect(ReportFormat(filename: "a.doc") == nil)
        #expect(ReportFormat(filename: "noextension") == nil)
        #expect(ReportFormat(mediaType: "application/pdf") == .pdf)
    }
}
