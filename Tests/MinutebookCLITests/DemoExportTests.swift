import Foundation
import Testing

/// `minutebook demo --no-serve` and `minutebook export`, run as a user would.
@Suite("minutebook demo and export")
struct DemoExportTests {
    static let today = "2026-11-25"
    static let board = "Riverside Community Safety Partnership Board"

    func makeDemo(seed: String = "1998") throws -> String {
        let path = CLI.temporaryPath()
        let result = try CLI.run(["demo", "--no-serve", "--database", path, "--today", Self.today, "--seed", seed])
        #expect(result.status == 0, "\(result.stderr)")
        return path
    }

    func lines(_ text: String) throws -> [[String: Any]] {
        try text.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    @Test("demo --no-serve creates the demo, and a second run reuses it")
    func demoCreatesThenReuses() throws {
        let path = CLI.temporaryPath()
        let first = try CLI.run(["demo", "--no-serve", "--database", path, "--today", Self.today])
        #expect(first.status == 0)
        #expect(first.stdout.contains("Created the demo data"))
        #expect(first.stdout.contains("72 meetings"))
        #expect(first.stdout.contains("secretariat@riverside.example (secretariat, "))
        #expect(first.stdout.contains("member@riverside.example (member, "))
        let password = first.stdout.split(separator: "\n").first { $0.contains("password: ") }?.split(separator: " ").last
        #expect(password?.count == 20)
        let second = try CLI.run(["demo", "--no-serve", "--database", path, "--today", Self.today])
        #expect(second.status == 0)
        #expect(second.stdout.contains("Reusing the demo data"))
        // The login printed again works: a new password replaces the old one.
        #expect(second.stdout.contains("password: ") && !second.stdout.contains("password: \(password ?? "")"))
        let users = try CLI.run(["user", "list", "--database", path])
        #expect(users.stdout.split(separator: "\n").count == 3)
        #expect(users.stdout.contains("officer@riverside.example\tofficer\triverside\tperson:"))
    }

    @Test("export meetings prints one valid meeting record per line, Part 2 items marked")
    func exportMeetings() throws {
        let path = try makeDemo()
        let result = try CLI.run(["export", "meetings", "--json", "--database", path])
        #expect(result.status == 0)
        let records = try lines(result.stdout)
        #expect(records.count == 72)
        for record in records {
            #expect(record["body"] is String)
            #expect((record["date"] as? String)?.count == 10)
            #expect(record["items"] is [Any])
        }
        let items = records.flatMap { ($0["items"] as? [[String: Any]]) ?? [] }
        #expect(items.contains { $0["part"] as? Int == 2 })
        #expect(items.contains { ($0["actions"] as? [[String: Any]])?.isEmpty == false })
        let attendance = records.flatMap { ($0["attendance"] as? [[String: Any]]) ?? [] }
        #expect(attendance.contains { $0["substitute_for"] is String })
    }

    @Test("the same seed exports identically; another seed differently")
    func deterministicExport() throws {
        let first = try CLI.run(["export", "meetings", "--database", try makeDemo()])
        let again = try CLI.run(["export", "meetings", "--database", try makeDemo()])
        let other = try CLI.run(["export", "meetings", "--database", try makeDemo(seed: "42")])
        #expect(!first.stdout.isEmpty)
        #expect(first.stdout == again.stdout)
        #expect(first.stdout != other.stdout)
    }

    @Test("export meeting prints the same record as the JSON Lines export, by slug or name")
    func exportMeeting() throws {
        let path = try makeDemo()
        let all = try lines(try CLI.run(["export", "meetings", "--database", path]).stdout)
        let withPartTwo = try #require(
            all.first { record in
                record["body"] as? String == Self.board
                    && ((record["items"] as? [[String: Any]]) ?? []).contains { $0["part"] as? Int == 2 }
            })
        let date = try #require(withPartTwo["date"] as? String)
        for body in ["board", Self.board] {
            let result = try CLI.run(["export", "meeting", "--body", body, "--date", date, "--json", "--database", path])
            #expect(result.status == 0, "\(result.stderr)")
            let record = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? NSDictionary)
            #expect(record == withPartTwo as NSDictionary)
        }
        let text = try CLI.run(["export", "meeting", "--body", "board", "--date", date, "--database", path])
        #expect(text.stdout.contains("[Part 2]"))
        #expect(text.stdout.contains("Apologies for absence".uppercased()))
    }

    @Test(
        "bad input is one clear line and a non-zero exit",
        arguments: [
            (["--body", "no-such-body", "--date", "2025-06-12"], "no body called 'no-such-body'"),
            (["--body", "board", "--date", "2025-06-13"], "has no meeting on 2025-06-13 (nearest: "),
            (["--body", "board", "--date", "13/06/2025"], "'13/06/2025' is not a date")
        ])
    func badMeeting(_ arguments: [String], _ message: String) throws {
        let path = try makeDemo()
        let before = try CLI.run(["export", "meetings", "--database", path]).stdout
        let result = try CLI.run(["export", "meeting", "--json", "--database", path] + arguments)
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try CLI.run(["export", "meetings", "--database", path]).stdout == before)
    }

    @Test(
        "a missing database is refused, and not created",
        arguments: [
            ["export", "meetings"],
            ["export", "meeting", "--body", "board", "--date", "2025-06-12"]
        ])
    func missingDatabase(_ command: [String]) throws {
        let path = CLI.temporaryPath()
        let result = try CLI.run(command + ["--database", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no database at \(path)"))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test(
        "demo refuses bad sizes and dates before creating a database",
        arguments: [
            ["--partnerships", "0"], ["--years", "0"], ["--today", "2026-13-01"]
        ])
    func demoBadInput(_ arguments: [String]) throws {
        let path = CLI.temporaryPath()
        let result = try CLI.run(["demo", "--no-serve", "--database", path] + arguments)
        #expect(result.status != 0)
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
