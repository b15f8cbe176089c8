import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook organisation add|edit|merge|list`: the organisations people and seats belong to.
struct OrganisationCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organisation", abstract: "Add, edit, merge or list organisations.",
        subcommands: [Add.self, Edit.self, Merge.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an organisation.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation's name.") var name: String
        @Option(help: "Its abbreviation, e.g. 'LBB'.") var abbreviation: String?
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let partnershipID = try await repository.partnershipID(partnership)
            let added = try await repository.addOrganisation(
                to: partnershipID, OrganisationDetails(name: name, abbreviation: abbreviation),
                by: SetupOutput.editor("organisation add"))
            print(SetupOutput.organisation(added))
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Rename an organisation or change its abbreviation.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation, by name, abbreviation or #id.") var organisation: String
        @Option(help: "A new name.") var name: String?
        @Option(help: "A new abbreviation ('' clears it).") var abbreviation: String?
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let id = try await repository.organisationID(organisation, in: try await repository.partnershipID(partnership))
            let current = try await repository.organisation(id: id)
            let details = OrganisationDetails(name: name ?? current.name, abbreviation: abbreviation ?? current.abbreviation)
            print(SetupOutput.organisation(try await repository.editOrganisation(id, details, by: SetupOutput.editor("organisation edit"))))
        }
    }

    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge an organisation into another: people, seats, job titles and action owners move to the one kept.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The organisation to merge away, by name, abbreviation or #id.") var organisation: String
        @Option(help: "The organisation that stays.") var into: String
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let partnershipID = try await repository.partnershipID(partnership)
            let dropped = try await repository.organisationID(organisation, in: partnershipID)
            let kept = try await repository.organisationID(into, in: partnershipID)
            print(SetupOutput.organisation(try await repository.mergeOrganisation(dropped, into: kept, by: SetupOutput.editor("organisation merge"))))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A partnership's organisations.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            for organisation in try await repository.organisations(of: try await repository.partnershipID(partnership)) {
                print(SetupOutput.organisation(organisation))
            }
        }
    }
}
