import ArgumentParser
import Foundation
import Logging
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

struct PackCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pack",
        abstract: "Build a meeting's agenda pack (public: Part 1 only; --members: with Part 2) and print its page count.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The body, by name or slug.")
    var body: String

    @Option(help: "The meeting date, YYYY-MM-DD.")
    var date: String

    @Option(help: "Where to write the PDF; the accessible HTML version is written beside it (.html).")
    var out: String

    @Flag(help: "Build the members' pack, with the Part 2 (exempt) items.")
    var members = false

    @Option(help: "The date of issue printed on the cover (default: today).")
    var issueDate: String?

    @Flag(
        help: """
            Issue the pack: build the public and the members' pack, store both with the issue record (the public one \
            on the meeting page), mark the agenda published, and email the members a link when mail is configured.
            """)
    var recordIssue = false

    @OptionGroup var mail: MailOptions

    func run() async throws {
        let meetingDate = try CLIDates.parse(date, option: "--date")
        let issued = try issueDate.map { try CLIDates.parse($0, option: "--issue-date") } ?? CLIDates.today()
        let output = try CLIChecks.outputFile(out, option: "--out")
        let database = try global.openDatabase(mustExist: true)
        let packs = GRDBPackRepository(database: database)
        let agendas = GRDBAgendaRepository(database: database)
        let meetingID = try await packs.meetingID(body: body, date: meetingDate)
        if recordIssue {
            guard !members else {
                throw DomainError.invalid("--record-issue builds and stores both packs: leave out --members")
            }
            try await issue(meetingID: meetingID, on: issued, database: database, output: output)
            return
        }
        let builder = PackBuilder(tools: try PackTools.locate(), packs: packs, agendas: agendas)
        let edition: PackEdition = members ? .members : .public
        let source = try await packs.packSource(meetingID: meetingID, edition: edition, issueDate: issued)
        let extra = try await PackExtras.fragments(for: source.agenda, edition: edition, repositories: .sqlite(database))
        let result = try await builder.build(
            meetingID: meetingID, edition: edition, issueDate: issued, output: output,
            extraReports: extra, audience: .system)
        Self.warn(about: result)
        print(result.pageCount)
    }

    /// The reports left out of the pack and the builder's warnings, one line each on stderr.
    static func warn(about result: PackBuilder.Result) {
        for (item, reason) in result.missing {
            FileHandle.standardError.write(Data("Warning: item \(item): report not included: \(reason)\n".utf8))
        }
        for warning in result.warnings { FileHandle.standardError.write(Data("Warning: \(warning)\n".utf8)) }
    }

    /// Issues the pack through the same path as the web's issue action, then writes the public pack
    /// as issued to --out (and its accessible HTML beside it).
    func issue(meetingID: Int64, on date: LocalDate, database: AppDatabase, output: URL) async throws {
        let settings = try mail.settings()
        let address = try await GRDBPackRepository(database: database).meetingAddress(meetingID: meetingID)
        let issued = try await PackIssuer(repositories: .sqlite(database), mail: settings)
            .issue(
                meetingID: meetingID, meetingPath: address.path, on: date, stem: address.stem,
                by: .tool(Actor.cli("pack").name), audience: .system, logger: Logger(label: "minutebook.pack"))
        try Data(issued.publicPack.files.pdf).write(to: output)
        try Data(issued.publicPack.files.html).write(to: output.deletingPathExtension().appendingPathExtension("html"))
        let result = issued.publicPack.result
        Self.warn(about: result)
        var line = "Issued version \(issued.issue.version); emailed to \(issued.issue.emailed) member(s)."
        if let note = issued.issue.mailNote { line += " " + note }
        FileHandle.standardError.write(Data((line + "\n").utf8))
        print(result.pageCount)
    }
}

/// Dates as the CLI takes them.
enum CLIDates {
    static func parse(_ text: String, option: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text) else {
            throw DomainError.invalid("\(option) \(text) is not a date of the form YYYY-MM-DD")
        }
        return date
    }

    /// Today in the UK (Europe/London).
    static func today() -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(dayNumber: 0)
    }
}
