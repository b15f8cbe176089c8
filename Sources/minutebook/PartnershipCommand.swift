import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook partnership add|edit|list`: partnerships and their settings; a new one gets its board.
struct PartnershipCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnership", abstract: "Add, edit or list partnerships.",
        subcommands: [Add.self, Edit.self, List.self])

    struct Settings: ParsableArguments {
        @Option(help: "The short name used in URLs (lower-case letters, digits, dashes).") var slug: String?
        @Option(help: "The contact officer's name.") var contactName: String?
        @Option(help: "The contact officer's phone number.") var contactPhone: String?
        @Option(help: "The contact officer's e-mail address.") var contactEmail: String?
        @Option(help: "Report reference pattern, e.g. 'CSD{yy}{nnn}'.") var reportReference: String?
        @Option(help: "Working days before a meeting by which public questions must arrive.") var questionsDays: Int?
        @Option(help: "First day of the municipal year as MM-DD (default 05-01).") var yearStart: String?

        func yearStartValue() throws -> MunicipalYearStart? {
            guard let yearStart else { return nil }
            let parts = yearStart.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 2, let start = MunicipalYearStart(month: parts[0], day: parts[1]) else {
                throw DomainError.invalid("--year-start \(yearStart) is not a month and day of the form MM-DD")
            }
            return start
        }

        /// `base` with the options given laid over it.
        func applied(to base: PartnershipSettings) throws -> PartnershipSettings {
            PartnershipSettings(
                name: base.name, slug: slug ?? base.slug, contactName: contactName ?? base.contactName,
                contactPhone: contactPhone ?? base.contactPhone, contactEmail: contactEmail ?? base.contactEmail,
                reportReferencePattern: reportReference ?? base.reportReferencePattern,
                questionsWorkingDays: questionsDays ?? base.questionsWorkingDays,
                yearStart: try yearStartValue() ?? base.yearStart)
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a partnership with its board (standard agenda template).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The partnership's name.") var name: String
        @OptionGroup var settings: Settings
        @Option(help: "The board's name (default: '<name> Board').") var board: String?

        func run() async throws {
            let values = try settings.applied(to: PartnershipSettings(name: name, slug: Slug.make(name)))
            let repository = GRDBSetupRepository(database: try global.openDatabase())
            let added = try await repository.addPartnership(
                values, boardName: board ?? "\(values.name) Board",
                by: SetupOutput.editor("partnership add"))
            print(SetupOutput.partnership(added))
            for body in try await repository.bodies(of: added.id) { print(SetupOutput.body(body)) }
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a partnership's settings.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The partnership, by slug or name.") var partnership: String
        @Option(help: "A new name.") var name: String?
        @OptionGroup var settings: Settings

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let id = try await repository.partnershipID(partnership)
            guard let current = try await repository.partnerships().first(where: { $0.id == id }) else {
                throw DomainError.notFound("no partnership called '\(partnership)'")
            }
            var values = try settings.applied(to: current.settings)
            if let name { values.name = name.trimmingCharacters(in: .whitespaces) }
            print(SetupOutput.partnership(try await repository.editPartnership(id, values, by: SetupOutput.editor("partnership edit"))))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Every partnership and its settings.")
        @OptionGroup var global: GlobalOptions

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            for entry in try await repository.partnerships() { print(SetupOutput.partnership(entry)) }
        }
    }
}
