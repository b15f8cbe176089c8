import Foundation
import GRDB
import Testing

@testable import MinutebookStore

/// The audit names who wrote: the actor lives for one transaction, and a write made outside the
/// app's `write(as:)` says that nobody was named instead of borrowing the last app user.
@Suite("Audit actor per transaction")
struct AuditActorTests {
    @Test("a direct write after an app write is recorded as having no actor")
    func actorIsClearedAfterEachTransaction() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        try database.writeSync(as: Actor("user:7:clerk@example.org")) { db in
            try db.execute(sql: "INSERT INTO partnership (id, slug, name) VALUES (1, 'sample', 'Sample Partnership')")
        }
        // Another connection, as a tool or an SQL shell would open it.
        let direct = try DatabaseQueue(path: path)
        try direct.write { try $0.execute(sql: "UPDATE partnership SET name = 'Renamed' WHERE id = 1") }
        let actors = try database.writer.read { try Audit.history(of: "partnership", rowID: 1, $0).map(\.actor) }
        #expect(actors == [Audit.noActor, "user:7:clerk@example.org"])
    }

    @Test("a failed transaction leaves no actor behind either")
    func failedTransaction() throws {
        let database = try AppDatabase.inMemory()
        #expect(throws: (any Error).self) {
            try database.writeSync(as: Actor("user:9:someone@example.org")) { db in
                try db.execute(sql: "INSERT INTO partnership (id, slug, name) VALUES (1, 'sample', 'Sample')")
                try db.execute(sql: "INSERT INTO partnership (id, slug, name) VALUES (1, 'sample', 'Again')")
            }
        }
        let actor = try database.writer.read { try String.fetchOne($0, sql: "SELECT actor FROM auditContext") }
        #expect(actor == Audit.noActor)
    }

    @Test("the CLI names its operating-system user even when $USER is unset")
    func cliActorWithoutUser() {
        #expect(Actor.osUser(["USER": "clerk"]) == "clerk")
        #expect(Actor.osUser(["LOGNAME": "clerk2"]) == "clerk2")
        let fallback = Actor.osUser([:])
        #expect(!fallback.isEmpty && fallback != "unknown")
    }
}
