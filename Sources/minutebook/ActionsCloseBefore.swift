import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook actions close-before --body B --date D [--yes]`: closes what evidence cannot settle,
/// every still-open action of the body's meetings before D (docs/cli.md). Without --yes it only counts.
struct CloseBefore: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "close-before",
        abstract: "Close every still-open action of a body's meetings before a date (without --yes: print the count only).",
        discussion: """
            Prints the number of actions: without --yes those that would be closed (nothing is changed), with \
            --yes those closed, each as done with a line in its history, audited as this command.
            """)

    @OptionGroup var global: GlobalOptions
    @Option(help: "The body, by name or slug.") var body: String
    @Option(help: "Actions of meetings before this day are closed, YYYY-MM-DD.") var date: String
    @Flag(help: "Close them (without it, only count).") var yes = false

    func run() async throws {
        let day = try CLIDates.parse(date, option: "--date")
        let repository = GRDBActionRepository(database: try global.openDatabase(mustExist: true))
        let found = try await repository.body(named: body)
        let editor = ActionEditor(auditName: Actor.cli("actions close-before").name, displayName: "Secretariat")
        let count = try await repository.closeActions(bodyID: found.id, before: day, apply: yes, by: editor, via: .cli)
        print(count)
        if !yes && count > 0 {
            FileHandle.standardError.write(Data("nothing closed: add --yes to close these \(count) actions\n".utf8))
        }
    }
}
