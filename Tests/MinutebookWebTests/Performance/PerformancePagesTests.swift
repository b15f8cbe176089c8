import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// An invented partnership with one published indicator, one secret draft, a risk, a lead and a report.
func seedPerformance(_ database: AppDatabase) async throws -> (reportID: Int64, strategyID: Int64) {
    var w = TestWorld()
    let harbourside = w.partnership("Harbourside Community Safety Partnership", slug: "harbourside", id: 1)
    let board = w.body("Partnership Board", slug: "board", in: harbourside, id: 1)
    w.body("Domestic Abuse Sub-group", slug: "dasv", kind: .subGroup, reportsTo: board, in: harbourside, id: 2)
    w.meeting(of: board, on: "2031-03-24", status: .agendaPublished, id: 1)
    let morwenna = w.person("Morwenna Trelawny", email: "mt@harbourside.example", in: harbourside, id: 1)
    let head = w.seat("Head of Community Safety", on: board, id: 1)
    w.holding(head, by: morwenna, from: "2028-01-01")
    try database.plant(w)
    let indicators = GRDBIndicatorRepository(database: database)
    let kpi = try await indicators.define(
        Indicator(
            id: 0, partnershipID: 1, bodyID: 2, code: "refuge-referrals", name: "Refuge referrals",
            owner: "Sub-group chair", source: "Provider return", isPublished: true), by: .tool("t"))
    _ = try await indicators.define(Indicator(id: 0, partnershipID: 1, bodyID: 2, code: "secret-draft", name: "SECRET-DRAFT-KPI"), by: .tool("t"))
    let year = PerformanceYear(aprilStarting: 2030)
    try await indicators.setTarget(AnnualTarget(indicatorID: kpi.id, year: year, value: 120), by: .tool("t"))
    _ = try await indicators.importActuals(
        csv: """
            indicator,period,value
            refuge-referrals,Q1 2030/31,20
            refuge-referrals,Q2 2030/31,25
            secret-draft,Q1 2030/31,999
            """, partnershipID: 1, by: .tool("t"))
    let strategy = try await GRDBStrategyRepository(database: database).create(
        Strategy(
            id: 0, partnershipID: 1, bodyID: 1, title: "Safer Harbourside", firstYear: 2030, lastYear: 2033, isPublished: true,
            priorities: [
                Priority(
                    id: 0, position: 1, name: "People",
                    objectives: [
                        Objective(
                            id: 0, position: 1, text: "Protect people at risk",
                            actions: [
                                DeliveryAction(id: 0, title: "Expand refuge outreach", lead: "Sub-group chair", indicatorIDs: [kpi.id]),
                                DeliveryAction(id: 0, title: "Quiet action on track", lead: "Someone")
                            ])
                    ])
            ]), by: .tool("t"))
    guard let score = RiskScore(likelihood: 3, impact: 4) else { throw DomainError.invalid("score") }
    _ = try await GRDBRiskRegisterRepository(database: database).add(
        Risk(
            id: 0, partnershipID: 1, bodyID: 1, reference: "R1", title: "SECRET-RISK funding gap", owner: "Chair",
            inherent: score, residual: score, openedOn: LocalDate(year: 2030, month: 5, day: 1) ?? LocalDate(dayNumber: 0)), by: .tool("t"))
    _ = try await GRDBLeadDirectoryRepository(database: database).add(
        DirectoryEntry(id: 0, partnershipID: 1, theme: "Domestic abuse", seatID: 1), by: .tool("t"))
    let report = try await GRDBSubGroupReportRepository(database: database).saveDraft(
        SubGroupReport(
            id: 0, bodyID: 2, meetingID: 1, author: "Morwenna Trelawny", operationalUpdate: "SECRET-DRAFT-REPORT text",
            actionsForPartnership: ["Support the outreach bid"]), by: .tool("t"))
    return (report.id, strategy.id)
}

@Suite("Performance pages")
struct PerformancePagesTests {
    @Test("the overview lists published indicators with their status in words; drafts never appear")
    func overview() async throws {
        let (app, database) = try makeTestApp()
        _ = try await seedPerformance(database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/p/harbourside/performance", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("Refuge referrals"))
                // 45 by September against 60 expected: Red.
                #expect(html.contains("45 by Sep 2030"))
                #expect(html.contains("Red: off track"))
                #expect(!html.contains("SECRET-DRAFT-KPI"))
            }
            try await client.execute(uri: "/p/harbourside/performance/indicators/secret-draft", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!String(buffer: response.body).contains("SECRET-DRAFT-KPI"))
            }
            try await client.execute(uri: "/p/harbourside/performance/actuals.csv", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
                let csv = String(buffer: response.body)
                #expect(csv.contains("refuge-referrals,Q2 2030/31,,,25,"))
                #expect(!csv.contains("secret-draft"))
                #expect(!csv.contains("999"))
            }
        }
    }

    @Test("an indicator page has a chart with title, description and a data table")
    func indicatorPage() async throws {
        let (app, database) = try makeTestApp()
        _ = try await seedPerformance(database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/p/harbourside/performance/indicators/refuge-referrals", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart chart-trend\""))
                #expect(html.contains("<title id=\"trend-refuge-referrals-title\">Refuge referrals, cumulative for 2030/31</title>"))
                #expect(html.contains("<desc id=\"trend-refuge-referrals-desc\">"))
                #expect(html.contains("<table class=\"chart-data\">"))
                #expect(html.contains("<th scope=\"row\">Q2 2030/31</th><td>45</td><td>60</td>"))
                #expect(html.contains("Provider return"))
            }
        }
    }

    @Test("the strategy page brings only the exception to the board, with its evidence")
    func strategy() async throws {
        let (app, database) = try makeTestApp()
        let (_, strategyID) = try await seedPerformance(database)
        try await app.test(.router) { client in
            try await client.execute(uri: "/p/harbourside/strategy/\(strategyID)?asOf=2030-11-01", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("Off track (1)"))
                #expect(html.contains("Refuge referrals is Red"))
                #expect(html.contains("Evidence: Refuge referrals, 45 against 60 expected by Sep 2030 (Red: off track)"))
                // The lead's own rating stays visible where the listing overrules it (issue 24, item 6).
                #expect(html.contains("<li class=\"disagreement\">The lead rates it On track; the reasons above list it as off track</li>"))
                let exceptions = html.components(separatedBy: "<h2>Delivery plan</h2>").first ?? ""
                #expect(!exceptions.contains("Quiet action on track"))
                #expect(html.contains("Quiet action on track"))
            }
        }
    }

    @Test("the risk register is not public; the directory hides names from the public; draft reports are private")
    func privacy() async throws {
        let (app, database) = try makeTestApp()
        let (reportID, _) = try await seedPerformance(database)
        try await app.test(.router) { client in
            for uri in ["/p/harbourside/risks", "/p/harbourside/risks.csv"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .forbidden)
                    #expect(!String(buffer: response.body).contains("SECRET-RISK"))
                }
            }
            try await client.execute(uri: "/p/harbourside/directory", method: .get) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("Domestic abuse"))
                #expect(html.contains("Head of Community Safety"))
                #expect(!html.contains("Morwenna"))
                #expect(!html.contains("mt@harbourside.example"))
            }
            try await client.execute(uri: "/p/harbourside/directory.csv", method: .get) { response in
                #expect(!String(buffer: response.body).contains("Morwenna"))
            }
            try await client.execute(uri: "/p/harbourside/reports/\(reportID)", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(!String(buffer: response.body).contains("SECRET-DRAFT-REPORT"))
            }
        }
        // Filed and placed on the (published) agenda, the report is public.
        let reports = GRDBSubGroupReportRepository(database: database)
        try await reports.file(reportID: reportID, on: LocalDate(year: 2031, month: 3, day: 7) ?? LocalDate(dayNumber: 0), by: .tool("t"))
        _ = try await reports.placeOnAgenda(reportID: reportID, by: .tool("t"))
        try await app.test(.router) { client in
            try await client.execute(uri: "/p/harbourside/reports/\(reportID)", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("RESOLVED that the Partnership support the outreach bid."))
            }
        }
    }
}
