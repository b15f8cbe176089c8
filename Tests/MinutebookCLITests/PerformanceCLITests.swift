import Foundation
import MinutebookStore
import MinutebookTestSupport
import Testing

@Suite("minutebook performance import-actuals / export-actuals")
struct PerformanceCLITests {
    /// A database migrated by the binary, with one invented partnership and indicator planted as a test world.
    func prepare() throws -> String {
        let db = CLI.temporaryPath()
        let migrate = try CLI.run(["migrate", "--database", db])
        #expect(migrate.status == 0)
        var world = TestWorld()
        let harbourside = world.partnership("Harbourside Partnership", slug: "harbourside")
        let board = world.body("Board", slug: "board", in: harbourside)
        world.indicator("Refuge referrals", code: "refuge-referrals", body: board, in: harbourside)
        try AppDatabase(path: db).plant(world)
        return db
    }

    @Test("a bad row refuses the whole file with its line number, and nothing is imported")
    func badRow() throws {
        let db = try prepare()
        let csv = CLI.temporaryPath(".csv")
        try "indicator,period,value\nrefuge-referrals,Q1 2030/31,12\nrefuge-referrals,Q2 2030/31,lots\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        let result = try CLI.run(["performance", "import-actuals", "--database", db, "--partnership", "harbourside", csv])
        #expect(result.status != 0)
        #expect(result.stderr.contains("line 3: 'lots' is not a number"))
        let export = try CLI.run(["performance", "export-actuals", "--database", db, "--partnership", "harbourside"])
        #expect(export.status == 0)
        #expect(export.stdout == "indicator,period,area_type,area,value,note\r\n")
    }

    @Test("a good file imports and exports back in the same format")
    func goodFile() throws {
        let db = try prepare()
        let csv = CLI.temporaryPath(".csv")
        try "indicator,period,value\nrefuge-referrals,Q1 2030/31,12\nrefuge-referrals,2030-07,5\n".write(
            toFile: csv, atomically: true, encoding: .utf8)
        let result = try CLI.run(["performance", "import-actuals", "--database", db, "--partnership", "harbourside", csv])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Imported 2 figures"))
        let export = try CLI.run(["performance", "export-actuals", "--database", db, "--partnership", "harbourside"])
        #expect(export.stdout.contains("refuge-referrals,Q1 2030/31,,,12,\r\n"))
        #expect(export.stdout.contains("refuge-referrals,2030-07,,,5,\r\n"))
    }

    @Test("define-indicator and set-target: a part-year target counts pro rata; bad values are refused in one line")
    func defineAndTarget() throws {
        let db = try prepare()
        let defined = try CLI.run([
            "performance", "define-indicator", "--database", db, "--partnership", "harbourside", "--body", "board",
            "--code", "cycle-thefts", "--name", "Cycle thefts", "--direction", "down", "--owner", "Harbour Police",
            "--source", "Recorded crime", "--publish"
        ])
        #expect(defined.status == 0)
        #expect(defined.stdout == "Defined cycle-thefts: Cycle thefts\n")
        let duplicate = try CLI.run([
            "performance", "define-indicator", "--database", db, "--partnership", "harbourside", "--body", "board",
            "--code", "cycle-thefts", "--name", "Again"
        ])
        #expect(duplicate.status != 0 && duplicate.stderr.contains("already exists"))
        let badUnit = try CLI.run([
            "performance", "define-indicator", "--database", db, "--partnership", "harbourside", "--body", "board",
            "--code", "x", "--name", "X", "--unit", "furlongs"
        ])
        #expect(badUnit.status != 0 && badUnit.stderr.contains("--unit is one of"))
        let target = try CLI.run([
            "performance", "set-target", "--database", db, "--partnership", "harbourside", "--indicator", "cycle-thefts",
            "--year", "2030", "--value", "240", "--from", "2030-10"
        ])
        #expect(target.status == 0)
        #expect(target.stdout == "Target for Cycle thefts, 2030/31: 240 (120 pro rata)\n")
        let outside = try CLI.run([
            "performance", "set-target", "--database", db, "--partnership", "harbourside", "--indicator", "cycle-thefts",
            "--year", "2030", "--value", "240", "--from", "2029-10"
        ])
        #expect(outside.status != 0 && outside.stderr.contains("--from must be a month of 2030/31"))
    }
}
