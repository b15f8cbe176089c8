import ArgumentParser
import Foundation
import Logging
import MinutebookCore
import MinutebookStore

/// Options every command of both programs (`minutebook`, `minutebook-bench`) takes.
public struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: """
            The store: a SQLite file (a path or sqlite:PATH) or a PostgreSQL database (postgres://user@host/db); \
            default: $MINUTEBOOK_DATABASE or ./minutebook.sqlite.
            """)
    public var database: String?

    @Flag(name: .long, help: "Log debug detail to stderr.")
    public var verbose = false

    public init() {}

    /// What `--database` (or MINUTEBOOK_DATABASE) names, as given.
    public var databaseArgument: String {
        database ?? ProcessInfo.processInfo.environment["MINUTEBOOK_DATABASE"] ?? "minutebook.sqlite"
    }

    /// The store the command works on.
    public var store: StoreLocation { StoreLocation(databaseArgument) }

    /// The SQLite file, for the commands that run on SQLite only: a PostgreSQL URL is refused in one line
    /// naming the store, never taken for a file name.
    public var databasePath: String {
        get throws {
            switch store {
            case .sqlite(let path): return path
            case .postgres(let url): throw StoreLocation.notYetOnPostgres(url)
            }
        }
    }

    /// Opens the SQLite database, creating and migrating it. `mustExist` refuses a path with no file, so a
    /// mistyped path is an error rather than a new empty database. A PostgreSQL URL is refused in one line
    /// naming the store: these commands do not run on PostgreSQL yet, and never fall back to a SQLite file.
    public func openDatabase(mustExist: Bool = false) throws -> AppDatabase {
        let path = try databasePath
        if mustExist && !FileManager.default.fileExists(atPath: path) {
            throw DomainError.notFound("no database at \(path): run `minutebook migrate --database \(path)` first")
        }
        return try AppDatabase(path: path)
    }

    public func makeLogger(_ label: String = "minutebook") -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = verbose ? .debug : .info
        return logger
    }
}

/// Errors are `DomainError`s: argument-parser prints them as one `Error: …` line (no usage text, which
/// is for wrong arguments) and exits 1.
extension DomainError: LocalizedError {
    public var errorDescription: String? { message }
}
