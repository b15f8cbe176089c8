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
            try Self.prepare(db)
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

    /// Closes every connection, the write-ahead log checkpointed into the file: the file can then be
    /// moved (the demo is built in a scratch file and renamed once whole).
    public func close() throws {
        try writer.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        try writer.close()
    }

    /// An in-memory database, for tests and dry runs.
    public static func inMemory() throws -> AppDatabase {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in try prepare(db) }
        return try AppDatabase(DatabaseQueue(configuration: config))
    }

    /// Every connection: the row a `REPLACE` removes passes the DELETE triggers (the approved-minutes
    /// lock refuses it, and the audit records it), as a plain DELETE does.
    static func prepare(_ db: Database) throws {
        try db.execute(sql: "PRAGMA recursive_triggers = ON")
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
    /// The actor is set at the start of the transaction and cleared before it commits (a failed
    /// transaction rolls both back), so a write outside `write(as:)` is audited as
    /// `Audit.noActor`, never as whoever wrote last. A refusal by the schema's rules (a trigger)
    /// becomes a `DomainError.conflict` with the rule's own words.
    public func write<T: Sendable>(as actor: Actor, _ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await writer.write { db in try Audit.run(as: actor, db) { try updates(db) } }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER {
            throw DomainError.conflict(error.message ?? "the change breaks a rule of the record")
        }
    }

    /// The synchronous twin of `write(as:)`, for the CLI and generators (never on request paths).
    public func writeSync<T>(as actor: Actor, _ updates: (Database) throws -> T) throws -> T {
        do {
            return try writer.write { db in try Audit.run(as: actor, db) { try updates(db) } }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER {
            throw DomainError.conflict(error.message ?? "the change breaks a rule of the record")
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

    public static func user(id: Int64, email: String) -> Actor { Actor(Editor.user(id: id, email: email).auditName) }
    public static let system = Actor("system")
    public static let demo = Actor("demo-generator")
    public static func cli(_ command: String) -> Actor {
        Actor("cli:\(command):\(osUser(ProcessInfo.processInfo.environment))")
    }

    /// The operating-system account running the CLI: `$USER`, else `$LOGNAME`, else the account
    /// name of the process's user id, else that id ("uid:1000"), so the audit always names someone.
    static func osUser(_ environment: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty { return name }
        }
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name, let text = String(validatingCString: name), !text.isEmpty {
            return text
        }
        return "uid:\(uid)"
    }
    public static func importer(file: String) -> Actor { Actor("import:\(file)") }
    public static func magicLink(personID: Int64) -> Actor { Actor("magic-link:person:\(personID)") }

    public var description: String { name }
}
