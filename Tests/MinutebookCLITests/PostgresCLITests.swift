import Foundation
import MinutebookTestSupport
import Testing

/// `--database postgres://…` on the command line: `migrate` runs on PostgreSQL; every other command refuses in
/// one line naming the store, and never falls back to a SQLite file of that name.
@Suite("minutebook on a PostgreSQL store")
struct PostgresCLITests {
    @Test("migrate brings a PostgreSQL database up to date, and says so; run again it changes nothing")
    func migrate() throws {
        let url = try PostgresTestCluster.shared().createDatabase()
        let first = try CLI.run(["migrate", "--database", url])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("Migrated the PostgreSQL store"))
        #expect(first.stdout.contains("v1-governance"))
        let again = try CLI.run(["migrate"], environment: ["MINUTEBOOK_DATABASE": url])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.contains("is up to date"))
    }

    @Test("a command not yet on PostgreSQL refuses in one line naming the store, and writes no file")
    func refusesOtherCommands() throws {
        let url = try PostgresTestCluster.shared().createDatabase()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("mb-pg-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        for arguments in [["partnership", "list"], ["demo", "--no-serve"], ["serve", "--host", "127.0.0.1", "--port", "0"], ["user", "list"]] {
            let result = try CLI.run(arguments + ["--database", url], environment: ["HOME": work.path])
            #expect(result.status != 0, "\(arguments) ran")
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("does not run on the PostgreSQL store yet"), "\(arguments): \(result.stderr)")
        }
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: FileManager.default.currentDirectoryPath).allSatisfy { !$0.hasPrefix("postgres:") })
    }

    @Test("a server that does not answer, or a URL without a database, is one clear line")
    func badURLs() throws {
        let cluster = try PostgresTestCluster.shared()
        let noDatabase = try CLI.run(["migrate", "--database", "postgres://\(cluster.user)@127.0.0.1:\(cluster.port)/"])
        #expect(noDatabase.status != 0)
        #expect(noDatabase.stderr.contains("names no database"))
        let missing = try CLI.run(["migrate", "--database", "postgres://\(cluster.user)@127.0.0.1:\(cluster.port)/no_such_database"])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("no_such_database"))
        #expect(missing.stderr.split(separator: "\n").count == 1, "\(missing.stderr)")
    }

    @Test("a sqlite: URL is a SQLite file")
    func sqliteURL() throws {
        let path = CLI.temporaryPath()
        let result = try CLI.run(["migrate", "--database", "sqlite:" + path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: path))
    }
}
