import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook person add|edit|merge|leave|list`: the people of a partnership. A person is named by
/// full name, or by `#id` when two records share a name (as `person list` prints them).
struct PersonCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Add, edit, merge, mark as left or list people.",
        subcommands: [Add.self, Edit.self, Merge.self, Leave.self, List.self])

    struct Details: ParsableArguments {
        @Option(help: "E-mail address.") var email: String?
        @Option(help: "Job title (from --on).") var title: String?
        @Option(help: "Organisation, by name or abbreviation (added when new).") var organisation: String?
        @Option(help: "Phone number.") var phone: String?
        @Option(help: "The date a new job title starts, YYYY-MM-DD (default: today).") var on: String?

        func day() throws -> LocalDate { try on.map { try CLIDates.parse($0, option: "--on") } ?? CLIDates.today() }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a person.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person's full name.") var name: String
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?
        @OptionGroup var details: Details

        func run() async throws {
            let day = try details.day()
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let partnershipID = try await repository.partnershipID(partnership)
            let values = PersonDetails(
                fullName: name, jobTitle: details.title, email: details.email, phone: details.phone,
                organisation: details.organisation)
            print(SetupOutput.person(try await repository.addPerson(to: partnershipID, values, on: day, by: SetupOutput.editor("person add"))))
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a person's name, e-mail, job title, organisation or phone ('' clears).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person, by full name or #id.") var person: String
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?
        @Option(help: "A new full name.") var name: String?
        @OptionGroup var details: Details

        func run() async throws {
            let day = try details.day()
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let id = try await repository.personID(person, in: try await repository.partnershipID(partnership))
            let values = PersonDetails(
                fullName: name, jobTitle: details.title, email: details.email, phone: details.phone,
                organisation: details.organisation)
            print(SetupOutput.person(try await repository.editPerson(id, values, on: day, by: SetupOutput.editor("person edit"))))
        }
    }

    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge two records of one person: seats, attendance, action owners, updates and accounts move to the one kept.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The record to merge away, by full name or #id.") var person: String
        @Option(help: "The record that stays, by full name or #id.") var into: String
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let partnershipID = try await repository.partnershipID(partnership)
            let dropped = try await repository.personID(person, in: partnershipID)
            let kept = try await repository.personID(into, in: partnershipID)
            print(SetupOutput.person(try await repository.mergePerson(dropped, into: kept, by: SetupOutput.editor("person merge"))))
        }
    }

    struct Leave: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark someone as having left: every seat they hold ends on that date.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The person, by full name or #id.") var person: String
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?
        @Option(help: "Their last day, YYYY-MM-DD.") var on: String

        func run() async throws {
            let day = try CLIDates.parse(on, option: "--on")
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let id = try await repository.personID(person, in: try await repository.partnershipID(partnership))
            print(SetupOutput.person(try await repository.markLeft(id, on: day, by: SetupOutput.editor("person leave"))))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Everyone of a partnership: #id, name, job title, organisation, e-mail, seats.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?
        @Option(help: "Job titles and seats as on this date, YYYY-MM-DD (default: today).") var on: String?

        func run() async throws {
            let day = try on.map { try CLIDates.parse($0, option: "--on") } ?? CLIDates.today()
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            for entry in try await repository.directory(of: try await repository.partnershipID(partnership), on: day) {
                print(SetupOutput.person(entry))
            }
        }
    }
}
