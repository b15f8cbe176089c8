import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// The demo partnership: realistic shape, the domain's rules kept, deterministic from its seed.
@Suite("Demo partnership")
struct DemoGeneratorTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25) ?? LocalDate(dayNumber: 0)
    static let everything = Audience.account(
        .init(
            userID: 0, role: .administrator, partnershipID: nil, personID: nil,
            memberOfBodyIDs: []))

    func makeDemo(seed: UInt64 = 1998) throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-demo-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        _ = try DemoPartnership.ensure(in: database, options: DemoOptions(seed: seed, today: Self.today))
        return database
    }

    /// Every meeting as the export prints it.
    func export(_ database: AppDatabase) async throws -> String {
        let meetings = GRDBMeetingRepository(database: database)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var out = ""
        for id in try await meetings.allMeetingIDs() {
            let detail = try #require(try await meetings.meetingDetail(id: id, audience: Self.everything))
            out += String(decoding: try encoder.encode(MeetingRecord(detail)), as: UTF8.self) + "\n"
        }
        return out
    }

    @Test("the same seed gives identical data; another seed gives different data")
    func deterministic() async throws {
        let first = try await export(try makeDemo())
        let again = try await export(try makeDemo())
        let other = try await export(try makeDemo(seed: 7))
        #expect(first == again)
        #expect(first != other)
        #expect(first.split(separator: "\n").count == 72)
    }

    @Test("a board and five sub-groups, about forty people in fifteen organisations, with turnover")
    func shape() throws {
        let database = try makeDemo()
        try database.reader.read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? -1 }
            #expect(try count("SELECT count(*) FROM partnership WHERE slug = 'riverside'") == 1)
            #expect(try count("SELECT count(*) FROM body WHERE kind = 'board'") == 1)
            #expect(try count("SELECT count(*) FROM body WHERE kind = 'sub_group' AND reportsToBodyId IS NOT NULL") == 5)
            #expect(try count("SELECT count(*) FROM organisation") == 15)
            let people = try count("SELECT count(*) FROM person")
            #expect((36...55).contains(people))
            // Job titles change, and the Borough Commander's seat changes holder.
            #expect(try count("SELECT count(*) FROM (SELECT personId FROM jobTitle GROUP BY personId HAVING count(*) > 1)") > 0)
            #expect(
                try count(
                    """
                    SELECT count(*) FROM seatHolding h JOIN seat s ON s.id = h.seatId JOIN body b ON b.id = s.bodyId
                    WHERE b.slug = 'board' AND s.title = 'Borough Commander' AND s.role = 'vice_chairman'
                    """) == 2)
            // Co-chairs in the last year, after the chairman's seat is abolished.
            #expect(try count("SELECT count(*) FROM seat WHERE role = 'co_chair'") == 2)
            #expect(try count("SELECT count(*) FROM seat WHERE role = 'chairman' AND abolishedOn = '2026-05-01'") == 1)
            #expect(try count("SELECT count(*) FROM seat WHERE role IN ('secretariat','adviser')") >= 6)
        }
    }

    @Test("meetings move through the cycle: approved, then the latest held in draft, then scheduled")
    func cycle() throws {
        let database = try makeDemo()
        try database.reader.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT bodyId, date, status FROM meeting ORDER BY bodyId, date")
            #expect(rows.count == 72)
            for body in Set(rows.map { $0["bodyId"] as Int64 }) {
                let meetings = rows.filter { $0["bodyId"] == body }
                let past = meetings.filter { ($0["date"] as String) < Self.today.iso }.map { $0["status"] as String }
                let future = meetings.filter { ($0["date"] as String) >= Self.today.iso }.map { $0["status"] as String }
                let held = past.filter { $0 != "cancelled" }
                #expect(held.last == "minutes_drafted")
                #expect(held.dropLast().allSatisfy { $0 == "minutes_approved" })
                #expect(!future.isEmpty && future.allSatisfy { $0 == "scheduled" || $0 == "agenda_published" })
            }
            // Approved minutes name the meeting that approved them.
            #expect(
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM meeting m JOIN meeting a ON a.id = m.approvedAtMeetingId
                        WHERE m.status = 'minutes_approved' AND a.bodyId = m.bodyId AND a.date > m.date AND a.date = m.approvedAt
                        """) == Int.fetchOne(db, sql: "SELECT count(*) FROM meeting WHERE status = 'minutes_approved'"))
        }
    }

    @Test("every action state, attendance status and Part 2 items occur")
    func variety() throws {
        let database = try makeDemo()
        try database.reader.read { db in
            let actionStates = Set(try String.fetchAll(db, sql: "SELECT DISTINCT status FROM action"))
            #expect(actionStates == Set(ActionStatus.allCases.map(\.rawValue)))
            let attendance = Set(try String.fetchAll(db, sql: "SELECT DISTINCT status FROM attendance"))
            #expect(attendance == Set(AttendanceStatus.allCases.map(\.rawValue)))
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM agendaItem WHERE part = 2 AND exemptReason IS NOT NULL") ?? 0 > 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM minute WHERE part = 2") ?? 0 > 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM minute WHERE letter <> ''") ?? 0 > 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM actionUpdate WHERE via = 'succession'") ?? 0 > 0)
            #expect(try Int.fetchOne(db, sql: "SELECT count(*) FROM actionOwner WHERE seatId IS NOT NULL") ?? 0 > 0)
            #expect(
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT count(*) FROM (SELECT actionId FROM actionOwner GROUP BY actionId HAVING count(*) > 1)
                        """) ?? 0 > 0)
        }
    }

    @Test("minute numbers follow the Core rule: running on within a municipal year, restarting each May")
    func numbering() throws {
        let database = try makeDemo()
        let rule = MinuteNumbering()
        try database.reader.read { db in
            let meetings = try Row.fetchAll(
                db,
                sql: """
                    SELECT m.id, m.bodyId, m.date FROM meeting m WHERE EXISTS (SELECT 1 FROM minute WHERE meetingId = m.id)
                    ORDER BY m.bodyId, m.date
                    """)
            #expect(meetings.count > 40)
            var earlier: [Int64: [MinuteNumbering.Earlier]] = [:]
            for meeting in meetings {
                let body: Int64 = meeting["bodyId"]
                let date = try #require(LocalDate(iso: meeting["date"] as String))
                let numbers = try Row.fetchAll(
                    db, sql: "SELECT number, letter FROM minute WHERE meetingId = ? ORDER BY position",
                    arguments: [meeting["id"]]
                ).map { MinuteNumber($0["number"], letter: $0["letter"]) }
                #expect(rule.problems(in: numbers, on: date, after: earlier[body] ?? []) == [])
                if MunicipalYear(containing: date).firstDay().dayNumber + 40 > date.dayNumber {
                    #expect(numbers.first?.number == 1)
                }
                earlier[body, default: []] += numbers.map { .init(meetingDate: date, number: $0) }
            }
        }
    }

    @Test("a second run reuses the demo data and writes nothing; every write was audited as the demo generator")
    func reuse() throws {
        let database = try makeDemo()
        let audit = try database.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") ?? 0 }
        let summary = try DemoPartnership.ensure(in: database, options: DemoOptions(seed: 5, today: Self.today))
        #expect(summary.reused)
        #expect(summary.meetings == 72)
        let after = try database.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") ?? 0 }
        let actors = try database.reader.read { try String.fetchAll($0, sql: "SELECT DISTINCT actor FROM audit") }
        #expect(after == audit)
        #expect(actors == ["demo-generator"])
    }

    @Test("sizes are checked before anything is written", arguments: [(0, 3), (1, 0), (20_000, 1), (1, 61)])
    func badSizes(_ size: (Int, Int)) throws {
        let database = try AppDatabase.inMemory()
        #expect(throws: DomainError.self) {
            _ = try DemoPartnership.ensure(in: database, options: DemoOptions(partnerships: size.0, years: size.1, today: Self.today))
        }
        #expect(try database.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM partnership") } == 0)
    }

    @Test("--long-meeting gives the first partnership's board one approved meeting of that many minutes, numbered by the rule")
    func longMeeting() throws {
        let database = try AppDatabase.inMemory()
        _ = try DemoPartnership.ensure(
            in: database,
            options: DemoOptions(
                partnerships: 2, years: 2, today: Self.today,
                longMeetingMinutes: 120))
        try database.reader.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT p.slug, m.id, m.date, m.status, (SELECT count(*) FROM minute n WHERE n.meetingId = m.id) AS minutes
                    FROM meeting m JOIN body b ON b.id = m.bodyId JOIN partnership p ON p.id = b.partnershipId
                    ORDER BY minutes DESC LIMIT 2
                    """)
            #expect(rows.first?["slug"] == "riverside")
            #expect(rows.first?["minutes"] == 120)
            #expect(rows.first?["status"] == "minutes_approved")
            #expect((rows.last?["minutes"] as Int? ?? 0) < 30)
            let id: Int64 = try #require(rows.first?["id"])
            let numbers = try Row.fetchAll(
                db, sql: "SELECT number, letter FROM minute WHERE meetingId = ? ORDER BY position",
                arguments: [id]
            ).map { MinuteNumber($0["number"], letter: $0["letter"]) }
            let date = try #require(LocalDate(iso: rows.first?["date"] as String? ?? ""))
            let earlier = try Row.fetchAll(
                db,
                sql: """
                    SELECT n.number, n.letter, m.date FROM minute n JOIN meeting m ON m.id = n.meetingId
                    WHERE m.bodyId = (SELECT bodyId FROM meeting WHERE id = ?) AND m.date < ?
                    """, arguments: [id, date.iso]
            ).compactMap { row -> MinuteNumbering.Earlier? in
                LocalDate(iso: row["date"] as String).map { .init(meetingDate: $0, number: MinuteNumber(row["number"], letter: row["letter"])) }
            }
            #expect(MinuteNumbering().problems(in: numbers, on: date, after: earlier) == [])
            #expect(
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM resolution r JOIN minute n ON n.id = r.minuteId WHERE n.meetingId = ?",
                    arguments: [id]) ?? 0 > 100)
        }
    }

    @Test("more partnerships and years grow the data in proportion, with distinct slugs")
    func sizes() throws {
        let database = try AppDatabase.inMemory()
        let summary = try DemoPartnership.ensure(in: database, options: DemoOptions(partnerships: 3, years: 2, today: Self.today))
        #expect(summary.partnerships == 3)
        #expect(summary.bodies == 18)
        #expect(summary.meetings == 3 * 6 * 4 * 2)
        let slugs = try database.reader.read { try String.fetchAll($0, sql: "SELECT slug FROM partnership ORDER BY id") }
        #expect(slugs == ["riverside", "ashcombe", "brackenford"])
    }
}
