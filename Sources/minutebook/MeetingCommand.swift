import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

/// `minutebook meeting move|cancel`: a meeting not yet held moved to another day (or time), or
/// cancelled, with the reason in its history; calendars update (SEQUENCE goes up) and, where mail is
/// configured, every member with an e-mail address is told.
struct MeetingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meeting", abstract: "Move or cancel a meeting.", subcommands: [Move.self, Cancel.self])

    struct Which: ParsableArguments {
        @Option(help: "The body, by name or slug.") var body: String
        @Option(help: "The meeting's date, YYYY-MM-DD.") var date: String
        @Option(help: "The partnership, by slug or name.") var partnership: String?
        @Option(help: "Why, kept in the meeting's history and told to members.") var reason: String?
    }

    struct Move: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move a meeting to another date (and/or start time).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: Which
        @Option(help: "The new date, YYYY-MM-DD (default: the same day).") var to: String?
        @Option(help: "The new start time, HH:MM.") var start: String?
        @OptionGroup(title: "Mail") var mail: MailOptions

        func run() async throws {
            let day = try CLIDates.parse(which.date, option: "--date")
            let target = try to.map { try CLIDates.parse($0, option: "--to") } ?? day
            let startTime = try start.map { text -> LocalTime in
                guard let time = LocalTime(hhmm: text) else { throw DomainError.invalid("--start \(text) is not a time of the form HH:MM") }
                return time
            }
            guard to != nil || startTime != nil else { throw DomainError.invalid("say where the meeting moves: --to DATE and/or --start HH:MM") }
            let settings = try mail.settings()
            let database = try global.openDatabase(mustExist: true)
            let repository = GRDBSetupRepository(database: database)
            let body = try await repository.body(which.body, partnership: which.partnership)
            let meeting = try await repository.meeting(bodyID: body.id, on: day)
            let moved = try await repository.moveMeeting(
                meeting.id, to: target, start: startTime, reason: which.reason,
                by: SetupOutput.editor("meeting move"))
            let changes = try await repository.changes(of: moved.id)
            print(SetupOutput.meeting(moved, body: body, changes: changes))
            try await MeetingCommand.tell(
                database: database, settings: settings, meetingID: moved.id,
                subject: MeetingChangeMailer.subject(body: body.name, date: day, change: .moved),
                change: changes.last)
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Cancel a meeting.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var which: Which
        @OptionGroup(title: "Mail") var mail: MailOptions

        func run() async throws {
            let day = try CLIDates.parse(which.date, option: "--date")
            let settings = try mail.settings()
            let database = try global.openDatabase(mustExist: true)
            let repository = GRDBSetupRepository(database: database)
            let body = try await repository.body(which.body, partnership: which.partnership)
            let meeting = try await repository.meeting(bodyID: body.id, on: day)
            let cancelled = try await repository.cancelMeeting(meeting.id, reason: which.reason, by: SetupOutput.editor("meeting cancel"))
            let changes = try await repository.changes(of: cancelled.id)
            print(SetupOutput.meeting(cancelled, body: body, changes: changes))
            try await MeetingCommand.tell(
                database: database, settings: settings, meetingID: cancelled.id,
                subject: MeetingChangeMailer.subject(body: body.name, date: day, change: .cancelled),
                change: changes.last)
        }
    }

    /// E-mails every member of the body with an address on record, when mail is configured.
    static func tell(database: AppDatabase, settings: MailSettings?, meetingID: Int64, subject: String, change: MeetingChange?) async throws {
        guard let settings, let change else { return }
        let members = try await GRDBPackRepository(database: database).recipients(meetingID: meetingID)
        let outcome = try await MeetingChangeMailer.send(to: members, subject: subject, change: change, settings: settings)
        guard outcome.sent > 0 else { print("no member has an e-mail address on record: nobody was told"); return }
        print("told \(outcome.sent) member\(outcome.sent == 1 ? "" : "s") by e-mail")
    }
}
