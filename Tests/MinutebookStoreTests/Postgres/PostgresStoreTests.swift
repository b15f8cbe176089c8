import Foundation
import GRDB
import Logging
import MinutebookPostgres
import MinutebookStore
import PostgresNIO
import Testing

/// The PostgreSQL store's foundations on the run's throwaway cluster: the migrator and its history, the schema's
/// constraints, the audit triggers and the approved-minutes triggers.
@Suite("PostgreSQL store: migrator, constraints, audit")
struct PostgresStoreTests {
    /// Runs `body` on a fresh migrated database and closes its pool after, whatever happens.
    func withStore(_ body: (PostgresStore) async throws -> Void) async throws {
        let store = try await PostgresTestDatabases.shared.fresh()
        do {
            try await body(store)
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    /// The SQLSTATE of the error `work` throws (nil if it throws none).
    func sqlState(_ work: () async throws -> Void) async -> String? {
        do {
            try await work()
            return nil
        } catch {
            return PostgresErrorText.sqlState(error) ?? "not a server error: \(PostgresErrorText.oneLine(error))"
        }
    }

    func seedPartnership(_ store: PostgresStore) async throws {
        try await store.write(as: "test:seed") { db in
            try await db.query("INSERT INTO partnership (id, slug, name) VALUES (1, 'riverside', 'Riverside CSP')", logger: store.testLogger)
            try await db.query(
                "INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (10, 1, 'board', 'Board', 'board')", logger: store.testLogger)
            try await db.query(
                "INSERT INTO meeting (id, bodyId, date, municipalYear) VALUES (100, 10, '2024-06-12', 2024)", logger: store.testLogger)
            try await db.query(
                "INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title) VALUES (1000, 100, 10, 2024, 1, 1, 'Apologies')",
                logger: store.testLogger)
        }
    }

    @Test("an empty database is migrated once, with the SQLite migrator's history names; again it applies nothing")
    func migratesOnce() async throws {
        let store = try await PostgresTestDatabases.shared.empty()
        do {
            #expect(try await store.appliedMigrations() == [])
            let applied = try await store.migrate()
            #expect(applied == ["v1-governance"])
            #expect(try await store.migrate() == [])
            #expect(try await store.appliedMigrations() == ["v1-governance"])
            // Every name in the PostgreSQL history is a migration of the same name on SQLite.
            let sqlite = try AppDatabase(
                path: FileManager.default.temporaryDirectory.appendingPathComponent("mb-pg-\(UUID().uuidString).sqlite").path)
            let sqliteNames = try await sqlite.writer.read { try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations") }
            #expect(Set(applied).isSubset(of: Set(sqliteNames)))
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }

    @Test("the schema refuses what SQLite's refuses: bad slugs, dangling keys, a second account with the same address in another case")
    func constraints() async throws {
        try await withStore { store in
            try await seedPartnership(store)
            let logger = store.testLogger
            #expect(
                await sqlState {
                    try await store.client.query(
                        "INSERT INTO body (partnershipId, slug, name, kind) VALUES (1, 'Bad Slug', 'X', 'board')", logger: logger)
                } == "23514")
            #expect(
                await sqlState {
                    try await store.client.query("INSERT INTO meeting (bodyId, date, municipalYear) VALUES (999, '2024-07-01', 2024)", logger: logger)
                } == "23503")
            #expect(
                await sqlState {
                    try await store.client.query(
                        "INSERT INTO body (partnershipId, slug, name, kind) VALUES (1, 'other', 'Board', 'board')", logger: logger)
                } == "23505")
            #expect(
                await sqlState {
                    try await store.client.query("INSERT INTO meeting (bodyId, date, municipalYear) VALUES (10, '2024-02-30', 2024)", logger: logger)
                } == "22008")
            try await store.client.query(
                "INSERT INTO \"user\" (email, passwordHash, role) VALUES ('Clerk@Riverside.example', 'x', 'administrator')", logger: logger)
            #expect(
                await sqlState {
                    try await store.client.query(
                        "INSERT INTO \"user\" (email, passwordHash, role) VALUES ('clerk@riverside.example', 'y', 'administrator')", logger: logger)
                } == "23505")
        }
    }

    @Test("every write is audited in its own transaction with its actor; a rolled-back write leaves no audit row")
    func audit() async throws {
        try await withStore { store in
            try await seedPartnership(store)
            let logger = store.testLogger
            let rows = try await store.client.query(
                "SELECT actor, tableName, operation, after->>'slug' FROM audit WHERE tableName = 'body' AND rowId = 10", logger: logger)
            var seen: [(String, String, String, String?)] = []
            for try await row in rows.decode((String, String, String, String?).self) { seen.append(row) }
            #expect(seen.count == 1)
            #expect(seen.first?.0 == "test:seed")
            #expect(seen.first?.2 == "insert")
            #expect(seen.first?.3 == "board")

            struct Refused: Error {}
            await #expect(throws: Refused.self) {
                try await store.write(as: "test:rolled-back") { db in
                    try await db.query("UPDATE body SET name = 'Renamed' WHERE id = 10", logger: logger)
                    throw Refused()
                }
            }
            #expect(try await count(store, "SELECT count(*) FROM audit WHERE actor = 'test:rolled-back'") == 0)
            #expect(try await count(store, "SELECT count(*) FROM body WHERE name = 'Renamed'") == 0)

            // Outside write(as:), the write is said to have no actor; the actor never outlives its transaction.
            try await store.client.query("UPDATE body SET name = 'Board of the Partnership' WHERE id = 10", logger: logger)
            #expect(
                try await count(
                    store, "SELECT count(*) FROM audit WHERE actor = 'unknown:no-actor-set' AND operation = 'update' AND tableName = 'body'")
                    == 1)

            // Credentials and files never enter the audit.
            try await store.write(as: "test:secrets") { db in
                try await db.query(
                    "INSERT INTO \"user\" (email, passwordHash, role) VALUES ('chair@riverside.example', '$2b$12$secret', 'administrator')",
                    logger: logger)
                try await db.query(
                    """
                    INSERT INTO document (partnershipId, title, filename, mediaType, byteCount, sha256, content)
                    VALUES (1, 'Report', 'report.pdf', 'application/pdf', 5, repeat('a', 64), '\\x0102030405'::bytea)
                    """, logger: logger)
            }
            #expect(
                try await text(store, "SELECT after->>'passwordhash' FROM audit WHERE tableName = 'user' AND actor = 'test:secrets'") == "redacted")
            #expect(try await text(store, "SELECT after->>'content' FROM audit WHERE tableName = 'document'") == "blob:5 bytes")
            #expect(try await count(store, "SELECT version FROM dataVersion") >= 6)
        }
    }

    @Test("approved minutes are fixed by triggers, and approval is final")
    func approvedMinutesFixed() async throws {
        try await withStore { store in
            try await seedPartnership(store)
            let logger = store.testLogger
            try await store.client.query(
                "UPDATE meeting SET status = 'minutes_approved', approvedAt = now() WHERE id = 100", logger: logger)
            for statement in [
                "UPDATE minute SET text = 'changed' WHERE id = 1000",
                "DELETE FROM minute WHERE id = 1000",
                "INSERT INTO minute (meetingId, bodyId, municipalYear, position, title) VALUES (100, 10, 2024, 2, 'Late item')",
                "INSERT INTO resolution (minuteId, position, text) VALUES (1000, 1, 'Resolved late')",
                "UPDATE meeting SET status = 'held' WHERE id = 100"
            ] {
                do {
                    try await store.client.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    Issue.record("accepted on approved minutes: \(statement)")
                } catch {
                    #expect(PostgresErrorText.oneLine(error).contains("the minutes of this meeting are approved and cannot be changed"))
                }
            }
            try await store.client.query("INSERT INTO minuteCorrection (minuteId, text) VALUES (1000, 'A correction')", logger: logger)
        }
    }

    func count(_ store: PostgresStore, _ sql: String) async throws -> Int64 {
        for try await value in try await store.client.query(PostgresQuery(unsafeSQL: sql)).decode(Int64.self) { return value }
        return -1
    }

    func text(_ store: PostgresStore, _ sql: String) async throws -> String? {
        for try await value in try await store.client.query(PostgresQuery(unsafeSQL: sql)).decode(String?.self) { return value }
        return nil
    }
}

extension PostgresStore {
    var testLogger: Logger { Logger(label: "minutebook.postgres.test") }
}
