import ArgumentParser
import Foundation
import MinutebookCore
import MinutebookStore
import MinutebookWeb

struct ActionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actions",
        abstract: "The action tracker: list actions, ask owners for updates by email, send reminders.",
        subcommands: [ListActions.self, RequestUpdates.self, Remind.self])
}

private let cliEditor = ActionEditor(auditName: Actor.cli("actions").name, displayName: "Secretariat")

struct ListActions: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List a body's actions (CSV with --csv).")

    @OptionGroup var global: GlobalOptions
    @Option(help: "The body, by name or slug.") var body: String
    @Option(help: "Only this status (open, in_progress, done, dropped, superseded); repeat for several.") var status: [String] = []
    @Flag(help: "Print CSV.") var csv = false

    func run() async throws {
        let statuses = try Set(status.map { text -> ActionStatus in
            guard let s = ActionStatus(rawValue: text) else { throw DomainError.invalid("'\(text)' is not a status (open, in_progress, done, dropped, superseded)") }
            return s
        })
        let database = try global.openDatabase(mustExist: true)
        let repository = GRDBActionRepository(database: database)
        let found = try await repository.body(named: body)
        let actions = try await repository.actions(ActionFilter(bodyID: found.id, statuses: statuses, limit: 5000), audience: .cli)
        if csv {
            print(ActionCSV.header)
            for action in actions { print(ActionCSV.row(action, today: todayUTC())) }
        } else {
            for a in actions {
                print("\(a.id)\t\(a.minute?.label ?? "")\t\(a.action.status.rawValue)\t\(a.owners.map(\.label).joined(separator: ", "))\t\(a.action.text)")
            }
        }
    }
}

struct RequestUpdates: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "request-updates",
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
        let found = try await repository.body(named: body)
        guard let meetingID = try await repository.meetingID(bodyID: found.id, date: day) else {
            throw DomainError.notFound("\(found.name) has no meeting on \(day.long)")
        }
        let mailer = UpdateRequestMailer(requests: GRDBUpdateRequestRepository(database: database), smtp: smtp, baseURL: url)
        let sent = try await mailer.send(meetingID: meetingID, kind: reminder ? UpdateRequestKind.reminder : UpdateRequestKind.request, validForDays: validDays, by: cliEditor)
        print("sent \(sent) email\(sent == 1 ? "" : "s")")
    }
}

struct Remind: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send reminders for every meeting that is --working-days working days away (England and Wales bank holidays excluded); run daily.")

    @OptionGroup var global: GlobalOptions
    @Option(help: "Working days before the meeting.") var workingDays = 5
    @Option(help: "Today's date, YYYY-MM-DD (default: today).") var today: String?
    @OptionGroup(title: "Mail") var mail: MailOptions
    @Option(help: "Days the links stay valid.") var validDays = 10

    func run() async throws {
        guard (1...30).contains(workingDays) else { throw DomainError.invalid("--working-days must be between 1 and 30") }
        let day = try today.map { text -> LocalDate in
            guard let d = LocalDate(iso: text) else { throw DomainError.invalid("'\(text)' is not a date of the form YYYY-MM-DD") }
            return d
        } ?? todayUTC()
        let settings = try mail.requiredSettings()
        let url = settings.baseURL
        let database = try global.openDatabase(mustExist: true)
        let requests = GRDBUpdateRequestRepository(database: database)
        let meetings = try await requests.meetingsNeedingReminders(today: day, workingDays: workingDays)
        guard !meetings.isEmpty else { print("no reminders due"); return }
        let mailer = UpdateRequestMailer(requests: requests, smtp: SMTPClient(configuration: settings.smtp), baseURL: url)
        var sent = 0
        for meeting in meetings { sent += try await mailer.send(meetingID: meeting, kind: .reminder, validForDays: validDays, by: cliEditor) }
        print("sent \(sent) reminder\(sent == 1 ? "" : "s") for \(meetings.count) meeting\(meetings.count == 1 ? "" : "s")")
    }
}

/// Today's date (UTC day).
private func todayUTC() -> LocalDate { LocalDate(dayNumber: Int(Date().timeIntervalSince1970) / 86_400) }
