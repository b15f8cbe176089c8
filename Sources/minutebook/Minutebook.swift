import ArgumentParser
import Foundation
import Logging
import MinutebookCore
import MinutebookStore

@main
struct Minutebook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutebook",
        abstract: "Governance for multi-agency partnership boards: meetings, minutes, actions, packs, the public record.",
        subcommands: [Migrate.self, Serve.self, Import.self, Export.self, Demo.self, PerformanceCommand.self, UserCommand.self,
                      MattersArisingCommand.self, PackCommand.self, AgendaCommand.self, Bench.self, ActionsCommand.self,
                      TokenCommand.self, ForwardPlanCommand.self, SeatCommand.self, MigrateFromCommand.self, PartnershipCommand.self,
                      BodyCommand.self, PersonCommand.self, OrganisationCommand.self, MeetingCommand.self,
                      MinutesCommand.self]
    )
}

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The SQLite database file (default: $MINUTEBOOK_DATABASE or ./minutebook.sqlite).")
    var database: String?

    @Flag(name: .long, help: "Log debug detail to stderr.")
    var verbose = false

    var databasePath: String {
        database ?? ProcessInfo.processInfo.environment["MINUTEBOOK_DATABASE"] ?? "minutebook.sqlite"
    }

    /// Errors are `DomainError`s: argument-parser prints them as one `Error: …` line (no usage
    /// text, which is for wrong arguments) and exits 1.
    /// Opens the database, creating and migrating it. `mustExist` refuses a path with no file, so a
    /// mistyped path is an error rather than a new empty database.
    func openDatabase(mustExist: Bool = false) throws -> AppDatabase {
        let path = databasePath
        if mustExist && !FileManager.default.fileExists(atPath: path) {
            throw DomainError.notFound("no database at \(path): run `minutebook migrate --database \(path)` first")
        }
        return try AppDatabase(path: path)
    }

    func makeLogger(_ label: String = "minutebook") -> Logger {
        var logger = Logger(label: label)
        logger.logLevel = verbose ? .debug : .info
        return logger
    }
}

/// One clear line on stderr and a non-zero exit for a domain error, through argument-parser.
extension DomainError: LocalizedError {
    public var errorDescription: String? { message }
}
