import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookServices
import MinutebookStore

/// `minutebook performance define-indicator | set-target | request-report`: the secretariat's setup
/// from the command line, through the same repositories (and audit) as the web forms.
extension PerformanceCommand {
    static func partnership(_ slug: String, _ database: AppDatabase) async throws -> Partnership {
        guard let p = try await GRDBDirectoryRepository(database: database).partnership(slug: slug) else {
            throw DomainError.notFound("there is no partnership '\(slug)'")
        }
        return p
    }

    static func editor(_ command: String) -> Editor { .tool(Actor.cli("performance \(command)").name) }

    static let everything = Audience.system

    struct DefineIndicator: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "define-indicator",
            abstract: "Define an indicator: code, name, unit, direction, owner, source and the body it is reported to."
        )

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "The partnership, by slug.") var partnership: String
        @Option(name: .long, help: "The body it is reported to, by slug.") var body: String
        @Option(name: .long, help: "Short code: lower-case letters, digits and hyphens.") var code: String
        @Option(name: .long, help: "The indicator's name.") var name: String
        @Option(name: .long, help: "count, percent, rate_per_1000, days or pounds.") var unit: String = "count"
        @Option(name: .long, help: "up (higher is better) or down (lower is better).") var direction: String = "up"
        @Option(name: .long, help: "Who answers for it.") var owner: String = ""
        @Option(name: .long, help: "Where the figures come from.") var source: String = ""
        @Flag(name: .long, help: "Publish it (public where the body is public).") var publish = false

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let p = try await PerformanceCommand.partnership(partnership, database)
            guard let owningBody = try await GRDBDirectoryRepository(database: database).body(slug: body, in: p.id) else {
                throw DomainError.notFound("there is no body '\(body)' in \(p.name)")
            }
            guard let unit = IndicatorUnit(rawValue: unit) else {
                throw DomainError.invalid("--unit is one of \(IndicatorUnit.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let direction = IndicatorDirection(rawValue: direction) else { throw DomainError.invalid("--direction is up or down") }
            let saved = try await GRDBIndicatorRepository(database: database).define(
                Indicator(
                    id: 0, partnershipID: p.id, bodyID: owningBody.id, code: code, name: name.trimmingCharacters(in: .whitespacesAndNewlines),
                    unit: unit,
                    direction: direction, owner: owner, source: source, isPublished: publish),
                by: PerformanceCommand.editor("define-indicator"))
            print("Defined \(saved.code): \(saved.name)")
        }
    }

    struct SetTarget: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set-target",
            abstract: "Set an indicator's target for a year starting in April; --from for a part year counted pro rata."
        )

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "The partnership, by slug.") var partnership: String
        @Option(name: .long, help: "The indicator's code.") var indicator: String
        @Option(name: .long, help: "The year the target starts in (2024 means April 2024 to March 2025).") var year: Int
        @Option(name: .long, help: "The full-year target.") var value: String
        @Option(name: .long, help: "cumulative (a total built up over the year) or level (held each period).") var kind: String = "cumulative"
        @Option(name: .long, help: "First month of a part-year target, like 2024-10.") var from: String?

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let p = try await PerformanceCommand.partnership(partnership, database)
            let repository = GRDBIndicatorRepository(database: database)
            guard let found = try await repository.indicator(code: indicator, in: p.id, audience: PerformanceCommand.everything) else {
                throw DomainError.notFound("there is no indicator '\(indicator)' in \(p.name)")
            }
            guard (1990...2200).contains(year) else { throw DomainError.invalid("--year is a four-digit year, like 2024") }
            guard let number = Numbers.parse(value) else { throw DomainError.invalid("--value must be a number (got '\(value)')") }
            guard let kind = AnnualTarget.Kind(rawValue: kind) else { throw DomainError.invalid("--kind is cumulative or level") }
            let performanceYear = PerformanceYear(aprilStarting: year)
            var activeFrom: YearMonth?
            if let from {
                guard let month = YearMonth(iso: from), performanceYear.contains(month) else {
                    throw DomainError.invalid("--from must be a month of \(performanceYear), like \(performanceYear.start.adding(months: 6).iso)")
                }
                activeFrom = month
            }
            let target = AnnualTarget(indicatorID: found.id, year: performanceYear, value: number, kind: kind, activeFrom: activeFrom)
            try await repository.setTarget(target, by: PerformanceCommand.editor("set-target"))
            print(
                "Target for \(found.name), \(performanceYear): \(found.unit.format(number))"
                    + (target.isPartYear && kind == .cumulative ? " (\(found.unit.format(target.proRata(unit: found.unit))) pro rata)" : ""))
        }
    }

    struct RequestReport: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request-report",
            abstract: "Email a sub-group's chair a personal single-use link to file the report for the board's next meeting."
        )

        @OptionGroup var global: GlobalOptions
        @Option(name: .long, help: "The partnership, by slug.") var partnership: String
        @Option(name: .long, help: "The sub-group, by slug.") var subGroup: String
        @Option(name: .long, help: "The board meeting's date (default: the board's next meeting).") var date: String?
        @OptionGroup(title: "Mail") var mail: MailOptions

        func run() async throws {
            let database = try global.openDatabase(mustExist: true)
            let p = try await PerformanceCommand.partnership(partnership, database)
            let directory = GRDBDirectoryRepository(database: database)
            guard let group = try await directory.body(slug: subGroup, in: p.id), group.kind == .subGroup, let boardID = group.reportsToBodyID else {
                throw DomainError.notFound("there is no sub-group '\(subGroup)' reporting to a board in \(p.name)")
            }
            let today = Today.date
            let meetings = try await directory.meetings(of: boardID, audience: PerformanceCommand.everything, limit: 200)
            let meeting: Meeting?
            if let date {
                guard let day = LocalDate(iso: date) else { throw DomainError.invalid("--date must be a date like 2031-03-07") }
                meeting = meetings.first { $0.date == day }
            } else {
                meeting = meetings.filter { $0.date >= today && $0.status < .minutesApproved && $0.status != .cancelled }.min { $0.date < $1.date }
            }
            guard let meeting else { throw DomainError.notFound("the board has no such meeting scheduled") }
            let settings = try mail.requiredSettings()
            let mailer = ReportRequestMailer(
                requests: GRDBReportRequestRepository(database: database),
                smtp: SMTPClient(configuration: settings.smtp), baseURL: settings.baseURL)
            let address = try await mailer.send(
                subGroupID: group.id, meetingID: meeting.id, today: today, by: PerformanceCommand.editor("request-report"))
            print("sent the report link for \(meeting.date.long) to \(address)")
        }
    }
}
