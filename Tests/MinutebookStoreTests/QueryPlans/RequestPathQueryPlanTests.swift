import Foundation
import GRDB
import MinutebookCore
import MinutebookStore
import Testing

/// No full-table scans on request paths: every SQL statement that the page-serving repositories run
/// is captured through SQLite's trace, then `EXPLAIN QUERY PLAN` must show an index search (or a
/// scan of a table on the short list of small, bounded ones) for every table it touches.
///
/// When a feature adds a request-path repository method, add a call to `requestPaths` below.
@Suite("Query plans of request paths")
struct RequestPathQueryPlanTests {
    /// Tables a request may scan: bounded by the number of partnerships (hundreds), single rows, or
    /// the schema (GRDB reads sqlite_master when a connection opens).
    /// `body` is a handful per partnership: search lists the bodies an audience may see before matching.
    static let smallTables: Set<String> = ["partnership", "body", "dataVersion", "grdb_migrations", "sqlite_master", "sqlite_schema"]

    /// Statements captured on a database's connections while `capturing` is on.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var on = false
        private var statements: [String] = []
        func start() { lock.withLock { on = true } }
        func stop() -> [String] {
            lock.withLock {
                on = false; return statements
            }
        }
        func record(_ sql: String) { lock.withLock { if on { statements.append(sql) } } }
    }

    static func tracedDatabase() throws -> (AppDatabase, Capture) {
        let capture = Capture()
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            db.trace(options: .statement) { event in
                if case .statement(let statement) = event { capture.record(statement.expandedSQL) }
            }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-plan-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(try DatabasePool(path: path, configuration: config))
        try database.writeSync(as: Actor("test-fixture")) { try $0.execute(sql: RiversideFixture.sql) }
        return (database, capture)
    }

    static let audiences: [Audience] = [
        TestAudience.publicVisitor.audience, TestAudience.boardMember.audience,
        TestAudience.secretariat.audience
    ]

    /// Every repository read a page or API request makes (meeting page, body page, people, home page,
    /// Matters Arising, sessions and tokens, actions, agenda and packs, performance, search), through
    /// every kind of audience. Exports and generators (whole-database reads) are not request paths.
    static func requestPaths(_ database: AppDatabase) async throws {
        let meetings = GRDBMeetingRepository(database: database)
        let bodies = GRDBBodyRepository(database: database)
        let people = GRDBPeopleRepository(database: database)
        let directory = GRDBDirectoryRepository(database: database)
        let matters = GRDBMattersArisingRepository(database: database)
        let date = try #require(LocalDate(iso: "2021-06-10"))
        _ = try await meetings.meeting(bodySlugOrName: "board", partnership: "riverside", date: date)
        _ = try await meetings.meeting(bodySlugOrName: "Riverside Partnership Board", partnership: nil, date: date)
        _ = try await meetings.meetingDates(of: RiversideFixture.board)
        _ = try await bodies.body(slugOrName: "board", partnership: "riverside")
        _ = try await bodies.subGroups(of: RiversideFixture.board)
        _ = try await people.organisations(of: 1)
        _ = try await directory.partnerships()
        _ = try await directory.partnership(slug: "riverside")
        _ = try await directory.bodies(of: 1)
        _ = try await directory.body(slug: "board", in: 1)
        for audience in audiences {
            _ = try await meetings.meetingDetail(id: RiversideFixture.approvedMeeting, audience: audience)
            _ = try await bodies.seats(of: RiversideFixture.board, on: date, audience: audience)
            _ = try await people.person(id: RiversideFixture.chair, audience: audience)
            _ = try await people.attendanceStats(personID: RiversideFixture.chair, audience: audience)
            _ = try await people.attendanceStats(organisationID: 500, audience: audience)
            _ = try await directory.meetings(of: RiversideFixture.board, audience: audience, limit: 4)
        }
        // Matters Arising, as the secretariat drafts it for the next meeting.
        _ = try await matters.mattersArising(
            bodyID: RiversideFixture.board, date: try #require(LocalDate(iso: "2021-12-09")),
            audience: TestAudience.secretariat.audience)
        try await performancePaths(database)
        try await signedInPaths(database, date: date)
        try await recordPaths(database, date: date)
    }

    /// A strategy tree, an indicator and a risk, so the performance reads below run their whole queries.
    static func seedPerformance(_ database: AppDatabase) async throws {
        let editor = Editor.tool("test-fixture")
        let indicator = try await GRDBIndicatorRepository(database: database).define(
            Indicator(id: 0, partnershipID: 1, bodyID: RiversideFixture.board, code: "cycle-thefts", name: "Cycle thefts"), by: editor)
        let action = DeliveryAction(
            id: 0, title: "Bike marking", lead: "Police",
            milestones: [
                Milestone(id: 0, title: "Kit bought", due: try #require(LocalDate(iso: "2021-09-01")))
            ], indicatorIDs: [indicator.id])
        _ = try await GRDBStrategyRepository(database: database).create(
            Strategy(
                id: 0, partnershipID: 1, bodyID: RiversideFixture.board, title: "Safer streets", firstYear: 2021, lastYear: 2024,
                priorities: [
                    Priority(id: 0, position: 1, name: "Places", objectives: [Objective(id: 0, position: 1, text: "Fewer thefts", actions: [action])])
                ]),
            by: editor)
        _ = try await GRDBRiskRegisterRepository(database: database).add(
            Risk(
                id: 0, partnershipID: 1, bodyID: RiversideFixture.board, reference: "R1", title: "Analyst vacancy", owner: "Chair",
                inherent: try #require(RiskScore(likelihood: 3, impact: 3)), residual: try #require(RiskScore(likelihood: 2, impact: 2)),
                openedOn: try #require(LocalDate(iso: "2021-01-04"))), by: editor)
    }

    /// The performance pages, the secretariat's forms, the pack's performance papers and the report link (issue 9).
    static func performancePaths(_ database: AppDatabase) async throws {
        let indicators = GRDBIndicatorRepository(database: database)
        let strategies = GRDBStrategyRepository(database: database)
        let risks = GRDBRiskRegisterRepository(database: database)
        let reports = GRDBSubGroupReportRepository(database: database)
        let leads = GRDBLeadDirectoryRepository(database: database)
        for audience in audiences {
            let visible = try await indicators.indicators(of: 1, audience: audience)
            _ = try await indicators.indicator(code: "cycle-thefts", in: 1, audience: audience)
            for indicator in visible {
                _ = try await indicators.targets(of: indicator.id)
                _ = try await indicators.actuals(of: indicator.id)
            }
            for strategy in try await strategies.strategies(of: 1, audience: audience) {
                _ = try await strategies.strategy(id: strategy.id, audience: audience)
            }
            _ = try await risks.risks(of: RiversideFixture.board, audience: audience)
            _ = try await leads.entries(of: 1, audience: audience)
        }
        _ = try await risks.reviews(of: RiversideFixture.board)
        _ = try await reports.reports(forMeeting: RiversideFixture.scheduledMeeting)
        _ = try await reports.reports(ofSubGroup: RiversideFixture.subGroup)
        _ = try await leads.storedEntry(id: 1, partnershipID: 1)
        _ = try await GRDBPerformanceAgendaRepository(database: database).reports(onMeeting: RiversideFixture.scheduledMeeting)
        _ = try await GRDBReportRequestRepository(database: database).open(token: String(repeating: "a", count: 43))
    }

    /// What every signed-in request reads (session, seats, API token) and the meeting page's minutes
    /// queries, the actions register, the change history and the sign-in checks.
    static func signedInPaths(_ database: AppDatabase, date: LocalDate) async throws {
        let sessions = GRDBSessionRepository(database: database)
        let users = GRDBUserRepository(database: database)
        let tokens = GRDBApiTokenRepository(database: database)
        let minutes = GRDBMinutesRepository(database: database)
        let attendance = GRDBAttendanceRepository(database: database)
        let actions = GRDBActionRepository(database: database)
        let matters = GRDBMattersArisingRepository(database: database)
        let audit = GRDBAuditRepository(database: database)
        let requests = GRDBUpdateRequestRepository(database: database)
        _ = try await database.dataVersion()
        _ = try await sessions.session(tokenHash: String(repeating: "a", count: 64))
        _ = try await sessions.signedIn(tokenHash: String(repeating: "a", count: 64), on: date)
        _ = try await sessions.claimAttempt(email: "someone@riverside.example", address: "127.0.0.1", throttle: SignInThrottle())
        _ = try await users.bodiesSeated(personID: RiversideFixture.chair, on: date)
        _ = try await users.user(id: 1)
        _ = try await users.user(email: "someone@riverside.example")
        _ = try await users.credentials(email: "someone@riverside.example")
        _ = try await users.users(in: 1)
        _ = try await tokens.user(tokenHash: String(repeating: "b", count: 64))
        _ = try await minutes.approval(meetingID: RiversideFixture.approvedMeeting)
        _ = try await minutes.corrections(meetingID: RiversideFixture.approvedMeeting)
        _ = try await actions.action(id: 1, in: 1, audience: TestAudience.secretariat.audience)
        _ = try await matters.meetingID(bodyID: RiversideFixture.board, date: date)
        _ = try await audit.history(table: "meeting", rowID: RiversideFixture.approvedMeeting, partnershipID: 1)
        _ = try? await requests.open(token: String(repeating: "c", count: 43))
        for audience in audiences {
            _ = try await attendance.attendance(of: RiversideFixture.board, audience: audience)
            for filter in [
                ActionFilter(bodyID: RiversideFixture.board), ActionFilter(meetingID: RiversideFixture.approvedMeeting),
                ActionFilter(ownerPersonID: RiversideFixture.inspector, statuses: [.open, .inProgress]),
                ActionFilter(ownerOrganisationID: 501), ActionFilter(bodyID: RiversideFixture.board, overdueOn: date)
            ] {
                _ = try await actions.actions(filter, audience: audience)
            }
        }
    }

    /// Agenda, forward plan, packs, people and search pages.
    static func recordPaths(_ database: AppDatabase, date: LocalDate) async throws {
        let agenda = GRDBAgendaRepository(database: database)
        let forwardPlan = GRDBForwardPlanRepository(database: database)
        let packs = GRDBPackRepository(database: database)
        let people = GRDBPeopleRepository(database: database)
        let search = GRDBSearchRepository(database: database)
        _ = try await agenda.template(of: RiversideFixture.board)
        _ = try? await agenda.reportContent(documentID: 1, audience: .public)
        _ = try await agenda.reportContent(documentID: 1, audience: .system)
        _ = try await agenda.nextReportReference(for: RiversideFixture.scheduledMeeting)
        for format in ReportFormat.allCases { _ = try await agenda.publishedPack(of: RiversideFixture.approvedMeeting, format: format) }
        _ = try await forwardPlan.items(of: RiversideFixture.board)
        _ = try await forwardPlan.item(1)
        _ = try await forwardPlan.history(of: 1)
        _ = try? await packs.meetingID(body: "board", date: date)
        _ = try await people.people(of: 1)
        _ = try await people.people(named: "Alma Brightwater", in: 1)
        _ = try await people.organisation(id: 500)
        for audience in audiences {
            _ = try await agenda.agenda(of: RiversideFixture.scheduledMeeting, audience: audience)
            for edition in PackEdition.allCases {
                _ = try? await packs.packSource(meetingID: RiversideFixture.scheduledMeeting, edition: edition, issueDate: date)
            }
            for query in [
                SearchQuery(text: "lantern"), SearchQuery(text: "\"night time\" OR patrol*", partnership: "riverside"),
                SearchQuery(
                    text: "heron -otter", partnership: "riverside", body: "board", fromYear: 2020, toYear: 2022,
                    kinds: [.minute, .decision])
            ] {
                _ = try await search.search(query, audience: audience)
            }
        }
    }

    /// The tables a plan scans in full, by name (aliases resolved through the statement's FROM/JOIN).
    static func scannedTables(_ plan: [String], sql: String) -> [String] {
        var scanned: [String] = []
        for detail in plan where detail.hasPrefix("SCAN ") {
            let words = detail.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let name = words[1]
            if name == "CONSTANT" || name.hasPrefix("json_") || name.hasPrefix("(") { continue }
            // FTS5 reads its own one-row configuration table when a connection first searches.
            if name.hasSuffix("_fts_config") { continue }
            // "SCAN 12 CONSTANT ROWS": an IN (VALUES …) list written into the statement.
            if words.count >= 3 && words[2] == "CONSTANT" { continue }
            // A full-text MATCH: FTS5 reports its index plan as "VIRTUAL TABLE INDEX 0:M…", or "0:=M…" when
            // the rows are also picked by rowid (a page of hits read back for their snippets).
            if let index = detail.range(of: "VIRTUAL TABLE INDEX "),
                let plan = detail[index.upperBound...].split(separator: ":", maxSplits: 1).last, plan.contains("M")
            {
                continue
            }
            scanned.append(name)
        }
        return scanned
    }

    /// Resolves an alias ("m") to its table ("meeting") in `sql`.
    static func table(for name: String, in sql: String) -> String {
        let words = sql.replacingOccurrences(of: "\n", with: " ").split(separator: " ").map(String.init)
        for i in words.indices.dropFirst() where words[i] == name {
            let before = words[i - 1]
            if before.uppercased() == "AS", i >= 2 { return words[i - 2] }
            if !["FROM", "JOIN", "ON", "WHERE", "AND", "OR", ",", "SELECT"].contains(before.uppercased()) { return before }
        }
        return name
    }

    @Test("the request-path queries search by index: no full scan of a big table")
    func noFullScans() async throws {
        let (database, capture) = try Self.tracedDatabase()
        try await Self.seedPerformance(database)
        capture.start()
        try await Self.requestPaths(database)
        let statements = capture.stop().filter {
            $0.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().hasPrefix("SELECT")
                || $0.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().hasPrefix("WITH")
        }
        try #require(statements.count >= 10, "the trace captured too few statements: \(statements.count)")

        var offenders: [String] = []
        for sql in Set(statements) {
            let plan = try await database.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
            }
            for name in Self.scannedTables(plan, sql: sql) {
                let table = Self.table(for: name, in: sql)
                if !Self.smallTables.contains(table) {
                    offenders.append("SCAN \(table) in: \(sql.prefix(300)) — plan: \(plan.joined(separator: " | "))")
                }
            }
        }
        #expect(offenders.isEmpty, "\(offenders.joined(separator: "\n"))")
    }

    @Test(
        "the check sees a full scan when a query needs one",
        arguments: [
            ("SELECT * FROM minute WHERE text LIKE '%x%'", ["minute"]),
            ("SELECT * FROM meeting m WHERE m.venue = 'x'", ["meeting"]),
            ("SELECT * FROM meeting WHERE id = 1", [])
        ])
    func detectsScans(_ sql: String, _ expected: [String]) async throws {
        let (database, _) = try Self.tracedDatabase()
        let plan = try await database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
        }
        #expect(Self.scannedTables(plan, sql: sql).map { Self.table(for: $0, in: sql) } == expected)
    }
}
