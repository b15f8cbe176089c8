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

/// A secretariat may change only its own partnership's records: every route under `/p/{partnership}`
/// that takes an id answers 404 when the id belongs to another partnership, and writes nothing.
/// The routes come from the router itself, so a new route with an id fails here until its row says
/// which record its id names.
@Suite("Ids of another partnership")
struct CrossPartnershipTests {
    /// Where a route's parameters point: the path's body and date (of the partnership in the path),
    /// the other partnership's record for each id, and the date of that record's meeting for the
    /// control request made in its own partnership.
    struct Row {
        var ids: [String: String]
        var ownDate: String = World.ownDate
        /// Whether the control request in the records' own partnership can find the id (false only
        /// where the fixture holds no such record and the path's item is refused first).
        var control = true
    }

    enum World {
        /// Partnership 1 (PublicFixture's, "millbrook") owns every record addressed; partnership 2
        /// ("hillside", with a board and one meeting of its own) is the path's.
        static let own = "millbrook", other = "hillside"
        static let ownDate = "2020-06-15", otherDate = "2021-01-11"
        static let ownSecretary = "secretary@millbrook.example", otherSecretary = "secretary@hillside.example"
        static let password = "correct horse battery"
    }

    /// Routes with parameters that are not record ids of a partnership.
    static let notIds: [String: String] = [
        "/p/{partnership}/bodies/{body}/agenda-template/{position}/{action}": "a place in the path body's own template"
    ]

    /// Every route with an id, by its pattern. Filled by `seed` with the records of partnership 1.
    static func rows(_ r: Seeded) -> [String: Row] {
        let strategy = ["id": r.strategy]
        let action = strategy.merging(["action": r.deliveryAction]) { a, _ in a }
        return [
            "/p/{partnership}/actions/{id}": Row(ids: ["id": "700"]),
            "/p/{partnership}/actions/{id}/change": Row(ids: ["id": "700"]),
            "/p/{partnership}/actions/{id}/cover": Row(ids: ["id": "700"]),
            "/p/{partnership}/actions/{id}/inferences/{inference}/undo": Row(ids: ["id": "700", "inference": "1"], control: false),
            "/p/{partnership}/minutes/{id}/thread": Row(ids: ["id": "1000"]),
            "/p/{partnership}/minutes/{id}/thread/unlink": Row(ids: ["id": "1000"]),
            "/p/{partnership}/people/{id}": Row(ids: ["id": "1"]),
            "/p/{partnership}/organisations/{id}": Row(ids: ["id": "1"]),
            "/p/{partnership}/audit/{table}/{id}": Row(ids: ["table": "minute", "id": "1000"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/agenda/items/{item}/{action}": Row(ids: ["item": "120", "action": "up"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/minutes/{minute}": Row(ids: ["minute": "1000"], ownDate: "2019-12-10"),
            "/p/{partnership}/bodies/{body}/seats/{seat}/hand-over": Row(ids: ["seat": "1"]),
            "/p/{partnership}/bodies/{body}/seats/{seat}": Row(ids: ["seat": "1"]),
            "/p/{partnership}/bodies/{body}/seats/{seat}/role": Row(ids: ["seat": "1"]),
            "/p/{partnership}/bodies/{body}/seats/{seat}/vacate": Row(ids: ["seat": "1"]),
            "/p/{partnership}/bodies/{body}/seats/{seat}/end": Row(ids: ["seat": "1"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/agenda/items/{item}": Row(ids: ["item": "120"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/documents/{id}": Row(ids: ["id": "200"], ownDate: "2019-12-10"),
            "/p/{partnership}/settings/organisations/{id}": Row(ids: ["id": "1"]),
            "/p/{partnership}/settings/organisations/{id}/merge": Row(ids: ["id": "1"]),
            "/p/{partnership}/settings/bodies/{id}": Row(ids: ["id": "2"]),
            "/p/{partnership}/settings/bodies/{id}/rename": Row(ids: ["id": "2"]),
            "/p/{partnership}/settings/bodies/{id}/merge": Row(ids: ["id": "2"]),
            "/p/{partnership}/settings/people/{id}": Row(ids: ["id": "2"]),
            "/p/{partnership}/settings/people/{id}/merge": Row(ids: ["id": "2"]),
            "/p/{partnership}/settings/people/{id}/left": Row(ids: ["id": "2"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/live/items/{item}": Row(ids: ["item": "120"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/live/items/{item}/take": Row(ids: ["item": "120"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/live/items/{item}/votes": Row(ids: ["item": "120"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/live/items/{item}/declarations": Row(ids: ["item": "120"]),
            "/p/{partnership}/bodies/{body}/meetings/{date}/live/items/{item}/votes/{vote}/delete":
                Row(ids: ["item": "120", "vote": "1"], control: false),
            "/p/{partnership}/bodies/{body}/meetings/{date}/live/items/{item}/declarations/{declaration}/delete":
                Row(ids: ["item": "120", "declaration": "1"], control: false),
            "/p/{partnership}/bodies/{body}/forward-plan/{item}/{action}": Row(ids: ["item": "60", "action": "defer"]),
            "/p/{partnership}/performance/indicators/{code}": Row(ids: ["code": r.indicator]),
            "/p/{partnership}/performance/indicators/{code}/escalate": Row(ids: ["code": r.indicator]),
            "/p/{partnership}/performance/indicators/{code}/edit": Row(ids: ["code": r.indicator]),
            "/p/{partnership}/performance/indicators/{code}/target": Row(ids: ["code": r.indicator]),
            "/p/{partnership}/risks/{id}/review": Row(ids: ["id": r.risk]),
            "/p/{partnership}/risks/{id}/close": Row(ids: ["id": r.risk]),
            "/p/{partnership}/reports/{id}": Row(ids: ["id": r.report]),
            "/p/{partnership}/reports/{id}/agenda": Row(ids: ["id": r.report]),
            "/p/{partnership}/reports/{id}/resolutions": Row(ids: ["id": r.report]),
            "/p/{partnership}/directory/{id}/edit": Row(ids: ["id": r.directoryEntry]),
            "/p/{partnership}/directory/{id}/delete": Row(ids: ["id": r.directoryEntry]),
            "/p/{partnership}/strategy/{id}": Row(ids: strategy),
            "/p/{partnership}/strategy/{id}/plan.csv": Row(ids: strategy),
            "/p/{partnership}/strategy/{id}/edit": Row(ids: strategy),
            "/p/{partnership}/strategy/{id}/publish": Row(ids: strategy),
            "/p/{partnership}/strategy/{id}/priorities": Row(ids: strategy),
            "/p/{partnership}/strategy/{id}/objectives": Row(ids: strategy),
            "/p/{partnership}/strategy/{id}/actions": Row(ids: strategy),
            "/p/{partnership}/strategy/{id}/actions/new": Row(ids: strategy),
            "/p/{partnership}/strategy/{id}/actions/{action}": Row(ids: action),
            "/p/{partnership}/strategy/{id}/actions/{action}/milestones": Row(ids: action),
            "/p/{partnership}/strategy/{id}/actions/{action}/milestones/{milestone}/complete":
                Row(ids: action.merging(["milestone": r.milestone]) { a, _ in a }),
            "/p/{partnership}/strategy/{id}/priorities/{item}/move": Row(ids: strategy.merging(["item": r.priority]) { a, _ in a }),
            "/p/{partnership}/strategy/{id}/priorities/{item}/remove": Row(ids: strategy.merging(["item": r.priority]) { a, _ in a }),
            "/p/{partnership}/strategy/{id}/objectives/{item}/move": Row(ids: strategy.merging(["item": r.objective]) { a, _ in a }),
            "/p/{partnership}/strategy/{id}/objectives/{item}/remove": Row(ids: strategy.merging(["item": r.objective]) { a, _ in a })
        ]
    }

    @Test("every route with an id refuses another partnership's record with a 404 and writes nothing; in its own partnership the id is found")
    func everyRouteWithAnId() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-cross-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        let seeded = try await Self.seed(database)
        let router = buildRouter(configuration: AppConfiguration(passwordHashCost: 4), database: database)
        let rows = Self.rows(seeded)
        let routes = router.routes.map { (method: $0.method, pattern: $0.path.description) }
            .filter {
                $0.pattern.hasPrefix("/p/{partnership}/")
                    && Self.parameters(of: $0.pattern).contains { !["partnership", "body", "date"].contains($0) }
            }
            .filter { Self.notIds[$0.pattern] == nil }
        let unclassified = Set(routes.map(\.pattern)).subtracting(rows.keys).sorted()
        #expect(unclassified.isEmpty, "routes with an id and no row saying which record it names: \(unclassified)")
        #expect(routes.contains { $0.pattern == "/p/{partnership}/actions/{id}" && $0.method == .post })

        let app = Application(responder: PageCheckingResponder(inner: router.buildResponder()))
        try await app.test(.router) { client in
            let outsider = TestBrowser(client)
            try await outsider.signIn(World.otherSecretary, World.password)
            _ = try await outsider.get("/p/\(World.other)/actions/organisations")
            let before = try await Self.auditRows(database)
            for route in routes {
                guard let row = rows[route.pattern] else { continue }
                let uri = Self.fill(route.pattern, partnership: World.other, date: World.otherDate, row.ids)
                let page = route.method == .post ? try await outsider.post(uri, []) : try await outsider.get(uri)
                #expect(page.status == .notFound, "\(route.method) \(uri) by the other partnership's secretariat: \(page.status)")
            }
            // Ids in a form are held to the path's partnership as well.
            let bulk = try await outsider.post("/p/\(World.other)/actions/status", [("action", "700"), ("status", "done")])
            #expect(bulk.status == .notFound)
            #expect(try await Self.auditRows(database) == before, "a refused request changed the record")

            // The same requests in the records' own partnership find them (the 404s above are not for unknown ids).
            let secretary = TestBrowser(client)
            try await secretary.signIn(World.ownSecretary, World.password)
            _ = try await secretary.get("/p/\(World.own)/actions/organisations")
            for route in routes.filter { !Self.destructive($0.pattern) } + routes.filter { Self.destructive($0.pattern) } {
                guard let row = rows[route.pattern], row.control else { continue }
                let uri = Self.fill(route.pattern, partnership: World.own, date: row.ownDate, row.ids)
                let page = route.method == .post ? try await secretary.post(uri, []) : try await secretary.get(uri)
                #expect(page.status != .notFound, "\(route.method) \(uri) by its own secretariat")
            }
        }
    }

    static func parameters(of pattern: String) -> [String] {
        pattern.split(separator: "/").filter { $0.hasPrefix("{") }.map { String($0.dropFirst().dropLast()) }
    }

    static func fill(_ pattern: String, partnership: String, date: String, _ ids: [String: String]) -> String {
        let values = ids.merging(["partnership": partnership, "body": "board", "date": date]) { id, _ in id }
        return "/"
            + pattern.split(separator: "/").map { part in
                part.hasPrefix("{") ? values[String(part.dropFirst().dropLast())] ?? String(part) : String(part)
            }.joined(separator: "/")
    }

    /// Removals last, so the control requests find every record.
    static func destructive(_ pattern: String) -> Bool {
        pattern.hasSuffix("/delete") || pattern.hasSuffix("/remove") || pattern.hasSuffix("/close") || pattern.hasSuffix("/unlink")
    }

    static func auditRows(_ database: AppDatabase) async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM audit") ?? 0 }
    }

    /// The records of partnership 1 that the routes address (beyond PublicFixture's).
    struct Seeded {
        var indicator: String
        var risk, report, directoryEntry, strategy, priority, objective, deliveryAction, milestone: String
    }

    static func seed(_ database: AppDatabase) async throws -> Seeded {
        try PublicFixture.plant(in: database)
        var w = TestWorld()
        let hillside = w.partnership("Hillside Community Safety Partnership", slug: "hillside", id: 2)
        let board = w.body("Hillside Board", slug: "board", in: hillside, id: 20)
        let january = w.meeting(of: board, on: "2021-01-11", id: 30)
        w.item("Winter gritting routes", on: january, number: "1", id: 300)
        try database.plant(w)
        let by = Editor.tool("test")
        let users = GRDBUserRepository(database: database)
        let hash = Passwords.hashSync(World.password, cost: 4)
        _ = try await users.create(NewUser(email: World.ownSecretary, role: .secretariat, partnershipID: 1), passwordHash: hash, by: by)
        _ = try await users.create(NewUser(email: World.otherSecretary, role: .secretariat, partnershipID: 2), passwordHash: hash, by: by)
        let repositories = Repositories.sqlite(database)
        // Both meetings in progress, so the live item routes reach their item.
        try await repositories.meetingDay.openMeeting(meetingID: 30, by: by)
        try await repositories.meetingDay.openMeeting(meetingID: 12, by: by)
        let day = { (iso: String) in LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }
        let indicator = try await repositories.indicators.define(
            Indicator(id: 0, partnershipID: 1, bodyID: 2, code: "flood-callouts", name: "Flood call-outs"), by: by)
        let score = try #require(RiskScore(likelihood: 3, impact: 4))
        let risk = try await repositories.risks.add(
            Risk(
                id: 0, partnershipID: 1, bodyID: 1, reference: "R7", title: "Depot flooding", owner: "Emergency Planning Officer",
                inherent: score, residual: score, openedOn: day("2020-01-06")), by: by)
        let report = try await repositories.subGroupReports.saveDraft(
            SubGroupReport(id: 0, bodyID: 2, meetingID: 12, author: "Tobias Wren", operationalUpdate: "Sandbags restocked."), by: by)
        let entry = try await repositories.leads.add(DirectoryEntry(id: 0, partnershipID: 1, theme: "Flood resilience", seatID: 1), by: by)
        let strategy = try await repositories.strategies.create(
            Strategy(
                id: 0, partnershipID: 1, bodyID: 1, title: "Millbrook Resilience Strategy", firstYear: 2020, lastYear: 2023,
                priorities: [
                    Priority(
                        id: 0, position: 1, name: "Preparedness",
                        objectives: [
                            Objective(
                                id: 0, position: 1, text: "Every ward has a flood plan",
                                actions: [
                                    DeliveryAction(
                                        id: 0, title: "Write the ward plans", lead: "Emergency Planning Officer", due: day("2021-03-31"),
                                        milestones: [Milestone(id: 0, title: "First ward done", due: day("2020-09-30"))])
                                ])
                        ])
                ]), by: by)
        let priority = try #require(strategy.priorities.first)
        let objective = try #require(priority.objectives.first)
        let action = try #require(objective.actions.first)
        let milestone = try #require(action.milestones.first)
        return Seeded(
            indicator: indicator.code, risk: String(risk.id), report: String(report.id), directoryEntry: String(entry.id),
            strategy: String(strategy.id), priority: String(priority.id), objective: String(objective.id),
            deliveryAction: String(action.id), milestone: String(milestone.id))
    }
}
