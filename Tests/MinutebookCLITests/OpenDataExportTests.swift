import Foundation
import GRDB
import MinutebookStore
import MinutebookTestSupport
import Testing

/// `minutebook export oparl|csv` through the real binary: every file written, the public record in
/// them, and none of the secrets planted in Part 2, draft minutes, an unpublished agenda, an email
/// address and a private action.
@Suite("Open data export")
struct OpenDataExportTests {
    static let secrets = ["zqpartwo", "zqdraft", "zqagenda", "zqemail", "zqprivate"]

    static func plantedDatabase() throws -> String {
        let path = CLI.temporaryPath()
        let database = try AppDatabase(path: path)
        try database.plant(world)
        return path
    }

    static var world: TestWorld {
        var w = TestWorld()
        let millbrook = w.partnership("Safer Millbrook Partnership", slug: "millbrook", id: 1)
        let ada = w.person("Ada Quince", email: "zqemail@millbrook.example", in: millbrook, id: 1)
        let board = w.body("Safer Millbrook Board", slug: "board", in: millbrook, id: 1)
        let lead = w.seat("Council Lead", on: board, role: .chairman, id: 1)
        w.holding(lead, by: ada, from: "2018-05-01")
        let december = w.meeting(of: board, on: "2019-12-10", status: .held, start: "10:00", venue: "Millbrook Civic Hall, Room 2", id: 10)
        let march = w.meeting(of: board, on: "2020-03-02", status: .minutesDrafted, start: "10:00", id: 11)
        let june = w.meeting(of: board, on: "2020-06-15", id: 12)
        w.attendance(at: december, "Ada Quince", person: ada)
        let planning = w.minute(
            "Emergency Planning Update", number: 41, text: "The Board noted the \"winter\" flood exercise.",
            of: december, id: 1000)
        w.minute("Exempt Contract Matter", number: 42, text: "Members discussed zqpartwo tender terms.", part: .two, of: december, id: 1001)
        w.resolution("An update on the mass casualty exercise, in March.", of: planning, id: 5000)
        w.action("Speak to zqprivate about the referral.", body: board, minute: planning, isPrivate: true)
        w.approve(december, on: "2020-03-02")
        w.minute("Knife Crime Plan", number: 55, text: "The zqdraft plan.", of: march)
        w.item("zqagenda briefing", on: june, number: "3")
        return w
    }

    @Test("OParl JSON and CSV files carry the public record and no secret", arguments: ["oparl", "csv"])
    func export(_ format: String) throws {
        let database = try OpenDataExportTests.plantedDatabase()
        let out = CLI.temporaryPath("-\(format)")
        let result = try CLI.run(["export", format, "--out", out, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        let names = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(names.count == (format == "oparl" ? 9 : 7))
        var all = ""
        for name in names {
            all += try String(contentsOfFile: out + "/" + name, encoding: .utf8)
        }
        #expect(all.contains("mass casualty exercise"))
        #expect(all.contains("Ada Quince"))
        for secret in OpenDataExportTests.secrets { #expect(!all.contains(secret), "\(secret) leaked into \(format)") }
        if format == "oparl" {
            let meeting = try Data(contentsOf: URL(fileURLWithPath: out + "/meeting.json"))
            let json = try #require(try JSONSerialization.jsonObject(with: meeting) as? [String: Any])
            let data = try #require(json["data"] as? [[String: Any]])
            #expect(data.allSatisfy { ($0["type"] as? String)?.hasPrefix("https://schema.oparl.org/1.1/") == true })
        } else {
            let decisions = try String(contentsOfFile: out + "/decisions.csv", encoding: .utf8)
            #expect(decisions.hasPrefix("partnership,body,date,minute,title,decision\r\n"))
            #expect(decisions.contains("\"An update on the mass casualty exercise, in March.\""))
        }
    }

    @Test("a folder that cannot be written is one clear error")
    func unwritable() throws {
        let database = try OpenDataExportTests.plantedDatabase()
        let result = try CLI.run(["export", "csv", "--out", "/proc/no-such-place/x", "--database", database])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("Error: cannot write into"))
    }
}
