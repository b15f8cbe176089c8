import ArgumentParser
import Foundation
import Hummingbird
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore
import MinutebookWeb

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create (or reuse) the invented demo partnership, then serve it.",
        discussion: """
            The demo is deterministic: the same --seed, sizes and --today give the same data. \
            --partnerships and --years make larger databases for benchmarks.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Create the demo data and exit without serving.")
    var noServe = false

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 8080

    @Option(help: "How many partnerships to invent (the first is Riverside).")
    var partnerships = 1

    @Option(help: "How many municipal years of meetings, ending with the current one.")
    var years = 3

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 1998

    @Option(
        help:
            "Give the first partnership's board one approved meeting (an annual review) of this many minutes: the page `minutebook-bench http` measures."
    )
    var longMeeting = 0

    @Flag(help: "Write each partnership in bulk: one audit row per partnership saying so, instead of one per row (large databases for benchmarks).")
    var bulk = false

    @Option(help: "Treat this date (YYYY-MM-DD) as today: earlier meetings are held, later ones scheduled.")
    var today: String?

    func run() async throws {
        let day: LocalDate
        if let today {
            guard let parsed = LocalDate(iso: today) else {
                throw DomainError.invalid("'\(today)' is not a date: write it as YYYY-MM-DD")
            }
            day = parsed
        } else {
            day = Self.todayInLondon()
        }
        let options = DemoOptions(
            partnerships: partnerships, years: years, seed: seed, today: day, longMeetingMinutes: longMeeting,
            bulk: bulk)
        // Check the sizes before creating a database file.
        guard (1...10_000).contains(partnerships), (1...60).contains(years) else {
            throw DomainError.invalid("--partnerships must be 1 to 10000 and --years 1 to 60")
        }
        guard (0...500).contains(longMeeting) else { throw DomainError.invalid("--long-meeting must be 0 to 500 minutes") }
        if !noServe { try CLIChecks.listenable(host: host, port: port) }
        let (summary, accounts) = try await build(options)
        let database = try global.openDatabase(mustExist: true)
        let logger = global.makeLogger()
        let path = try global.databasePath
        print(
            summary.reused
                ? "Reusing the demo data in \(path): \(summary.partnerships) partnerships, \(summary.meetings) meetings."
                : "Created the demo data in \(path): \(summary.partnerships) partnerships, \(summary.bodies) bodies, "
                    + "\(summary.people) people, \(summary.meetings) meetings, \(summary.minutes) minutes, \(summary.actions) actions.")
        for line in accounts { print(line) }
        guard !noServe else { return }
        let configuration = AppConfiguration(host: host, port: port, metricsRegistry: MetricsBootstrap.registry())
        let app = buildApplication(configuration: configuration, database: database, logger: logger)
        print("Serving the demo at http://\(host):\(port)/ (Ctrl-C stops it)")
        // The URL and login must show before the server runs, even when stdout is a pipe or a file.
        fflush(nil)
        try await app.runService()
    }

    /// The demo data and its accounts, never left half-built where the next run would serve it: a new
    /// demo is written to `<database>.partial` and renamed once every partnership and the accounts are
    /// in (a run stopped part-way leaves only the scratch file, which the next run starts again);
    /// an existing file is filled in place, and one whose demo was not finished (no accounts, which
    /// are written last) is refused with what to do.
    func build(_ options: DemoOptions) async throws -> (DemoSummary, [String]) {
        let path = try global.databasePath
        let fm = FileManager.default
        let progress = { (line: String) in FileHandle.standardError.write(Data((line + "\n").utf8)) }
        guard !fm.fileExists(atPath: path) else {
            let database = try global.openDatabase(mustExist: true)
            let summary = try DemoPartnership.ensure(in: database, options: options, progress: progress)
            if summary.reused, try await !DemoAccounts.exist(in: database) {
                throw DomainError.invalid(
                    "\(path) holds a demo that was not finished (it has no sign-in accounts): "
                        + "delete it and run the demo again")
            }
            return (summary, try await DemoAccounts.ensure(in: database, today: options.today))
        }
        let partial = path + ".partial"
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: partial + suffix) }
        let database = try AppDatabase(path: partial)
        let summary = try DemoPartnership.ensure(in: database, options: options, progress: progress)
        let accounts = try await DemoAccounts.ensure(in: database, today: options.today)
        try database.close()
        do { try fm.moveItem(atPath: partial, toPath: path) } catch {
            throw DomainError.invalid("cannot move the finished demo from \(partial) to \(path): \(error.localizedDescription)")
        }
        return (summary, accounts)
    }

    /// Today's date in the United Kingdom, where the partnerships meet.
    static func todayInLondon() -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }
}
