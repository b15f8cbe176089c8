import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// Bulk generation writes the same records and the same search index as the row-by-row generator,
/// with one audit row per partnership saying so, and leaves every trigger in place.
@Suite("Demo partnership in bulk")
struct DemoBulkTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25) ?? LocalDate(dayNumber: 0)

    func generate(bulk: Bool) throws -> AppDatabase {
        let database = try AppDatabase.inMemory()
        _ = try DemoPartnership.ensure(
            in: database,
            options: DemoOptions(
                partnerships: 2, years: 2, today: Self.today,
                longMeetingMinutes: 40, bulk: bulk))
        return database
    }

    /// Every row of `table` in rowid order, as text, without the columns stamped with the clock.
    func dump(_ table: String, _ database: AppDatabase) throws -> [String] {
        try database.reader.read { db in
            let columns = try Row.fetchAll(db, sql: "SELECT name, dflt_value FROM pragma_table_info(?)", arguments: [table])
                .filter { !(($0["dflt_value"] as String?) ?? "").contains("'now'") }.map { "\"\($0["name"] as String)\"" }
            return try Row.fetchAll(db, sql: "SELECT \(columns.joined(separator: ", ")) FROM \"\(table)\" ORDER BY rowid").map(\.description)
        }
    }

    func triggers(_ database: AppDatabase) throws -> [String] {
        try database.reader.read { try String.fetchAll($0, sql: "SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name") }
    }

    @Test("the records and the search index are those the triggers give row by row")
    func sameData() throws {
        let rowByRow = try generate(bulk: false)
        let bulk = try generate(bulk: true)
        for table in DemoBulk.tables {
            #expect(try dump(table, bulk) == dump(table, rowByRow), "\(table) differs")
        }
        let search = "SELECT rowid, title, text, kind, sourceId, meetingId, part, published, number FROM search_fts ORDER BY rowid"
        let indexed = { (database: AppDatabase) in try database.reader.read { try Row.fetchAll($0, sql: search).map(\.description) } }
        #expect(try indexed(bulk) == indexed(rowByRow))
        #expect(try dump("searchEntry", bulk) == dump("searchEntry", rowByRow))
        #expect(try dump("searchEntry", bulk).count == indexed(bulk).count)
        #expect(try indexed(bulk).count > 1000)
        let match = "SELECT count(*) FROM search_fts WHERE search_fts MATCH 'patrols OR burglary'"
        #expect(try bulk.reader.read { try Int.fetchOne($0, sql: match) } == rowByRow.reader.read { try Int.fetchOne($0, sql: match) })
        #expect(try triggers(bulk) == triggers(rowByRow))
    }

    @Test("one audit row per partnership, by the demo generator, counting what it wrote; the data version moves")
    func oneAuditRowPerPartnership() throws {
        let database = try generate(bulk: true)
        try database.reader.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id")
            #expect(rows.count == 2)
            #expect(rows.allSatisfy { $0["actor"] == "demo-generator" && $0["tableName"] == "partnership" && $0["operation"] == "insert" })
            #expect(rows.map { $0["rowId"] as Int64 } == (try Int64.fetchAll(db, sql: "SELECT id FROM partnership ORDER BY id")))
            let meetings = try Int.fetchOne(
                db,
                sql: """
                    SELECT sum(json_extract(after, '$.rows.meeting')) FROM audit
                    """)
            #expect(meetings == (try Int.fetchOne(db, sql: "SELECT count(*) FROM meeting")))
            #expect((rows.first?["after"] as String?)?.contains("written in bulk") == true)
            #expect(try Int64.fetchOne(db, sql: "SELECT version FROM dataVersion") ?? 0 >= 2)
        }
        // Writes after the generation are audited row by row again.
        try database.writeSync(as: .system) { db in
            try db.execute(sql: "UPDATE partnership SET name = name || ' (renamed)' WHERE id = 1")
        }
        #expect(try database.reader.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM audit") } == 3)
    }
}
