import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook export …`: the stored record in interchange formats. A command group, one
/// subcommand per format.
struct Export: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export meetings as meeting records (signed-in view, Part 2 included).",
        subcommands: [ExportMeeting.self, ExportMeetings.self, ExportOParl.self, ExportCSV.self]
    )

    /// Exports are the signed-in view of the whole instance: Part 2 and draft minutes included,
    /// Part 2 items marked `"part": 2`.
    static let audience = Audience.system

    static func encoder(pretty: Bool) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

struct ExportMeeting: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Print one meeting as a meeting record.")

    @OptionGroup var global: GlobalOptions

    @Option(help: "The body, by slug or name.")
    var body: String

    @Option(help: "The meeting date, YYYY-MM-DD.")
    var date: String

    @Option(help: "The partnership, by slug or name (when the body name is used by several).")
    var partnership: String?

    @Flag(help: "Print the meeting record as JSON (the contract of docs/meeting-record.md).")
    var json = false

    func run() async throws {
        guard let day = LocalDate(iso: date) else {
            throw DomainError.invalid("'\(date)' is not a date: write it as YYYY-MM-DD")
        }
        let database = try global.openDatabase(mustExist: true)
        let meetings = GRDBMeetingRepository(database: database)
        guard let meeting = try await meetings.meeting(bodySlugOrName: body, partnership: partnership, date: day),
            let detail = try await meetings.meetingDetail(id: meeting.id, audience: Export.audience)
        else {
            throw try await noMeeting(on: day, meetings: meetings, database: database)
        }
        let record = MeetingRecord(detail)
        if json {
            let data = try Export.encoder(pretty: true).encode(record)
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        } else {
            print(MeetingRecordText.render(record), terminator: "")
        }
    }

    /// "no meeting of X on D", with the body's nearest meeting dates to help.
    private func noMeeting(on day: LocalDate, meetings: GRDBMeetingRepository, database: AppDatabase) async throws -> DomainError {
        guard let found = try await GRDBBodyRepository(database: database).body(slugOrName: body, partnership: partnership) else {
            return DomainError.notFound("no body called '\(body)'")
        }
        let dates = try await meetings.meetingDates(of: found.id)
        let nearest = dates.sorted { abs($0.dayNumber - day.dayNumber) < abs($1.dayNumber - day.dayNumber) }.prefix(3).sorted()
        let hint = nearest.isEmpty ? "it has no meetings" : "nearest: " + nearest.map(\.iso).joined(separator: ", ")
        return DomainError.notFound("\(found.name) has no meeting on \(day.iso) (\(hint))")
    }
}

struct ExportMeetings: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings", abstract: "Print every meeting of every body, one meeting record per line (JSON Lines).")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "JSON Lines output (the only format; accepted for symmetry with `export meeting`).")
    var json = false

    func run() async throws {
        let database = try global.openDatabase(mustExist: true)
        let meetings = GRDBMeetingRepository(database: database)
        let encoder = Export.encoder(pretty: false)
        let out = FileHandle.standardOutput
        var buffer = Data()
        for id in try await meetings.allMeetingIDs() {
            guard let detail = try await meetings.meetingDetail(id: id, audience: Export.audience) else { continue }
            buffer.append(try encoder.encode(MeetingRecord(detail)))
            buffer.append(0x0A)
            if buffer.count > 1 << 20 {
                out.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        out.write(buffer)
    }
}

/// A plain-text reading of a meeting record, for people at a terminal.
enum MeetingRecordText {
    static func render(_ record: MeetingRecord) -> String {
        var out = "\(record.body)\n\(record.date.longWithWeekday)"
        if let start = record.start { out += ", \(start.hhmm)" + (record.end.map { "–\($0.hhmm)" } ?? "") }
        if let venue = record.venue { out += ", \(venue)" }
        out += "\n\n"
        for attendee in record.attendance {
            var line = "  \(attendee.status.label): \(attendee.name)"
            if let role = attendee.role { line += " (\(role))" }
            if let position = attendee.position { line += " — \(position.label)" }
            if let replaced = attendee.substituteFor { line += " for \(replaced)" }
            out += line + "\n"
        }
        for item in record.items {
            out += "\n\(item.number.map { "\($0) " } ?? "")\(item.title.uppercased())\(item.part == .two ? " [Part 2]" : "")\n"
            if !item.text.isEmpty { out += item.text + "\n" }
            for resolution in item.resolutions { out += "  Resolved: \(resolution)\n" }
            for action in item.actions {
                out +=
                    "  Action (\(action.owners.joined(separator: "/"))): \(action.text)"
                    + (action.status.map { " [\($0.label)]" } ?? "") + "\n"
            }
            for note in item.postMeetingNotes { out += "  Post-meeting note: \(note)\n" }
        }
        if let next = record.nextMeeting { out += "\nNext meeting: \(next.date.longWithWeekday)\n" }
        return out
    }
}
