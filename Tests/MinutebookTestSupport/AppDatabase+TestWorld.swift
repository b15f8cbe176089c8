import GRDB
import MinutebookStore

extension AppDatabase {
    /// Writes `world` into this SQLite store in one audited transaction (the SQLite backend's fixture hook).
    public func plant(_ world: TestWorld, as actor: Actor = .system) throws {
        try writeSync(as: actor) { db in try db.execute(sql: world.sql) }
    }

    /// A world going on from this store's records: its new ids follow the last of each table here.
    public func world() throws -> TestWorld {
        let lastIDs = try reader.read { db in
            try TestWorld.numberedTables.reduce(into: [String: Int64]()) { ids, table in
                ids[table] = try Int64.fetchOne(db, sql: "SELECT max(id) FROM \"\(table)\"") ?? 0
            }
        }
        return TestWorld(after: lastIDs)
    }
}
