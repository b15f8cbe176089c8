import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

/// `minutebook migrate-from moderngov URL --committee ID|NAME`: a committee's archive from a ModernGov site.
struct MigrateFromCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate-from",
        abstract: "Bring a committee's archive from another system into Minutebook.",
        subcommands: [ModernGovSource.self])

    struct ModernGovSource: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "moderngov",
            abstract: "Bring a committee's meetings, attendance, items, minutes and reports from a ModernGov site.",
            discussion: """
                Reads the site's web service (mgWebService.asmx) or, where it is switched off, its public pages; \
                downloads each meeting's minutes and reads them with the importer (the site's attendance, item \
                numbers, titles, Part 2 flags, dates and venues win; a warning names both where they disagree); \
                attaches the other documents of Part 1 items as reports, their text searchable. Documents the site \
                restricts are never fetched. One request at a time, with --delay seconds between requests, \
                retried with growing pauses on server errors and timeouts. Each meeting is written in one \
                transaction; a state file (--state) remembers finished meetings, so a stopped run, started again, \
                continues where it stopped and never stores a meeting twice.
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The site's address, e.g. https://democracy.example.gov.uk")
        var url: String

        @Option(help: "The committee: its id on the site or its name.")
        var committee: String

        @Option(help: "First meeting date to bring, YYYY-MM-DD.")
        var from: String?

        @Option(help: "Last meeting date to bring, YYYY-MM-DD (default: every meeting listed).")
        var to: String?

        @Option(help: "The partnership (name or slug) the committee belongs to; default: the only one, or one named after the committee.")
        var partnership: String?

        @Option(help: "The state file (default: beside the database, named after the site and committee).")
        var state: String?

        @Option(help: "Seconds to wait between requests to the site.")
        var delay: Double = 1.0

        @Option(help: "Seconds to wait for an answer before retrying.")
        var timeout: Double = 30

        @Option(help: "Retries of a request that failed with a server error or timed out.")
        var retries: Int = 3

        @Option(help: "Seconds before the first retry; each further retry waits twice as long.")
        var backoff: Double = 2.0

        func validate() throws {
            if delay < 0 || retries < 0 || backoff < 0 {
                throw ValidationError("--delay, --retries and --backoff must not be negative")
            }
            if timeout < 1 { throw ValidationError("--timeout must be at least 1 second") }
        }

        func run() async throws {
            let from = try from.map { try CLIDates.parse($0, option: "--from") }
            let to = try to.map { try CLIDates.parse($0, option: "--to") }
            if let from, let to, from > to { throw DomainError.invalid("--from \(from.iso) is after --to \(to.iso)") }
            let database = try global.openDatabase()
            let fetcher = PoliteFetcher(settings: .init(delay: delay, timeout: timeout, attempts: retries + 1, backoff: backoff))
            let client = try ModernGovClient(site: url, fetcher: fetcher)
            let databasePath = try global.databasePath
            let stateURL =
                state.map { URL(fileURLWithPath: $0) }
                ?? ModernGovMigration.defaultState(database: databasePath, site: client.site, committee: committee)
            print("Migrating from \(client.site) (state: \(stateURL.path))")
            let bar = ProgressLine()
            let counts = try await ModernGovMigration(client: client, database: database).run(
                .init(committee: committee, from: from, to: to, partnership: partnership, state: stateURL)
            ) { event in
                bar.show(event)
            }
            bar.finish()
            for (label, value) in counts.summary { print("\(label): \(value)") }
        }
    }
}

/// The progress bar on stderr, and warnings and notes above it.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var drawn = false

    func show(_ event: ModernGovMigration.Event) {
        lock.lock()
        defer { lock.unlock() }
        switch event {
        case .started(let committee, let meetings):
            write("\(committee): \(meetings) meetings in the range\n")
        case .meeting(let index, let total, let date, let outcome):
            let width = 30
            let filled = index * width / max(total, 1)
            let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            write("\r[\(bar)] \(index)/\(total) \(date.iso) \(outcome)\u{1B}[K")
            drawn = true
        case .warning(let text):
            clear()
            write("warning: \(text)\n")
        case .note(let text):
            clear()
            write("note: \(text)\n")
        }
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { write("\n") }
        drawn = false
    }

    private func clear() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}
