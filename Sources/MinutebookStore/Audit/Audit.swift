import GRDB

/// The audit trail: every insert, update and delete of a domain table writes a row to `audit`
/// (who, when, table, row id, before and after as JSON) from a trigger, in the same transaction.
/// Triggers are generated from the table's columns, so a column added later is covered once
/// `installTriggers(on:)` runs again in that migration.
public enum Audit {
    /// Tables whose changes are not audited: the audit itself and bookkeeping.
    static let excluded: Set<String> = ["audit", "auditContext", "dataVersion", "grdb_migrations", "session", "loginAttempt"]

    /// Columns whose values never enter the audit: credentials and token digests. The audit records
    /// that they were set or changed ("redacted"), never the value, so a copy of the audit table
    /// gives nobody a hash to attack offline.
    public static let redactedColumns: Set<String> = ["passwordHash", "tokenHash"]

    /// The actor recorded for a write made outside `AppDatabase.write(as:)` (a direct SQL session,
    /// a tool): said as such, never credited to the last app user.
    public static let noActor = "unknown:no-actor-set"

    static func setActor(_ actor: Actor, in db: Database) throws {
        try db.execute(sql: "UPDATE auditContext SET actor = ?", arguments: [actor.name])
    }

    /// Runs `updates` inside the current transaction as `actor`, clearing the actor again before the
    /// transaction commits.
    static func run<T>(as actor: Actor, _ db: Database, _ updates: () throws -> T) throws -> T {
        try setActor(actor, in: db)
        let value = try updates()
        try db.execute(sql: "UPDATE auditContext SET actor = ?", arguments: [noActor])
        return value
    }

    /// Migration "v11-security-audit-actor": the actor left behind by the last write is cleared.
    static func clearActorMigration(_ db: Database) throws {
        try db.execute(sql: "UPDATE auditContext SET actor = ?", arguments: [noActor])
    }

    /// Creates the bookkeeping tables. Called by the first migration.
    static func createTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE audit (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
                    actor TEXT NOT NULL,
                    tableName TEXT NOT NULL,
                    rowId INTEGER NOT NULL,
                    operation TEXT NOT NULL CHECK (operation IN ('insert','update','delete')),
                    before TEXT CHECK (before IS NULL OR json_valid(before)),
                    after TEXT CHECK (after IS NULL OR json_valid(after))
                );
                CREATE INDEX audit_on_row ON audit(tableName, rowId);
                CREATE TABLE auditContext (actor TEXT NOT NULL);
                INSERT INTO auditContext (actor) VALUES ('system');
                CREATE TABLE dataVersion (version INTEGER NOT NULL);
                INSERT INTO dataVersion (version) VALUES (0);
                """)
    }

    /// (Re)creates the three audit triggers of `table` from its current columns.
    public static func installTriggers(on table: String, _ db: Database) throws {
        let columns = try db.columns(in: table)
        // JSON cannot hold BLOBs (stored documents): the audit keeps their length instead.
        func json(_ prefix: String) -> String {
            "json_object("
                + columns.map { column in
                    let value = "\(prefix).\"\(column.name)\""
                    let safe: String
                    if redactedColumns.contains(column.name) {
                        safe = "CASE WHEN \(value) IS NULL THEN NULL ELSE 'redacted' END"
                    } else if column.type.uppercased() == "BLOB" {
                        safe = "CASE WHEN typeof(\(value)) = 'blob' THEN 'blob:' || length(\(value)) || ' bytes' ELSE \(value) END"
                    } else {
                        safe = value
                    }
                    return "'\(column.name)', \(safe)"
                }.joined(separator: ", ") + ")"
        }
        let actor = "(SELECT actor FROM auditContext LIMIT 1)"
        try db.execute(
            sql: """
                DROP TRIGGER IF EXISTS "audit_\(table)_insert";
                DROP TRIGGER IF EXISTS "audit_\(table)_update";
                DROP TRIGGER IF EXISTS "audit_\(table)_delete";
                CREATE TRIGGER "audit_\(table)_insert" AFTER INSERT ON "\(table)" BEGIN
                    INSERT INTO audit (actor, tableName, rowId, operation, before, after)
                    VALUES (\(actor), '\(table)', NEW.rowid, 'insert', NULL, \(json("NEW")));
                    UPDATE dataVersion SET version = version + 1;
                END;
                CREATE TRIGGER "audit_\(table)_update" AFTER UPDATE ON "\(table)" BEGIN
                    INSERT INTO audit (actor, tableName, rowId, operation, before, after)
                    VALUES (\(actor), '\(table)', NEW.rowid, 'update', \(json("OLD")), \(json("NEW")));
                    UPDATE dataVersion SET version = version + 1;
                END;
                CREATE TRIGGER "audit_\(table)_delete" AFTER DELETE ON "\(table)" BEGIN
                    INSERT INTO audit (actor, tableName, rowId, operation, before, after)
                    VALUES (\(actor), '\(table)', OLD.rowid, 'delete', \(json("OLD")), NULL);
                    UPDATE dataVersion SET version = version + 1;
                END;
                """)
    }

    /// Installs triggers on every domain table that lacks them (or refreshes all).
    static func installTriggersOnAllTables(_ db: Database) throws {
        let tables = try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'
                """)
        for table in tables where !excluded.contains(table) {
            try installTriggers(on: table, db)
        }
    }

    /// One audit row, as read back for the audit-trail page.
    public struct Entry: Sendable, Equatable, FetchableRecord, Decodable {
        public var id: Int64
        public var at: String
        public var actor: String
        public var tableName: String
        public var rowId: Int64
        public var operation: String
        public var before: String?
        public var after: String?
    }

    /// The history of one row, newest first.
    public static func history(of table: String, rowID: Int64, _ db: Database) throws -> [Entry] {
        try Entry.fetchAll(
            db,
            sql: """
                SELECT * FROM audit WHERE tableName = ? AND rowId = ? ORDER BY id DESC
                """, arguments: [table, rowID])
    }
}
