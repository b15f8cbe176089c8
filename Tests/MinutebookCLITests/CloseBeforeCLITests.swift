import Foundation
import Testing

/// `minutebook actions close-before` as docs/cli.md fixes it: without --yes the count only, with --yes the count closed.
@Suite("Closing old actions in bulk through the CLI", .enabled(if: AcceptanceSamples.pack != nil, "../shared/samples is not beside this clone"))
struct CloseBeforeCLITests {
    static let body = "Safer Bromley Partnership Strategic Group"

    @Test("the count first, nothing changed; with --yes the same count closed; a second run finds none")
    func closeBefore() throws {
        let pack = try #require(AcceptanceSamples.pack)
        let database = CLI.temporaryPath()
        #expect(try CLI.run(["import", pack.path, "--database", database]).status == 0)
        let arguments = ["actions", "close-before", "--body", Self.body, "--date", "2018-03-27", "--database", database]
        // The pack's report kept six of the 19 December 2017 actions open.
        let counted = try CLI.run(arguments)
        #expect(counted.status == 0)
        #expect(counted.stdout == "6\n")
        #expect(counted.stderr.contains("add --yes"))
        let open = try CLI.run(["actions", "list", "--body", Self.body, "--status", "open", "--database", database])
        #expect(open.stdout.split(separator: "\n").count == 6)
        let closed = try CLI.run(arguments + ["--yes"])
        #expect(closed.stdout == "6\n")
        #expect(try CLI.run(["actions", "list", "--body", Self.body, "--status", "open", "--database", database]).stdout.isEmpty)
        #expect(try CLI.run(arguments + ["--yes"]).stdout == "0\n")
    }

    @Test("a bad date or an unknown body is one clear line")
    func badInput() throws {
        let database = CLI.temporaryPath()
        #expect(try CLI.run(["migrate", "--database", database]).status == 0)
        let bad = try CLI.run(["actions", "close-before", "--body", "Nobody", "--date", "2018-02-30", "--database", database])
        #expect(bad.status != 0)
        #expect(bad.stderr.split(separator: "\n").count == 1)
    }
}
