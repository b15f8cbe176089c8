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
    static let smallTables: Set<String> = ["partnership", "dataVersion", "grdb_migrations", "sqlite_master", "sqlite_schema"]

    /// Statements captured on a database's connections while `capturing` is on.
    final class Capture: @unchecked Sendable {
        private let lock = NSLock()
        private var on = false
        private var statements: [String] = []
        func start() { lock.withLock { on = true } }
        func stop() -> [String] { lock.withLock { on = false; return statements } }
        func record(_ sql: String) { lock.withLock { if on { statements.append(sql) } } }
    }

    static func tracedDatabase() throws -> (AppDatabase, Capture) {
        let capture = Capture()
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            db.trace(options: .statement) { event in
                if case let .statement(statement) = event { capture.record(statement.expandedSQL) }
            }
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-plan-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(try DatabasePool(path: path, configuration: config))
        try database.writeSync(as: Actor("test-fixture")) { try $0.execute(sql: RiversideFixture.sql) }
        return (database, capture)
    }

    static let audiences: [Audience] = [TestAudience.publicVisitor.audience, TestAudience.boardMember.audience,
                                        TestAudience.secretariat.audience]

    /// Every repository read a page or API request makes today (meeting page, body page, people,
    /// home page, Matters Arising), through every kind of audience.
    static func requestPaths(_ database: AppDatabase) async throws {
        let meetings = GRDBMeetingRepository(database: database)
        let bodies = GRDBBodyRepository(database: database)
        let people = GRDBPeopleRepository(database: database)
        let directory = GRDBDirectoryRepository(database: database)
        let actions = GRDBActionRepository(database: database)
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
        _ = try await actions.mattersArising(bodyID: RiversideFixture.board, date: try #require(LocalDate(iso: "2021-12-09")),
                                             audience: TestAudience.secretariat.audience)
    }

    /// The tables a plan scans in full, by name (aliases resolved through the statement's FROM/JOIN).
    static func scannedTables(_ plan: [String], sql: String) -> [String] {
        var scanned: [String] = []
        for detail in plan where detail.hasPrefix("SCAN ") {
            let words = detail.split(separator: " ").map(String.init)
            guard words.count >= 2 else { continue }
            let name = words[1]
            if name == "CONSTANT" || name.hasPrefix("json_") || name.hasPrefix("(") { continue }
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
        capture.start()
        try await Self.requestPaths(database)
        let statements = capture.stop().filter { $0.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().hasPrefix("SELECT")
            || $0.trimmingCharacters(in: .whitespacesAndNewlines).uppercased().hasPrefix("WITH") }
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

    @Test("the check sees a full scan when a query needs one", arguments: [
        ("SELECT * FROM minute WHERE text LIKE '%x%'", ["minute"]),
        ("SELECT * FROM meeting m WHERE m.venue = 'x'", ["meeting"]),
        ("SELECT * FROM meeting WHERE id = 1", []),
    ])
    func detectsScans(_ sql: String, _ expected: [String]) async throws {
        let (database, _) = try Self.tracedDatabase()
        let plan = try await database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql).map { $0["detail"] as String }
        }
        #expect(Self.scannedTables(plan, sql: sql).map { Self.table(for: $0, in: sql) } == expected)
    }
}
