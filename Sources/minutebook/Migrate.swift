import ArgumentParser
import MinutebookCommandLine
import MinutebookCore
import MinutebookPostgres
import MinutebookStore

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create or upgrade the database (a SQLite file, or a PostgreSQL database by its postgres:// URL).")

    @OptionGroup var global: GlobalOptions

    func run() async throws {
        switch global.store {
        case .sqlite:
            _ = try global.openDatabase()
        case .postgres(let url):
            let location: PostgresLocation
            do {
                location = try PostgresLocation(url: url)
            } catch {
                throw DomainError.invalid(error.message)
            }
            // The pool logs its retries of a failing server; the one-line error says what went wrong.
            var logger = global.makeLogger("minutebook.postgres")
            if !global.verbose { logger.logLevel = .critical }
            let store = PostgresStore(location: location, logger: logger)
            do {
                try await store.checkReachable()
                let applied = try await store.migrate()
                await store.close()
                print(
                    applied.isEmpty
                        ? "The PostgreSQL store \(location) is up to date."
                        : "Migrated the PostgreSQL store \(location): \(applied.joined(separator: ", ")).")
            } catch {
                await store.close()
                throw DomainError.invalid("cannot migrate the PostgreSQL store \(location): \(PostgresErrorText.oneLine(error))")
            }
        }
    }
}
