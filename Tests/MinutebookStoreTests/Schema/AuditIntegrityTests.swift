import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// The audit keeps who changed what, but never a credential, and cannot itself be edited.
@Suite("Audit integrity")
struct AuditIntegrityTests {
    static let hash = "$2b$04$Invented.Hash.For.Tests.Only.0123456789abcdefghijklm"

    func makeDatabase() throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-\(UUID().uuidString).sqlite").path
        return try AppDatabase(path: path)
    }

    func auditText(_ db: AppDatabase) throws -> String {
        try db.writeSync(as: .system) { db in
            try String.fetchAll(db, sql: "SELECT coalesce(before, '') || coalesce(after, '') FROM audit").joined(separator: "\n")
        }
    }

    @Test("a password hash set or changed is audited as redacted, never copied")
    func passwordHashRedacted() throws {
        let db = try makeDatabase()
        try db.writeSync(as: .system) { db in
            try db.execute(
                sql: "INSERT INTO user (id, email, passwordHash, role) VALUES (1, 'admin@example.org', ?, 'administrator')",
                arguments: [Self.hash])
            try db.execute(sql: "UPDATE user SET passwordHash = ? WHERE id = 1", arguments: [Self.hash + "x"])
        }
        let text = try auditText(db)
        #expect(!text.contains("Invented.Hash"))
        let rows = try db.writeSync(as: .system) { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT json_extract(before, '$.passwordHash') AS b, json_extract(after, '$.passwordHash') AS a
                    FROM audit WHERE tableName = 'user' ORDER BY id
                    """)
        }
        #expect(rows.count == 2)
        #expect(rows.first?["a"] == "redacted")
        #expect(rows.last?["b"] == "redacted")
        #expect(rows.last?["a"] == "redacted")
    }

    @Test("hashes audited before the migration are scrubbed by it")
    func olderRowsScrubbed() throws {
        let queue = try DatabaseQueue()
        try AppDatabase.migrator.migrate(queue, upTo: "v5-api-tokens")
        // A database written by an earlier release, whose triggers copied the hash into the audit.
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO audit (actor, tableName, rowId, operation, before, after)
                    VALUES ('system', 'user', 1, 'insert', NULL,
                            json_object('id', 1, 'email', 'admin@example.org', 'passwordHash', ?))
                    """, arguments: [Self.hash])
        }
        try AppDatabase.migrator.migrate(queue)
        try queue.read { db in
            let after = try String.fetchOne(db, sql: "SELECT after FROM audit WHERE tableName = 'user'") ?? ""
            #expect(!after.contains("Invented.Hash"))
            #expect(after.contains("admin@example.org"), "the rest of the row is kept")
        }
    }

    @Test(
        "the audit trail refuses updates and deletes",
        arguments: [
            "UPDATE audit SET actor = 'someone else'",
            "DELETE FROM audit"
        ])
    func appendOnly(sql: String) throws {
        let db = try makeDatabase()
        try db.writeSync(as: .system) { db in
            try db.execute(sql: "INSERT INTO partnership (id, slug, name) VALUES (1, 'sample', 'Sample Partnership')")
        }
        let error = #expect(throws: DomainError.self) {
            try db.writeSync(as: .system) { db in try db.execute(sql: sql) }
        }
        #expect(error == .conflict("the audit trail cannot be changed"))
        #expect(try auditText(db).contains("Sample Partnership"))
    }
}
