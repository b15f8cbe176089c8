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

/// Every performance CSV goes through the same visibility rule as its page: planted draft and
/// private text reaches the members and the secretariat, never the public.
@Suite("Performance CSV exports")
struct PerformanceExportsTests {
    static let draftIndicator = "GANNET-DRAFT-INDICATOR"
    static let draftStrategy = "PLOVER-DRAFT-STRATEGY"
    static let riskTitle = "CORMORANT-PRIVATE-RISK"
    static let contact = "curlew.private@riverside.example"

    func seed(_ database: AppDatabase) async throws -> (Fixture.Accounts, published: Int64, draft: Int64) {
        let (accounts, _) = try await seedReporting(database)
        var world = try database.world()
        let unpublished = world.indicator(Self.draftIndicator, code: "gannet-draft", body: 1, in: 1, isPublished: false)
        world.actual(of: 1, month: "2025-04", 31)
        world.actual(of: unpublished, month: "2025-04", 777)
        try database.plant(world)
        let strategies = GRDBStrategyRepository(database: database)
        let editor = Editor.tool("test")
        let action = DeliveryAction(id: 0, title: "Mentoring scheme", lead: "YJS Manager", indicatorIDs: [1, 2])
        let plan = Strategy(
            id: 0, partnershipID: 1, bodyID: 1, title: "Safer Riverside", firstYear: 2024, lastYear: 2027,
            priorities: [
                Priority(
                    id: 0, position: 1, name: "Prevention",
                    objectives: [Objective(id: 0, position: 1, text: "Fewer first-time entrants", actions: [action])])
            ])
        let published = try await strategies.create(plan, by: editor)
        try await strategies.publish(strategyID: published.id, by: editor)
        var secret = plan
        secret.title = Self.draftStrategy
        let draft = try await strategies.create(secret, by: editor)
        _ = try await GRDBRiskRegisterRepository(database: database).add(
            Risk(
                id: 0, partnershipID: 1, bodyID: 1, reference: "R1", title: Self.riskTitle, owner: "Chair",
                inherent: try #require(RiskScore(likelihood: 3, impact: 3)), residual: try #require(RiskScore(likelihood: 2, impact: 2)),
                openedOn: Today.date), by: editor)
        _ = try await GRDBLeadDirectoryRepository(database: database).add(
            DirectoryEntry(id: 0, partnershipID: 1, theme: "Youth justice", seatID: 2, email: Self.contact), by: editor)
        return (accounts, published.id, draft.id)
    }

    @Test("the public's CSVs leave out draft indicators and strategies, the risk register and people's contacts")
    func plantedSecrets() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, published, draft) = try await seed(database)
        try await app.test(.router) { client in
            let anonymous = TestBrowser(client)
            let actuals = try await anonymous.get("/p/riverside/performance/actuals.csv")
            #expect(actuals.status == .ok && actuals.html.contains("first-time-entrants"))
            #expect(!actuals.html.contains("gannet-draft") && !actuals.html.contains(Self.draftIndicator) && !actuals.html.contains("777"))
            let plan = try await anonymous.get("/p/riverside/strategy/\(published)/plan.csv")
            #expect(plan.status == .ok && plan.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(plan.html.contains("Mentoring scheme") && plan.html.contains("First-time entrants"))
            #expect(!plan.html.contains(Self.draftIndicator))
            let secretPlan = try await anonymous.get("/p/riverside/strategy/\(draft)/plan.csv")
            #expect(secretPlan.status == .notFound && !secretPlan.html.contains(Self.draftStrategy))
            let risks = try await anonymous.get("/p/riverside/risks.csv")
            #expect(risks.status == .forbidden && !risks.html.contains(Self.riskTitle))
            let directory = try await anonymous.get("/p/riverside/directory.csv")
            #expect(directory.html.contains("Youth justice") && !directory.html.contains(Self.contact) && !directory.html.contains("Bram Tollis"))

            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get("/p/riverside/risks.csv").html.contains(Self.riskTitle))
            #expect(try await member.get("/p/riverside/directory.csv").html.contains(Self.contact))
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            #expect(try await secretary.get("/p/riverside/performance/actuals.csv").html.contains("gannet-draft"))
            #expect(try await secretary.get("/p/riverside/strategy/\(draft)/plan.csv").html.contains(Self.draftIndicator))
        }
    }
}
