import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// Performance papers in the agenda pack: a sub-group report placed on the agenda, the indicator
/// report with its SVG charts, and the risk log review — each cut by the edition's audience.
@Suite("Performance papers in the pack")
struct PerformancePackTests {
    static let secretIndicator = "OSPREY-DRAFT-INDICATOR"
    static let secretRisk = "KESTREL-RISK-REGISTER-ENTRY"

    /// The reporting fixture plus: figures and a target for the published indicator, a draft indicator,
    /// a previous board meeting, three risks that changed since it, a risk log item on the agenda.
    func seed(_ database: AppDatabase) async throws -> (Fixture.Accounts, LocalDate) {
        let (accounts, date) = try await seedReporting(database)
        let lastMeeting = Today.date.adding(days: -40)
        let year = PerformanceYear(containing: YearMonth(Today.date))
        var world = try database.world()
        world.meeting(of: 1, on: lastMeeting.iso, status: .held, id: 2)
        let draft = world.indicator(Self.secretIndicator, code: "draft-one", body: 1, in: 1, isPublished: false)
        world.target(of: 1, yearStart: year.start.iso, 120)
        world.actual(of: 1, month: year.start.iso, 14)
        world.actual(of: draft, month: year.start.iso, 99)
        try database.plant(world)
        let risks = GRDBRiskRegisterRepository(database: database)
        let editor = Editor.tool("test")
        func score(_ l: Int, _ i: Int) throws -> RiskScore { try #require(RiskScore(likelihood: l, impact: i)) }
        let early = lastMeeting.adding(days: -90)
        let up = try await risks.add(
            Risk(
                id: 0, partnershipID: 1, bodyID: 1, reference: "R1", title: "Analyst post vacant", owner: "Head of Safety",
                inherent: try score(4, 4), residual: try score(2, 3), openedOn: early), by: editor)
        try await risks.review(
            RiskReview(riskID: up.id, reviewedOn: Today.date.adding(days: -5), residual: try score(4, 4), note: "Second analyst left"),
            nextReviewOn: nil, by: editor)
        let gone = try await risks.add(
            Risk(
                id: 0, partnershipID: 1, bodyID: 1, reference: "R2", title: "Funding gap", owner: "Treasurer",
                inherent: try score(3, 3), residual: try score(2, 2), openedOn: early), by: editor)
        try await risks.close(riskID: gone.id, on: Today.date.adding(days: -3), by: editor)
        _ = try await risks.add(
            Risk(
                id: 0, partnershipID: 1, bodyID: 1, reference: "R3", title: Self.secretRisk, owner: "Chair",
                inherent: try score(3, 4), residual: try score(3, 3), openedOn: Today.date.adding(days: -10)), by: editor)
        _ = try await GRDBAgendaRepository(database: database).addItem(
            NewAgendaItem(title: "Risk log review", kind: .riskLog), to: 1, at: nil, by: editor)
        return (accounts, date)
    }

    @Test(
        "a placed sub-group report, the indicator report with charts and the risk log review go into the pack; the public edition holds no drafts or risks"
    )
    func papersInThePack() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, date) = try await seed(database)
        let reports = GRDBSubGroupReportRepository(database: database)
        var report = SubGroupReport(id: 0, bodyID: 2, meetingID: 1, author: "Bram Tollis")
        report.operationalUpdate = "The diversion panel met twice."
        report.strategicUpdate = "Mentoring bid drafted."
        report.actionPlanUpdate = "All actions on track."
        report.actionsForPartnership = ["Support the mentoring bid"]
        let saved = try await reports.saveDraft(report, by: .tool("test"))
        try await reports.file(reportID: saved.id, on: Today.date, by: .tool("test"))
        _ = try await reports.placeOnAgenda(reportID: saved.id, by: .tool("test"))

        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/performance")
            let placed = try await secretary.post("/p/riverside/performance/agenda", [("kind", "indicators")])
            #expect(placed.status == .seeOther)
            _ = try await secretary.get("/p/riverside/performance")
            #expect(try await secretary.post("/p/riverside/performance/agenda", [("kind", "indicators")]).status == .conflict)
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            _ = try await member.get("/p/riverside/performance")
            #expect(try await member.post("/p/riverside/performance/agenda", [("kind", "indicators")]).status == .forbidden)
        }

        let everything = Audience.account(.init(userID: 0, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))
        let agenda = try #require(try await GRDBAgendaRepository(database: database).agenda(of: 1, audience: everything))
        let reportItem = try #require(agenda.entries.first { $0.item.title == "Youth Justice Group update" })
        let kpiItem = try #require(agenda.entries.first { $0.item.title == "Performance report" })
        let riskItem = try #require(agenda.entries.first { $0.kind == .riskLog })

        let members = try await PerformancePackSection.fragments(for: agenda, edition: .members, repositories: .sqlite(database))
        let membersReport = try #require(members[reportItem.id])
        #expect(
            membersReport.contains("The diversion panel met twice.")
                && membersReport.contains("RESOLVED that the Partnership support the mentoring bid."))
        let membersKPI = try #require(members[kpiItem.id])
        #expect(membersKPI.contains("<svg") && membersKPI.contains("First-time entrants") && membersKPI.contains(Self.secretIndicator))
        let review = try #require(members[riskItem.id])
        #expect(review.contains("since the last meeting on \(Today.date.adding(days: -40).long)"))
        #expect(review.contains("Residual score up from 2 × 3 = 6 (Moderate) to 4 × 4 = 16 (Severe)"))
        #expect(review.contains("Closed") && review.contains("Funding gap"))
        #expect(review.contains("New risk") && review.contains(Self.secretRisk))

        let publicEdition = try await PerformancePackSection.fragments(for: agenda, edition: .public, repositories: .sqlite(database))
        #expect(publicEdition[reportItem.id]?.contains("Mentoring bid drafted.") == true)
        let publicKPI = try #require(publicEdition[kpiItem.id])
        #expect(publicKPI.contains("<svg") && publicKPI.contains("First-time entrants"))
        #expect(!publicKPI.contains(Self.secretIndicator))
        let publicRisk = try #require(publicEdition[riskItem.id])
        #expect(publicRisk.contains("not published"))
        for fragment in publicEdition.values {
            #expect(!fragment.contains(Self.secretRisk) && !fragment.contains("Analyst post vacant") && !fragment.contains(Self.secretIndicator))
        }

        // Through the real pack pipeline (WeasyPrint): the issued public pack carries the papers.
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            let base = "/p/riverside/bodies/board/meetings/\(date.iso)"
            _ = try await secretary.get("\(base)/agenda/edit")
            #expect(try await secretary.post("\(base)/pack/issue", []).status == .seeOther)
            let html = try await TestBrowser(client).get("\(base)/pack.html")
            #expect(html.status == .ok)
            #expect(html.html.contains("The diversion panel met twice.") && html.html.contains("<svg"))
            #expect(!html.html.contains(Self.secretIndicator) && !html.html.contains(Self.secretRisk))
        }
    }
}
