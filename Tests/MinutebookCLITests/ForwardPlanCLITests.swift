import Foundation
import MinutebookStore
import MinutebookTestSupport
import Testing

@Suite("minutebook forward-plan")
struct ForwardPlanCLITests {
    /// A migrated database with one invented board and two meetings scheduled through `agenda schedule`.
    func prepare() throws -> String {
        let db = CLI.temporaryPath()
        #expect(try CLI.run(["migrate", "--database", db]).status == 0)
        var world = TestWorld()
        let marlowVale = world.partnership("Marlow Vale Partnership", slug: "marlow-vale")
        world.body("Marlow Vale Board", slug: "board", in: marlowVale)
        world.body("Other Board", slug: "other", in: marlowVale)
        try AppDatabase(path: db).plant(world)
        for date in ["2030-03-14", "2030-06-20"] {
            let scheduled = try CLI.run(["agenda", "schedule", "--database", db, "--body", "board", "--date", date])
            #expect(scheduled.status == 0, "\(scheduled.stderr)")
        }
        return db
    }

    func run(_ db: String, _ arguments: [String]) throws -> CLI.Result {
        try CLI.run(["forward-plan"] + arguments + ["--database", db, "--body", "board"])
    }

    @Test("items are added, scheduled onto the agenda, deferred with history, taken and dropped")
    func lifecycle() throws {
        let db = try prepare()
        let added = try run(db, ["add", "--title", "CCTV strategy", "--proposer", "Vice-Chairman", "--lead", "Head of Community Safety"])
        #expect(added.status == 0)
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(Int(id) != nil)
        let other = try run(db, ["add", "--title", "Street drinking", "--proposer", "Chairman", "--meeting", "2030-03-14"])
        let otherID = other.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try run(db, ["list"]).stdout.contains("\(id)\tproposed\t-\tCCTV strategy\t(proposed by Vice-Chairman)"))

        #expect(try run(db, ["schedule", "--item", id, "--meeting", "2030-03-14"]).stdout.contains("scheduled\t2030-03-14"))
        var agenda = try CLI.run(["agenda", "show", "--database", db, "--body", "board", "--date", "2030-03-14"]).stdout
        #expect(agenda.contains("CCTV strategy") && agenda.contains("Street drinking"))

        let deferred = try run(db, ["defer", "--item", id, "--reason", "awaiting costs"])
        #expect(deferred.status == 0 && deferred.stdout.contains("deferred\t2030-06-20"), "by default to the next meeting")
        agenda = try CLI.run(["agenda", "show", "--database", db, "--body", "board", "--date", "2030-03-14"]).stdout
        #expect(!agenda.contains("CCTV strategy"))
        #expect(try CLI.run(["agenda", "show", "--database", db, "--body", "board", "--date", "2030-06-20"]).stdout.contains("CCTV strategy"))

        #expect(try run(db, ["taken", "--item", id]).status == 0)
        #expect(try run(db, ["drop", "--item", otherID, "--reason", "covered elsewhere"]).status == 0)
        let history = try run(db, ["history", "--item", id]).stdout.split(separator: "\n").map {
            $0.split(separator: "\t").dropFirst().joined(separator: "\t")
        }
        #expect(
            history == [
                "- -> proposed", "proposed -> scheduled\t- -> 2030-03-14", "scheduled -> deferred\t2030-03-14 -> 2030-06-20\tawaiting costs",
                "deferred -> taken\t2030-06-20 -> 2030-06-20"
            ])

        let json = try run(db, ["list", "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(Set(items.compactMap { $0["status"] as? String }) == ["taken", "dropped"])
    }

    @Test(
        "bad requests are one clear error line and change nothing",
        arguments: [
            (["add", "--title", "Case review", "--proposer", "Chair", "--part", "2"], "exempt reason"),
            (["add", "--title", "X", "--proposer", "Chair", "--meeting", "2030-02-30"], "--meeting 2030-02-30 is not a date"),
            (["add", "--title", "X", "--proposer", "Chair", "--meeting", "2031-01-01"], "has no meeting on 2031-01-01"),
            (["defer", "--item", "999"], "has no forward plan item 999"),
            (["schedule", "--item", "1", "--meeting", "2030-03-14"], "has no forward plan item 1")
        ])
    func refusals(_ arguments: [String], _ message: String) throws {
        let db = try prepare()
        let result = try run(db, arguments)
        #expect(result.status != 0)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").count == 1)
        #expect(try run(db, ["list"]).stdout.isEmpty)
    }
}
