import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

struct ActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "The action tracker: list actions, ask owners for updates by email, send reminders.",
        subcommands: [ListActions.self, SetStatus.self, CloseBefore.self, RequestUpdates.self, Remind.self])
}

private let cliEditor = ActionEditor(auditName: Actor.cli("actions").name, displayName: "Secretariat")

struct ListActions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a body's actions (CSV with --csv).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The body, by name or slug.") var body: String
    @Option(help: "Only this status (open, in_progress, done, dropped, superseded); repeat for several.") var status: [String] = []
    @Flag(help: "Print CSV.") var csv = false

    func run() async throws {
        let statuses = try Set(
            status.map { text -> ActionStatus in
                guard let s = ActionStatus(rawValue: text) else {
                    throw DomainError.invalid("'\(text)' is not a status (open, in_progress, done, dropped, superseded)")
                }
                return s
            })
        let database = try global.openDatabase(mustExist: true)
        let repository = GRDBActionRepository(database: database)
        let found = try await repository.body(named: body)
        let actions = try await repository.actions(ActionFilter(bodyID: found.id, statuses: statuses, limit: 5000), audience: .system)
        if csv {
            print(ActionCSV.header)
            for action in actions { print(ActionCSV.row(action, today: Today.date)) }
        } else {
            for a in actions {
                print(
                    "\(a.id)\t\(a.minute?.label ?? "")\t\(a.action.status.rawValue)\t\(a.owners.map(\.label).joined(separator: ", "))\t\(a.action.text)"
                )
            }
        }
    }
}

struct SetStatus: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Change the status of the actions of some minutes of one meeting, with a note in each action's history.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The body, by name or slug.") var body: String
    @Option(help: "The date of the meeting whose minutes the actions come from, YYYY-MM-DD.") var date: String
    @Option(help: "A minute number (184, 186b); repeat for several.") var minute: [String] = []
    @Option(help: "open, in_progress, done, dropped or superseded.") var status: String
    @Option(help: "The note written in each action's history.") var note = ""

    func run() async throws {
        guard let newStatus = ActionStatus(rawValue: status) else {
            throw DomainError.invalid("'\(status)' is not a status (open, in_progress, done, dropped, superseded)")
        }
        guard !minute.isEmpty else { throw DomainError.invalid("name at least one --minute") }
        let day = try CLIDates.parse(date, option: "--date")
        let repository = GRDBActionRepository(database: try global.openDatabase(mustExist: true))
        let found = try await repository.body(named: body)
        let ids = try await repository.actionIDs(bodyID: found.id, meetingDate: day, minutes: minute)
        let changed = try await repository.changeStatus(of: ids, to: newStatus, note: note, by: cliEditor)
        print("\(changed) action\(changed == 1 ? "" : "s") now \(newStatus.label.lowercased())")
    }
}

struct RequestUpdates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "request-updates",
        abstract: "Email each owner of an outstanding action one personal link to send updates before the meeting.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The body, by name or slug.") var body: String
    @Option(help: "The meeting date, YYYY-MM-DD.") var date: String
    @OptionGroup(title: "Mail") var mail: MailOptions
    @Option(help: "Days the links stay valid.") var validDays = 14
    @Flag(help: "Word the emails as reminders.") var reminder = false

    func run() async throws {
        guard let day = LocalDate(iso: date) else { throw DomainError.invalid("'\(date)' is not a date of the form YYYY-MM-DD") }
        let settings = try mail.requiredSettings()
        let url = settings.baseURL
        let smtp = SMTPClient(configuration: settings.smtp)
        let database = try global.openDatabase(mustExist: true)
        let repository = GRDBActionRepository(database: database)
        let matters = GRDBMattersArisingRepository(database: database)
        let found = try await repository.body(named: body)
        guard let meetingID = try await matters.meetingID(bodyID: found.id, date: day) else {
            throw DomainError.notFound("\(found.name) has no meeting on \(day.long)")
        }
        let mailer = UpdateRequestMailer(requests: GRDBUpdateRequestRepository(database: database), smtp: smtp, baseURL: url)
        let sent = try await mailer.send(
            meetingID: meetingID, kind: reminder ? UpdateRequestKind.reminder : UpdateRequestKind.request, validForDays: validDays, by: cliEditor
        ).count
        print("sent \(sent) email\(sent == 1 ? "" : "s")")
    }
}

struct Remind: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Send the reminders that are due: from --working-days working days before each meeting (England and Wales bank holidays excluded); each meeting's reminder goes once. 'serve' does this by itself; run this from cron instead if you prefer."
    )

    @OptionGroup var global: GlobalOptions
    @Option(help: "Working days before the meeting (or MINUTEBOOK_REMINDER_WORKING_DAYS; default 5).") var workingDays: Int?
    @Option(help: "Today's date, YYYY-MM-DD (default: today).") var today: String?
    @OptionGroup(title: "Mail") var mail: MailOptions
    @Option(help: "Days the links stay valid (default: MINUTEBOOK_LINK_VALID_DAYS or 14).") var validDays: Int?

    func run() async throws {
        let day =
            try today.map { text -> LocalDate in
                guard let d = LocalDate(iso: text) else { throw DomainError.invalid("'\(text)' is not a date of the form YYYY-MM-DD") }
                return d
            } ?? Today.date
        var settings = try mail.requiredSettings(adding: [
            MailSettings.Key.reminderWorkingDays.rawValue: workingDays.map(String.init),
            MailSettings.Key.linkValidDays.rawValue: validDays.map(String.init)
        ])
        guard let days = settings.reminderWorkingDays, (1...30).contains(days) else {
            throw DomainError.invalid("--working-days must be between 1 and 30")
        }
        if let validDays { settings.linkValidDays = validDays }
        let database = try global.openDatabase(mustExist: true)
        let sender = ReminderSender(
            requests: GRDBUpdateRequestRepository(database: database), mail: settings, workingDays: days,
            editor: cliEditor)
        let outcome = try await sender.sendDue(today: day, logger: global.makeLogger())
        guard outcome.meetings > 0 else { print("no reminders due"); return }
        print("sent \(outcome.emails) reminder\(outcome.emails == 1 ? "" : "s") for \(outcome.meetings) meeting\(outcome.meetings == 1 ? "" : "s")")
    }
}
