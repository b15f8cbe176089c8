import Foundation
import Testing

@Suite("minutebook performance import-actuals / export-actuals")
struct PerformanceCLITests {
    /// A database migrated by the binary, with one invented partnership and indicator seeded through Python's sqlite3.
    func prepare() throws -> String {
        let db = CLI.temporaryPath()
        let migrate = try CLI.run(["migrate", "--database", db])
        #expect(migrate.status == 0)
        let seed = Process()
        seed.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        seed.arguments = ["python3", "-c", """
            import sqlite3, sys
            con = sqlite3.connect(sys.argv[1])
            con.executescript('''
              INSERT INTO partnership (id, slug, name) VALUES (1, 'harbourside', 'Harbourside Partnership');
              INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Board', 'board');
              INSERT INTO indicator (partnershipId, bodyId, code, name, isPublished) VALUES (1, 1, 'refuge-referrals', 'Refuge referrals', 1);
            ''')
            con.commit()
            """, db]
        try seed.run()
        seed.waitUntilExit()
        #expect(seed.terminationStatus == 0)
        return db
    }

    @Test("a bad row refuses the whole file with its line number, and nothing is imported")
    func badRow() throws {
        let db = try prepare()
        let csv = CLI.temporaryPath(".csv")
        try "indicator,period,value\nrefuge-referrals,Q1 2030/31,12\nrefuge-referrals,Q2 2030/31,lots\n".write(toFile: csv, atomically: true, encoding: .utf8)
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
        try "indicator,period,value\nrefuge-referrals,Q1 2030/31,12\nrefuge-referrals,2030-07,5\n".write(toFile: csv, atomically: true, encoding: .utf8)
        let result = try CLI.run(["performance", "import-actuals", "--database", db, "--partnership", "harbourside", csv])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Imported 2 figures"))
        let export = try CLI.run(["performance", "export-actuals", "--database", db, "--partnership", "harbourside"])
        #expect(export.stdout.contains("refuge-referrals,Q1 2030/31,,,12,\r\n"))
        #expect(export.stdout.contains("refuge-referrals,2030-07,,,5,\r\n"))
    }
}
