import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// The schema refuses what the domain forbids, with a message a person can read, and audits every write.
@Suite("Schema constraints and audit")
struct SchemaConstraintTests {
    /// A fresh file database per test (tests run in parallel).
    func makeDatabase() throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-\(UUID().uuidString).sqlite").path
        return try AppDatabase(path: path)
    }

    /// One partnership, one body, one meeting on 2017-12-19 with minute 175.
    func seed(_ db: AppDatabase) throws -> (meeting: Int64, minute: Int64) {
        try db.writeSync(as: .system) { db in
            try db.execute(sql: "INSERT INTO partnership (id, slug, name) VALUES (1, 'sample', 'Sample Partnership')")
            try db.execute(sql: "INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Board', 'board')")
            try db.execute(sql: "INSERT INTO meeting (id, bodyId, date, municipalYear) VALUES (1, 1, '2017-12-19', 2017)")
            try db.execute(
                sql: """
                    INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title)
                    VALUES (1, 1, 1, 2017, 1, 175, 'Apologies for absence')
                    """)
            return (1, 1)
        }
    }

    func message(of error: any Error) -> String {
        (error as? DatabaseError)?.message ?? "\(error)"
    }

    @Test("a duplicate minute number in the same body and municipal year is refused")
    func duplicateMinuteNumber() throws {
        let db = try makeDatabase()
        _ = try seed(db)
        let error = #expect(throws: DatabaseError.self) {
            try db.writeSync(as: .system) { db in
                try db.execute(sql: "INSERT INTO meeting (id, bodyId, date, municipalYear) VALUES (2, 1, '2018-03-26', 2017)")
                try db.execute(
                    sql: """
                        INSERT INTO minute (meetingId, bodyId, municipalYear, position, number, title)
                        VALUES (2, 1, 2017, 1, 175, 'Apologies')
                        """)
            }
        }
        #expect(error?.resultCode == .SQLITE_CONSTRAINT)
        // The whole transaction rolled back: the second meeting is not there either.
        let meetings = try db.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM meeting") }
        #expect(meetings == 1)
    }

    @Test("the same number in the next municipal year is allowed")
    func sameNumberNextYear() throws {
        let db = try makeDatabase()
        _ = try seed(db)
        try db.writeSync(as: .system) { db in
            try db.execute(sql: "INSERT INTO meeting (id, bodyId, date, municipalYear) VALUES (2, 1, '2018-12-19', 2018)")
            try db.execute(
                sql: """
                    INSERT INTO minute (meetingId, bodyId, municipalYear, position, number, title) VALUES (2, 1, 2018, 1, 175, 'Apologies')
                    """)
        }
    }

    @Test("approved minutes cannot be edited, deleted or added to")
    func approvedMinutesAreFixed() throws {
        let db = try makeDatabase()
        _ = try seed(db)
        try db.writeSync(as: .system) { db in
            try db.execute(sql: "UPDATE meeting SET status = 'minutes_approved', approvedAt = '2018-03-26' WHERE id = 1")
        }
        for sql in [
            "UPDATE minute SET text = 'changed' WHERE id = 1",
            "DELETE FROM minute WHERE id = 1",
            "INSERT INTO minute (meetingId, bodyId, municipalYear, position, number, title) VALUES (1, 1, 2017, 2, 176, 'x')",
            "UPDATE meeting SET status = 'held' WHERE id = 1"
        ] {
            let error = #expect(throws: DomainError.self) {
                try db.writeSync(as: .system) { try $0.execute(sql: sql) }
            }
            #expect(error == .conflict("the minutes of this meeting are approved and cannot be changed"))
        }
        let text = try db.writer.read { try String.fetchOne($0, sql: "SELECT text FROM minute WHERE id = 1") }
        #expect(text == "")
    }

    @Test("a dangling foreign key is refused")
    func danglingForeignKey() throws {
        let db = try makeDatabase()
        _ = try seed(db)
        let error = #expect(throws: DatabaseError.self) {
            try db.writeSync(as: .system) { db in
                try db.execute(sql: "INSERT INTO meeting (bodyId, date, municipalYear) VALUES (99, '2018-01-01', 2017)")
            }
        }
        #expect(error?.extendedResultCode == .SQLITE_CONSTRAINT_FOREIGNKEY)
    }

    @Test(
        "enumerated values are checked",
        arguments: [
            "UPDATE meeting SET status = 'adjourned' WHERE id = 1",
            "INSERT INTO attendance (meetingId, name, status) VALUES (1, 'A Person', 'late')",
            "INSERT INTO attendance (meetingId, name, status) VALUES (1, 'A Person', 'substitute')",
            "INSERT INTO agendaItem (meetingId, position, title, part) VALUES (1, 1, 'Exempt item', 2)",
            "INSERT INTO meeting (bodyId, date, municipalYear) VALUES (1, '2018-02-30', 2017)"
        ])
    func checks(_ sql: String) throws {
        let db = try makeDatabase()
        _ = try seed(db)
        #expect(throws: DatabaseError.self) {
            try db.writeSync(as: .system) { try $0.execute(sql: sql) }
        }
    }

    @Test("every write is audited with who, what, before and after")
    func audited() throws {
        let db = try makeDatabase()
        _ = try seed(db)
        try db.writeSync(as: Actor("user:7:clerk@example.org")) { db in
            try db.execute(sql: "UPDATE minute SET text = 'The Group noted the report.' WHERE id = 1")
        }
        let history = try db.writer.read { try Audit.history(of: "minute", rowID: 1, $0) }
        #expect(history.count == 2)
        let update = try #require(history.first)
        #expect(update.operation == "update")
        #expect(update.actor == "user:7:clerk@example.org")
        let before = try JSONSerialization.jsonObject(with: Data((update.before ?? "").utf8)) as? [String: Any]
        let after = try JSONSerialization.jsonObject(with: Data((update.after ?? "").utf8)) as? [String: Any]
        #expect(before?["text"] as? String == "")
        #expect(after?["text"] as? String == "The Group noted the report.")
        #expect(history.last?.actor == "system")
    }

    @Test("opening a file that is not a database gives one clear error")
    func notADatabase() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-\(UUID().uuidString).sqlite").path
        try Data("this is not sqlite, just text that is long enough to fill a header............".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try AppDatabase(path: path) }
    }
}
