import Foundation
import Testing

/// Acceptance for the automatic Matters Arising report, through the product only (the commands the
/// secretariat runs; no SQL): import the 19 December 2017 minutes from the real March 2018 pack,
/// schedule the 26 March 2018 meeting (the pack's own report, CSD18054, does not chase minutes 184, 186b
/// and 188, so the import settled them: marking them done by hand changes nothing), hand the Borough Police Commander
/// seat (made by the import from the attendance list) from Chris Hafford to Paul Warnett; the draft then lists exactly minutes 180, 181,
/// 183, 186a, 187 and 189 with what was resolved, and 187 shows the successor.
@Suite("Matters Arising acceptance through the CLI", .enabled(if: AcceptanceSamples.pack != nil, "../shared/samples is not beside this clone"))
struct MattersArisingAcceptanceTests {
    static let body = "Safer Bromley Partnership Strategic Group"

    func run(_ arguments: [String], _ database: String) throws -> String {
        let result = try CLI.run(arguments + ["--database", database])
        try #require(result.status == 0, "minutebook \(arguments.joined(separator: " ")): \(result.stderr)")
        return result.stdout
    }

    @Test("the draft for 26 March 2018 lists exactly 180, 181, 183, 186a, 187 and 189, and 187 shows the successor")
    func acceptance() throws {
        let pack = try #require(AcceptanceSamples.pack)
        let database = CLI.temporaryPath()
        _ = try run(["import", pack.path], database)
        _ = try run(["agenda", "schedule", "--body", Self.body, "--date", "2018-03-26", "--time", "10:00"], database)
        // The pack's own Matters Arising report (CSD18054) leaves out 184, 186b and 188: the import settled them.
        let closed = try run(
            [
                "actions", "status", "--body", Self.body, "--date", "2017-12-19", "--minute", "184", "--minute", "186b",
                "--minute", "188", "--status", "done", "--note", "Reported done before the March meeting."
            ], database)
        #expect(closed.trimmingCharacters(in: .whitespacesAndNewlines) == "0 actions now done")
        // The import made the seat from the attendance list ("Chris Hafford, Borough Police Commander").
        var seats = try run(["seat", "list", "--body", Self.body], database)
        #expect(seats.contains("Borough Police Commander\tchairman\tChris Hafford\t2017-12-19"))
        let handOver = try run(
            [
                "seat", "hand-over", "--body", Self.body, "--seat", "Borough Police Commander", "--to", "Paul Warnett",
                "--on", "2018-02-19"
            ], database)
        #expect(handOver.contains("1 open action forwarded"))
        seats = try run(["seat", "list", "--body", Self.body], database)
        #expect(seats.contains("Borough Police Commander\tchairman\tPaul Warnett\t2018-02-19"))

        let json = try run(["matters-arising", "--body", Self.body, "--date", "2018-03-26", "--json"], database)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let entries = try #require(report["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["minute"] as? String } == ["180", "181", "183", "186a", "187", "189"])
        let phrases = [
            "180": "mass casualty exercise", "181": "Prevent Action Plan", "183": "Community Payback Field Team",
            "186a": "Jobs Fair", "187": "motor bikes", "189": "Serious Organised Crime Advisor"
        ]
        for entry in entries {
            let minute = entry["minute"] as? String ?? ""
            #expect((entry["resolved"] as? String)?.contains(phrases[minute] ?? "—") == true, "minute \(minute)")
            #expect(entry["meeting_date"] as? String == "2017-12-19")
        }
        let bikes = try #require(entries.first { $0["minute"] as? String == "187" })
        #expect(bikes["owners"] as? [String] == ["Paul Warnett"])
        #expect(
            (bikes["update"] as? String)?.contains("Forwarded to Paul Warnett as the former Borough Police Commander, Chris Hafford, has moved on.")
                == true)

        // The closed actions' history says why they left the report.
        let done = try run(["actions", "list", "--body", Self.body, "--status", "done"], database)
        #expect(done.split(separator: "\n").count == 3)
    }

    @Test("a seat is added with its holder and listed")
    func addSeat() throws {
        let pack = try #require(AcceptanceSamples.pack)
        let database = CLI.temporaryPath()
        _ = try run(["import", pack.path], database)
        let added = try run(
            [
                "seat", "add", "--body", Self.body, "--title", "Community Safety Adviser", "--holder", "Amanda Mumford",
                "--since", "2018-01-08", "--role", "adviser"
            ], database)
        #expect(added.trimmingCharacters(in: .whitespacesAndNewlines) == "Community Safety Adviser: Amanda Mumford since 8 January 2018")
        #expect(try run(["seat", "list", "--body", Self.body], database).contains("Community Safety Adviser\tadviser\tAmanda Mumford\t2018-01-08"))
    }

    @Test("bad seat and status commands are one clear line each")
    func badInput() throws {
        let pack = try #require(AcceptanceSamples.pack)
        let database = CLI.temporaryPath()
        _ = try run(["import", pack.path], database)
        for (arguments, message) in [
            (
                ["seat", "hand-over", "--body", Self.body, "--seat", "Borough Commander", "--to", "Paul Warnett", "--on", "2018-02-19"],
                "no seat called 'Borough Commander'"
            ),
            (
                ["seat", "hand-over", "--body", Self.body, "--seat", "Borough Police Commander", "--to", "Paul Warnett", "--on", "2017-12-19"],
                "it can pass to a successor from the day after"
            ),
            (
                ["seat", "add", "--body", Self.body, "--title", "Community Safety Adviser", "--holder", "Nobody Atall", "--since", "2016-05-01"],
                "nobody called 'Nobody Atall'"
            ),
            (
                ["seat", "add", "--body", Self.body, "--title", "Committee Secretary", "--holder", "Steve Wood", "--since", "2016-05-01"],
                "already has a seat called 'Committee Secretary'"
            ),
            (
                ["actions", "status", "--body", Self.body, "--date", "2017-12-19", "--minute", "999", "--status", "done"],
                "minute 999 of 19 December 2017 has no actions"
            ),
            (
                ["actions", "status", "--body", Self.body, "--date", "2017-12-19", "--minute", "184", "--status", "finished"],
                "'finished' is not a status"
            )
        ] {
            let result = try CLI.run(arguments + ["--database", database])
            #expect(result.status != 0)
            #expect(result.stderr.hasPrefix("Error: ") && result.stderr.contains(message), "\(result.stderr)")
        }
    }
}

enum AcceptanceSamples {
    /// The March 2018 agenda pack in `../shared/samples` beside the clone (found from this file's path).
    static var pack: URL? {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while url.path != "/" {
            let candidate = url.appendingPathComponent("../shared/samples/sbp-2018-03-26-agenda-pack.txt").standardizedFileURL
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            url = url.deletingLastPathComponent()
        }
        return nil
    }
}
