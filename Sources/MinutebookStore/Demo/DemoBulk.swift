import Foundation
import GRDB

/// Bulk writing for large demo databases (`DemoOptions.bulk`, `minutebook demo --bulk`).
///
/// Row-by-row audit triggers cost most of a large generation (a JSON copy of every row, an audit
/// index entry and a data-version bump per row). In bulk mode each partnership's transaction drops
/// the audit triggers of the tables the generator writes, writes the partnership, records one audit
/// row saying what was written in bulk and by whom, and puts the triggers back, all in the same
/// transaction: nothing outside it ever sees a table without its triggers, and the audit trail does
/// not pretend to a row-by-row history it does not have.
///
/// The search triggers of those tables are dropped too, and the partnership's minutes, resolutions
/// and agenda items are indexed at the end with one `INSERT … SELECT` per kind, from the same
/// `SearchIndex` row definitions the triggers are made of, so search finds exactly what the
/// row-by-row generator gives. Row by row, FTS5 flushes its pending terms at every statement's
/// savepoint (a tiny segment per row, merged again and again): two thirds of a generation.
enum DemoBulk {
    /// The tables the demo generator writes.
    static let tables = [
        "partnership", "organisation", "person", "jobTitle", "body", "seat", "seatHolding", "meeting",
        "agendaItem", "attendance", "minute", "resolution", "action", "actionOwner", "actionUpdate"
    ]

    /// Runs `body` (which writes one partnership and returns its id) without the audit and search
    /// triggers of `tables`, then indexes what it wrote for search, records one audit row for the partnership with the counts written, restores the
    /// triggers and moves the data version once.
    static func write(_ db: Database, _ body: () throws -> Int64) throws {
        let list = tables.map { "'\($0)'" }.joined(separator: ", ")
        let triggers = try Row.fetchAll(
            db,
            sql: """
                SELECT name, sql FROM sqlite_master
                WHERE type = 'trigger' AND (substr(name, 1, 6) = 'audit_' OR substr(name, 1, 7) = 'search_') AND tbl_name IN (\(list))
                ORDER BY name
                """)
        var before: [String: Int64] = [:]
        for table in tables {
            before[table] = try Int64.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM \"\(table)\"") ?? 0
        }
        for trigger in triggers {
            let name: String = trigger["name"]
            try db.execute(sql: "DROP TRIGGER \"\(name.replacingOccurrences(of: "\"", with: "\"\""))\"")
        }
        let partnershipID = try body()
        // The search index of the rows just written, in one statement per kind: what the triggers
        // would have written row by row (same row ids and values, from the rows' final state).
        try db.execute(sql: SearchIndex.indexRows(newerThan: before))
        var counts: [String] = []
        for table in tables {
            let n = try Int64.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\" WHERE rowid > ?", arguments: [before[table] ?? 0]) ?? 0
            counts.append("'\(table)', \(n)")
        }
        try db.execute(
            sql: """
                INSERT INTO audit (actor, tableName, rowId, operation, before, after)
                VALUES ((SELECT actor FROM auditContext LIMIT 1), 'partnership', ?, 'insert', NULL,
                        json_object('bulkGeneration', ?, 'rows', json_object(\(counts.joined(separator: ", ")))));
                UPDATE dataVersion SET version = version + 1;
                """, arguments: [partnershipID, note])
        for trigger in triggers {
            try db.execute(sql: trigger["sql"])
        }
    }

    static let note = "Invented demo data written in bulk by the demo generator: the rows counted here have no audit rows of their own."
}
