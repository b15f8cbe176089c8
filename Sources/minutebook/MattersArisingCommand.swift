import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

struct MattersArisingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matters-arising",
        abstract: "Draft the Matters Arising report for a meeting (the saved or published one if there is one).")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The body, by name or slug.")
    var body: String

    @Option(help: "The meeting date, YYYY-MM-DD.")
    var date: String

    @Flag(help: "Print the report as JSON.")
    var json = false

    @Option(help: "Write the report as a Word document to this file.")
    var docx: String?

    func validate() throws {
        if json && docx != nil { throw ValidationError("choose one of --json and --docx") }
    }

    func run() async throws {
        guard let day = LocalDate(iso: date) else {
            throw DomainError.invalid("'\(date)' is not a date of the form YYYY-MM-DD")
        }
        let target = try docx.map { try CLIChecks.outputFile($0, option: "--docx") }
        let database = try global.openDatabase(mustExist: true)
        let repository = GRDBActionRepository(database: database)
        let matters = GRDBMattersArisingRepository(database: database)
        let found = try await repository.body(named: body)
        let report = try await matters.mattersArising(bodyID: found.id, date: day, audience: .system)
        if let docx, let target {
            let data = try MattersArisingDocument.docx(report)
            do {
                try data.write(to: target, options: .atomic)
            } catch {
                throw DomainError.invalid("cannot write \(docx): \(error.localizedDescription)")
            }
            print("wrote \(docx): \(report.entries.count) matters arising")
        } else if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(MattersArisingJSON(report)), as: UTF8.self))
        } else {
            print("Matters Arising – \(report.bodyName), \(report.date.long)")
            for entry in report.entries {
                print("")
                print(([entry.minuteLabel, entry.meetingDate?.long ?? "", entry.title].filter { !$0.isEmpty }).joined(separator: ", "))
                print("  Resolved: \(entry.resolved)")
                print("  Update:   \(entry.update)")
            }
            if report.entries.isEmpty { print("No matters arising.") }
        }
    }
}

/// The JSON shape of `docs/cli.md`.
struct MattersArisingJSON: Encodable {
    struct Entry: Encodable {
        var minute: String?
        var meetingDate: String?
        var title: String
        var resolved: String
        var owners: [String]
        var update: String
        var status: String

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(minute, forKey: .minute)
            try c.encode(meetingDate, forKey: .meetingDate)
            try c.encode(title, forKey: .title)
            try c.encode(resolved, forKey: .resolved)
            try c.encode(owners, forKey: .owners)
            try c.encode(update, forKey: .update)
            try c.encode(status, forKey: .status)
        }

        enum CodingKeys: String, CodingKey {
            case minute, title, resolved, owners, update, status
            case meetingDate = "meeting_date"
        }
    }

    var body: String
    var date: String
    var entries: [Entry]

    init(_ report: MattersArisingReport) {
        body = report.bodyName
        date = report.date.iso
        entries = report.entries.map {
            Entry(
                minute: $0.minute?.text, meetingDate: $0.meetingDate?.iso, title: $0.title, resolved: $0.resolved,
                owners: $0.owners, update: $0.update, status: $0.status.rawValue)
        }
    }

    enum CodingKeys: String, CodingKey { case body, date, entries }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(body, forKey: .body)
        try c.encode(date, forKey: .date)
        try c.encode(entries, forKey: .entries)
    }
}
