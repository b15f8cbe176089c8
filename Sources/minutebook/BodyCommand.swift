import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook body add|edit|rename|merge|list`: a partnership's boards and sub-groups.
struct BodyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "body", abstract: "Add, edit, rename, merge or list boards and sub-groups.",
        subcommands: [Add.self, Edit.self, Rename.self, Merge.self, List.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a board or sub-group (standard agenda template).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The body's name.") var name: String
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?
        @Option(help: "The short name used in URLs (default: from the name).") var slug: String?
        @Option(help: "The body it reports to (a sub-group's board), by name or slug.") var reportsTo: String?
        @Flag(help: "A sub-group rather than a board (implied by --reports-to).") var subGroup = false
        @Flag(help: "Its meetings are private: never on the public pages.") var `private` = false

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let partnershipID = try await repository.partnershipID(partnership)
            var parent: Body?
            if let reportsTo { parent = try await repository.body(reportsTo, partnership: partnership) }
            let settings = BodySettings(
                name: name, slug: slug ?? Slug.make(name), kind: subGroup || parent != nil ? .subGroup : .board,
                reportsToBodyID: parent?.id, isPublic: !`private`)
            print(SetupOutput.body(try await repository.addBody(to: partnershipID, settings, by: SetupOutput.editor("body add"))))
        }
    }

    struct Edit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Change a body's short name, kind, reporting line or public/private meetings.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The body, by name or slug.") var body: String
        @Option(help: "The partnership, by slug or name.") var partnership: String?
        @Option(help: "A new short name.") var slug: String?
        @Option(help: "board or sub-group.") var kind: String?
        @Option(help: "The body it reports to, by name or slug ('none' for none).") var reportsTo: String?
        @Flag(inversion: .prefixedEnableDisable, help: "Whether its meetings are public.") var `public`: Bool?

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let current = try await repository.body(body, partnership: partnership)
            var settings = BodySettings(
                name: current.name, slug: slug ?? current.slug, kind: current.kind,
                reportsToBodyID: current.reportsToBodyID, isPublic: `public` ?? current.isPublic)
            // The quorum is set on the body's settings page; editing other settings here keeps it.
            settings.quorum = try await repository.bodies(of: current.partnershipID).first { $0.body.id == current.id }?.quorum
            if let kind {
                switch kind.lowercased() {
                case "board": settings.kind = .board
                case "sub-group", "sub_group", "subgroup": settings.kind = .subGroup
                default: throw DomainError.invalid("--kind \(kind): say board or sub-group")
                }
            }
            if let reportsTo {
                settings.reportsToBodyID =
                    reportsTo.lowercased() == "none"
                    ? nil : try await repository.body(reportsTo, partnership: partnership).id
            }
            print(SetupOutput.body(try await repository.editBody(current.id, settings, by: SetupOutput.editor("body edit"))))
        }
    }

    struct Rename: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rename a body; the old name stays in its history and is still found by lookups and the importer.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The body, by name or slug.") var body: String
        @Option(help: "The partnership, by slug or name.") var partnership: String?
        @Option(help: "The new name.") var to: String

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let current = try await repository.body(body, partnership: partnership)
            print(SetupOutput.body(try await repository.renameBody(current.id, to: to, by: SetupOutput.editor("body rename"))))
        }
    }

    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a body into another (two bodies an import made for one): every meeting, minute, action, seat and plan moves.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The body to merge away, by name or slug.") var body: String
        @Option(help: "The body that stays, by name or slug.") var into: String
        @Option(help: "The partnership, by slug or name.") var partnership: String?

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            let dropped = try await repository.body(body, partnership: partnership)
            let kept = try await repository.body(into, partnership: partnership)
            print(SetupOutput.body(try await repository.mergeBody(dropped.id, into: kept.id, by: SetupOutput.editor("body merge"))))
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "A partnership's bodies with their former names.")
        @OptionGroup var global: GlobalOptions
        @Option(help: "The partnership, by slug or name (default: the only one).") var partnership: String?

        func run() async throws {
            let repository = GRDBSetupRepository(database: try global.openDatabase(mustExist: true))
            for entry in try await repository.bodies(of: try await repository.partnershipID(partnership)) { print(SetupOutput.body(entry)) }
        }
    }
}
