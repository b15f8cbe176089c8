import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTools

/// `minutebook agenda ...`: schedule a meeting (drafting its agenda), show, edit and attach reports.
struct AgendaCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "Schedule meetings and edit their agendas.",
        subcommands: [Schedule.self, Show.self, Add.self, Attach.self, Move.self, Remove.self])

    /// The meeting named by --body and --date.
    struct MeetingOptions: ParsableArguments {
        @Option(help: "The body, by name or slug.")
        var body: String

        @Option(help: "The meeting date, YYYY-MM-DD.")
        var date: String

        func meetingID(_ database: AppDatabase) async throws -> Int64 {
            try await GRDBPackRepository(database: database).meetingID(body: body, date: try CLIDates.parse(date, option: "--date"))
        }
    }

    static func editor(_ command: String) -> Editor { .tool(Actor.cli("agenda \(command)").name) }

    static func printAgenda(_ database: AppDatabase, meetingID: Int64) async throws {
        guard let agenda = try await GRDBAgendaRepository(database: database).agenda(of: meetingID, audience: .system) else { return }
        print("\(agenda.body.name), \(agenda.meeting.date.longWithWeekday)")
        for entry in agenda.entries {
            let indent = entry.level > 0 ? "  " : ""
            var line = "\(indent)\(entry.item.number ?? "")\t\(entry.item.title)"
            if entry.item.part == .two { line += " [Part 2: \(entry.item.exemptReason ?? "")]" }
            if entry.isSupplementary { line += " [supplementary]" }
            if let ref = entry.item.reportReference { line += " (\(ref))" }
            if let report = entry.latestReport { line += " — \(report.filename) v\(report.version)" }
            print(line)
        }
    }

    /// The item numbered `number` ("5", "15a") on the meeting.
    static func itemID(_ database: AppDatabase, meetingID: Int64, number: String) async throws -> Int64 {
        guard let agenda = try await GRDBAgendaRepository(database: database).agenda(of: meetingID, audience: .system),
            let entry = agenda.entries.first(where: { $0.item.number == number })
        else {
            throw DomainError.notFound("the agenda has no item \(number)")
        }
        return entry.id
    }

    struct Schedule: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Schedule a meeting and draft its agenda; prints the agenda.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var meeting: MeetingOptions
        @Option(help: "Start time, HH:MM.") var time: String?
        @Option(help: "Venue.") var venue: String?
        @Option(help: "Link for members attending virtually.") var virtualLink: String?

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let date = try CLIDates.parse(meeting.date, option: "--date")
            let start = try time.map { text -> LocalTime in
                guard let t = LocalTime(hhmm: text) else { throw DomainError.invalid("--time \(text) is not a time of the form HH:MM") }
                return t
            }
            guard let bodyID = try await GRDBBodyRepository(database: database).body(slugOrName: meeting.body, partnership: nil)?.id else {
                throw DomainError.notFound("no body called '\(meeting.body)'")
            }
            let created = try await GRDBAgendaRepository(database: database).scheduleMeeting(
                MeetingSchedule(bodyID: bodyID, date: date, start: start, venue: venue, virtualLink: virtualLink),
                by: AgendaCommand.editor("schedule"))
            try await AgendaCommand.printAgenda(database, meetingID: created.id)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a meeting's agenda (with Part 2) and its deadlines.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var meeting: MeetingOptions

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            try await AgendaCommand.printAgenda(database, meetingID: try await meeting.meetingID(database))
            let deadlines = MeetingDeadlines(meeting: try CLIDates.parse(meeting.date, option: "--date"))
            print("Reports due: \(deadlines.reports.longWithWeekday)")
            print("Publish by: \(deadlines.publication.longWithWeekday)")
            print("Questions by: \(deadlines.questions.longWithWeekday)")
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an item; prints its number.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var meeting: MeetingOptions
        @Option(help: "The item's title.") var title: String
        @Flag(help: "A lettered sub-item of the item before it (15a).") var sub = false
        @Option(help: "1 (public) or 2 (exempt).") var part = 1
        @Option(help: "Why a Part 2 item is exempt.") var exemptReason: String?
        @Option(help: "Lead officer.") var lead: String?
        @Option(help: "Report reference number, e.g. CSD18054.") var reference: String?
        @Flag(help: "Give the item the next report reference of the partnership's pattern.") var autoReference = false
        @Option(help: "Position on the agenda (1-based); default: end of Part 1.") var position: Int?
        @Option(help: "Text printed under the item.") var description: String?

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            guard let agendaPart = AgendaPart(rawValue: part) else { throw DomainError.invalid("--part must be 1 or 2") }
            let agendas = GRDBAgendaRepository(database: database)
            let meetingID = try await meeting.meetingID(database)
            var ref = reference
            if autoReference {
                guard let next = try await agendas.nextReportReference(for: meetingID) else {
                    throw DomainError.invalid("the partnership has no report reference pattern")
                }
                ref = next
            }
            let id = try await agendas.addItem(
                NewAgendaItem(
                    title: title, level: sub ? 1 : 0, description: description, part: agendaPart,
                    exemptReason: exemptReason, leadOfficer: lead, reportReference: ref,
                    expectsReport: true),
                to: meetingID, at: position, by: AgendaCommand.editor("add"))
            let agenda = try await agendas.agenda(of: meetingID, audience: .system)
            print(agenda?.entries.first { $0.id == id }?.item.number ?? "")
        }
    }

    struct Attach: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Attach a report (PDF, DOCX, HTML, Markdown) to an item as its next version.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var meeting: MeetingOptions
        @Option(help: "The item number, e.g. 6 or 15c.") var item: String
        @Option(help: "The report file.") var file: String
        @Option(help: "The report's title (default: the file name).") var title: String?

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let url = URL(fileURLWithPath: file)
            guard let data = FileManager.default.contents(atPath: url.path) else { throw DomainError.notFound("cannot read \(file)") }
            let bytes = [UInt8](data)
            let check = UploadCheck(tools: try PackTools.locate())
            let accepted: UploadCheck.Accepted
            do {
                accepted = try check.check(filename: url.lastPathComponent, content: bytes, scratch: FileManager.default.temporaryDirectory)
            } catch let refusal as UploadCheck.Refusal {
                throw DomainError.invalid("report refused: \(refusal.reason)")
            }
            if let warning = accepted.warning { FileHandle.standardError.write(Data("Warning: \(warning)\n".utf8)) }
            let meetingID = try await meeting.meetingID(database)
            let itemID = try await AgendaCommand.itemID(database, meetingID: meetingID, number: item)
            let version = try await GRDBAgendaRepository(database: database).attachReport(
                ReportUpload(
                    title: title ?? url.deletingPathExtension().lastPathComponent, filename: url.lastPathComponent,
                    format: accepted.format, content: bytes, sha256: SHA256Hex.digest(bytes)),
                to: itemID, by: AgendaCommand.editor("attach"))
            print("item \(item): \(version.filename) version \(version.version)")
        }
    }

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move an item to another position and renumber.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var meeting: MeetingOptions
        @Option(help: "The item number.") var item: String
        @Option(help: "The new position (1-based).") var to: Int

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let meetingID = try await meeting.meetingID(database)
            try await GRDBAgendaRepository(database: database).moveItem(
                try await AgendaCommand.itemID(database, meetingID: meetingID, number: item), to: to, by: AgendaCommand.editor("move"))
            try await AgendaCommand.printAgenda(database, meetingID: meetingID)
        }
    }

    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an item and renumber.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var meeting: MeetingOptions
        @Option(help: "The item number.") var item: String

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let meetingID = try await meeting.meetingID(database)
            try await GRDBAgendaRepository(database: database).removeItem(
                try await AgendaCommand.itemID(database, meetingID: meetingID, number: item), by: AgendaCommand.editor("remove"))
            try await AgendaCommand.printAgenda(database, meetingID: meetingID)
        }
    }
}
