import GRDB
import MinutebookStore

extension AppDatabase {
    /// Writes `world` into this SQLite store in one audited transaction (the SQLite backend's fixture hook).
    public func plant(_ world: TestWorld, as actor: Actor = .system) throws {
        try writeSync(as: actor) { db in try db.execute(sql: world.sql) }
    }
}
