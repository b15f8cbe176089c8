import ArgumentParser
import Foundation
import Logging
import MinutebookCore
import MinutebookStore

/// Options every command of both programs (`minutebook`, `minutebook-bench`) takes.
public struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (default: $MINUTEBOOK_DATABASE or ./minutebook.sqlite).")
    public var database: String?

    @Flag(name: .long, help: "Log debug detail to stderr.")
    public var verbose = false

    public init() {}

    public var databasePath: String {
        database ?? ProcessInfo.processInfo.environment["MINUTEBOOK_DATABASE"] ?? "minutebook.sqlite"
    }

    /// Opens the database, creating and migrating it. `mustExist` refuses a path with no file, so a
    /// mistyped path is an error rather than a new empty database.
    public func openDatabase(mustExist: Bool = false) throws -> AppDatabase {
        let path = databasePath
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
