import Foundation
import GRDB
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookImport

@Suite("Storing imported minutes")
struct ImportWriterTests {
    func database() throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-import-\(UUID().uuidString).sqlite").path
        return try AppDatabase(path: path)
    }

    static let minutes = """
        RIVERSIDE COMMUNITY SAFETY BOARD

        Minutes of the meeting held at 2.00 pm on 14 March 2019

        Present:
        Priya Shah, (Riverside Council Head of Community Safety) (Chairman)
        Tom Okafor, (Riverside Police Inspector)
        Ada Quill, (Harbour Fire Station Manager)

        Also Present:
        Ben Ostler, (Committee Clerk)

        12\tAPOLOGIES FOR ABSENCE\tAction
        \tApologies were received from Cara Lind.\t
        13\tANTI-SOCIAL BEHAVIOUR UPDATE\tAction
        \tThe Board heard about the Quayside patrols.\t
        \tRESOLVED that a patrol report is brought to the next meeting.\tTO
        13a\tNIGHT-TIME ECONOMY\tAction
        \tRESOLVED that the licensing review is circulated to members.\tPS/AQ
        14\tDATE OF NEXT MEETING\tAction
        \tThe next meeting will be held on 13 June 2019 at 2.00 pm.\t

        The meeting ended at 3.40 pm
        """

    func record(_ text: String = minutes) throws -> MeetingRecord {
        let records = try MinutesImporter().records(fromText: text, format: .text, file: "riverside.txt")
        return try #require(records.first)
    }

    func count(_ db: AppDatabase, _ table: String) async throws -> Int {
        try await db.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    @Test("a meeting is stored whole: body, people, attendance, minutes with numbers, resolutions, actions with owners")
    func storesEverything() async throws {
        let db = try database()
        let outcome = try await MeetingImportWriter(database: db).write(try record(), file: "riverside.txt")
        guard case .created(let meetingID, _) = outcome else { Issue.record("expected a new meeting"); return }
        let rows = try await db.read { db in
            try Row.fetchAll(
                db, sql: "SELECT number, letter, municipalYear, title FROM minute WHERE meetingId = ? ORDER BY position",
                arguments: [meetingID]
            ).map { "\($0["number"] as Int? ?? 0)\($0["letter"] as String)/\($0["municipalYear"] as Int)" }
        }
        #expect(rows == ["12/2018", "13/2018", "13a/2018", "14/2018"])
        #expect(try await count(db, "partnership") == 1)
        #expect(try await count(db, "body") == 1)
        #expect(try await count(db, "resolution") == 2)
        #expect(try await count(db, "action") == 2)
        let owners = try await db.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT o.code, p.fullName FROM actionOwner o LEFT JOIN person p ON p.id = o.personId ORDER BY o.id
                    """
            ).map { "\($0["code"] as String? ?? ""):\($0["fullName"] as String? ?? "-")" }
        }
        #expect(owners == ["TO:Tom Okafor", "PS:Priya Shah", "AQ:Ada Quill"])
        let attendance = try await db.read { db in
            try Row.fetchAll(db, sql: "SELECT name, status, position FROM attendance ORDER BY id").map {
                "\($0["name"] as String)/\($0["status"] as String)/\($0["position"] as String? ?? "")"
            }
        }
        #expect(attendance.contains("Priya Shah/present/chairman"))
        #expect(attendance.contains("Cara Lind/apologies/"))
        let actors = try await db.read { try String.fetchAll($0, sql: "SELECT DISTINCT actor FROM audit WHERE tableName = 'minute'") }
        #expect(actors == ["import:riverside.txt"])
    }

    @Test("the same file twice changes nothing: no new rows, no audit entries")
    func idempotent() async throws {
        let db = try database()
        let writer = MeetingImportWriter(database: db)
        _ = try await writer.write(try record(), file: "riverside.txt")
        let audits = try await count(db, "audit")
        let version = try await db.dataVersion()
        let again = try await writer.write(try record(), file: "riverside.txt")
        guard case .unchanged = again else { Issue.record("expected unchanged, got \(again)"); return }
        #expect(try await count(db, "audit") == audits)
        #expect(try await db.dataVersion() == version)
    }

    @Test("a corrected file updates the meeting in place, audited, keeping the rows")
    func correctedReimport() async throws {
        let db = try database()
        let writer = MeetingImportWriter(database: db)
        let first = try await writer.write(try record(), file: "riverside.txt")
        let corrected = Self.minutes.replacingOccurrences(of: "circulated to members", with: "circulated to all members")
        let second = try await writer.write(try record(corrected), file: "riverside.txt")
        guard case .updated(let id, _) = second else { Issue.record("expected an update, got \(second)"); return }
        #expect(id == first.meetingID)
        #expect(try await count(db, "resolution") == 2)
        let texts = try await db.read { try String.fetchAll($0, sql: "SELECT text FROM resolution ORDER BY id") }
        #expect(texts.last == "The licensing review is circulated to all members.")
        let updates = try await db.read {
            try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM audit WHERE tableName = 'resolution' AND operation = 'update'") ?? 0
        }
        #expect(updates == 1)
    }

    @Test("approved minutes are refused unless the import is identical")
    func approvedMinutesAreFixed() async throws {
        let db = try database()
        let writer = MeetingImportWriter(database: db)
        let first = try await writer.write(try record(), file: "riverside.txt")
        try await db.write(as: .system) { db in
            try db.execute(
                sql: "UPDATE meeting SET status = 'minutes_approved', approvedAt = '2019-06-13' WHERE id = ?",
                arguments: [first.meetingID])
        }
        let same = try await writer.write(try record(), file: "riverside.txt")
        #expect(same == .unchanged(meetingID: first.meetingID))
        let corrected = Self.minutes.replacingOccurrences(of: "Quayside patrols", with: "harbour patrols")
        await #expect(throws: DomainError.self) { try await writer.write(try record(corrected), file: "riverside.txt") }
    }

    @Test("a minute number already used by another meeting of the same year is refused and nothing is written")
    func clashingNumbersRollBack() async throws {
        let db = try database()
        let writer = MeetingImportWriter(database: db)
        _ = try await writer.write(try record(), file: "riverside.txt")
        let before = try await count(db, "audit")
        let other = Self.minutes.replacingOccurrences(of: "14 March 2019", with: "11 April 2019")
        await #expect(throws: DomainError.self) { try await writer.write(try record(other), file: "other.txt") }
        #expect(try await count(db, "audit") == before)
        #expect(try await count(db, "meeting") == 1)
    }

    @Test("codes the minutes do not explain are matched to the body's seat holders on that date")
    func seatHolders() async throws {
        let db = try database()
        let writer = MeetingImportWriter(database: db)
        let first = try await writer.write(try record(), file: "riverside.txt")
        let meetingID = first.meetingID
        let (body, partnership) = try await db.read { db in
            let body = try Int64.fetchOne(db, sql: "SELECT bodyId FROM meeting WHERE id = ?", arguments: [meetingID]) ?? 0
            return (body, try Int64.fetchOne(db, sql: "SELECT partnershipId FROM body WHERE id = ?", arguments: [body]) ?? 0)
        }
        // Wendy Marsh has held the body's housing seat since 2018; the minutes give only her code.
        var world = try db.world()
        let wendy = world.person("Wendy Marsh", initials: "WM", in: partnership)
        world.holding(world.seat("Housing lead", on: body), by: wendy, from: "2018-01-01")
        try db.plant(world)
        let text = Self.minutes.replacingOccurrences(of: "14 March 2019", with: "9 May 2019")
            .replacingOccurrences(of: "\tTO\n", with: "\tWM\n")
        let r = try record(text)
        #expect(r.warnings.contains { $0.contains("'WM' matches no attendee") })
        let outcome = try await writer.write(r, file: "may.txt")
        #expect(outcome.warnings.contains { $0.contains("Wendy Marsh") })
        let owner = try await db.read {
            try String.fetchOne($0, sql: "SELECT p.fullName FROM actionOwner o JOIN person p ON p.id = o.personId WHERE o.code = 'WM'")
        }
        #expect(owner == "Wendy Marsh")
    }
}
