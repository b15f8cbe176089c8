import GRDB
import MinutebookCore

/// Set-up and upkeep of partnerships, bodies, people, organisations and the meeting calendar in
/// SQLite. Each method is one transaction written as the editor (the audit triggers record every row);
/// a broken unique or check constraint comes back as a `DomainError` naming what clashed.
public struct GRDBSetupRepository: Sendable {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// One audited transaction; constraint failures become one-line domain errors.
    func write<T: Sendable>(
        _ editor: ActionEditor, _ what: String,
        _ updates: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        do {
            return try await database.write(as: Actor(editor.auditName), updates)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            if error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER {
                throw DomainError.conflict(error.message ?? "the change breaks a rule of the record")
            }
            throw DomainError.conflict("\(what) clashes with a record already there (\(error.message ?? "constraint"))")
        }
    }

    static func refuse(_ problems: [(field: String, message: String)]) throws {
        if let first = problems.first { throw DomainError.invalid(first.message) }
    }
}

/// Moving every reference from one row to another, found from the schema's foreign keys so a table
/// added later is covered without a list to keep in step.
enum References {
    /// Every (table, column) whose foreign key points at `table`.
    static func columns(pointingAt table: String, _ db: Database) throws -> [(table: String, column: String)] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT m.name AS referrer, p."from" AS referrerColumn
                FROM sqlite_master m, pragma_foreign_key_list(m.name) p
                WHERE m.type = 'table' AND p."table" = ? ORDER BY m.name, p."from"
                """, arguments: [table]
        ).map { ($0["referrer"], $0["referrerColumn"]) }
    }

    /// Points every reference to `table` row `dropped` at `kept` instead.
    static func move(_ table: String, from dropped: Int64, to kept: Int64, _ db: Database) throws {
        for reference in try columns(pointingAt: table, db) {
            do {
                try db.execute(
                    sql: "UPDATE \"\(reference.table)\" SET \"\(reference.column)\" = ? WHERE \"\(reference.column)\" = ?",
                    arguments: [kept, dropped])
            } catch let error as DatabaseError
                where error.resultCode == .SQLITE_CONSTRAINT
                && error.extendedResultCode != .SQLITE_CONSTRAINT_TRIGGER
            {
                throw DomainError.conflict("the two records cannot be merged: their \(reference.table) rows clash (\(error.message ?? "constraint"))")
            }
        }
    }
}
