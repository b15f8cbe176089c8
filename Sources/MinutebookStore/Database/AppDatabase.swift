import Foundation
import GRDB
import MinutebookCore

/// The embedded SQLite database: one writer, concurrent readers (WAL), foreign keys on, one migrator.
///
/// Repositories wrap it and use its async `read`/`write` so request handlers never block the
/// concurrency pool. Every write names its actor, and triggers write the audit row in the same
/// transaction (see `Audit`).
public final class AppDatabase: Sendable {
    public let writer: any DatabaseWriter
    private let watch = DataVersionWatch()

    /// Opens (creating if needed) and migrates the database at `path`.
    public convenience init(path: String) throws {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Statement journals (every INSERT whose triggers write audit and search rows keeps one) and
            // temporary sort tables stay in memory: on disk they cost a pwrite per page touched.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw DomainError.invalid("\(path) is not a Minutebook database (not an SQLite file)")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CANTOPEN {
            throw DomainError.invalid("cannot open database \(path): check that its folder exists and is writable")
        }
        try self.init(pool)
    }

    /// An in-memory database, for tests and dry runs.
    public static func inMemory() throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        return try AppDatabase(DatabaseQueue(configuration: config))
    }

    public init(_ writer: any DatabaseWriter) throws {
        self.writer = writer
        do {
            try Self.migrator.migrate(writer)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB {
            throw DomainError.invalid("\(writer.path) is not a Minutebook database (not an SQLite file)")
        }
        writer.add(transactionObserver: watch, extent: .observerLifetime)
    }

    public var reader: any DatabaseReader { writer }

    /// Reads without blocking the caller's thread.
    public func read<T: Sendable>(_ value: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.read(value)
    }

    /// Writes one transaction as `actor`; the audit triggers record the actor on every row changed.
    public func write<T: Sendable>(as actor: Actor, _ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writer.write { db in
            try Audit.setActor(actor, in: db)
            return try updates(db)
        }
    }

    /// The synchronous twin of `write(as:)`, for the CLI and generators (never on request paths).
    public func writeSync<T>(as actor: Actor, _ updates: (Database) throws -> T) throws -> T {
        try writer.write { db in
            try Audit.setActor(actor, in: db)
            return try updates(db)
        }
    }

    /// The data version: bumped by every write, so caches of rendered public pages can key on it.
    public func dataVersion() async throws -> Int64 {
        try await read { db in try Int64.fetchOne(cached: db, sql: "SELECT version FROM dataVersion") ?? 0 }
    }

    /// How many commits of this process have moved the data version so far: unchanged means no
    /// write of this process since, without a database read (other processes' writes are not counted).
    public var localDataCommits: Int64 { watch.commits }
}

/// Who makes a change, written into every audit row.
public struct Actor: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }

    public static func user(id: Int64, email: String) -> Actor { Actor("user:\(id):\(email)") }
    public static let system = Actor("system")
    public static let demo = Actor("demo-generator")
    public static func cli(_ command: String) -> Actor {
        let who = ProcessInfo.processInfo.environment["USER"] ?? "unknown"
        return Actor("cli:\(command):\(who)")
    }
    public static func importer(file: String) -> Actor { Actor("import:\(file)") }
    public static func magicLink(personID: Int64) -> Actor { Actor("magic-link:person:\(personID)") }

    public var description: String { name }
}
