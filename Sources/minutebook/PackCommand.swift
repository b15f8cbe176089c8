import ArgumentParser
import Foundation
import MinutebookCore
import MinutebookStore
import MinutebookWeb

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

    @Flag(help: "Record the issue: store the public pack on the meeting page and mark the agenda published.")
    var recordIssue = false

    func run() async throws {
        let meetingDate = try CLIDates.parse(date, option: "--date")
        let issued = try issueDate.map { try CLIDates.parse($0, option: "--issue-date") } ?? CLIDates.today()
        let database = try global.openDatabase(mustExist: true)
        let packs = GRDBPackRepository(database: database)
        let agendas = GRDBAgendaRepository(database: database)
        let meetingID = try await packs.meetingID(body: body, date: meetingDate)
        let builder = PackBuilder(tools: try PackTools.locate(), packs: packs, agendas: agendas)
        let output = URL(fileURLWithPath: out)
        let edition: PackEdition = members ? .members : .public
        let source = try await packs.packSource(meetingID: meetingID, edition: edition, issueDate: issued)
        var extra = try await PackExtras.mattersArising(for: source.agenda, edition: edition, database: database)
        extra.merge(try await PackExtras.performance(for: source.agenda, edition: edition, database: database)) { first, _ in first }
        let result = try await builder.build(meetingID: meetingID, edition: edition, issueDate: issued, output: output,
                                             extraReports: extra)
        for (item, reason) in result.missing {
            FileHandle.standardError.write(Data("Warning: item \(item): report not included: \(reason)\n".utf8))
        }
        for warning in result.warnings { FileHandle.standardError.write(Data("Warning: \(warning)\n".utf8)) }
        if recordIssue {
            guard edition == .public else {
                throw DomainError.invalid("--record-issue stores the public pack: build it without --members")
            }
            try await agendas.recordIssue(of: meetingID, on: issued, publicPack: [UInt8](try Data(contentsOf: output)),
                                          accessibleHTML: [UInt8](try Data(contentsOf: result.htmlURL)), by: .tool(Actor.cli("pack").name))
        }
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
