import Foundation
import GRDB
import MinutebookStore
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
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                INSERT INTO partnership (id, slug, name) VALUES (1, 'millbrook', 'Safer Millbrook Partnership');
                INSERT INTO person (id, partnershipId, fullName, email) VALUES (1, 1, 'Ada Quince', 'zqemail@millbrook.example');
                INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Safer Millbrook Board', 'board');
                INSERT INTO seat (id, bodyId, title, role) VALUES (1, 1, 'Council Lead', 'chairman');
                INSERT INTO seatHolding (seatId, personId, startDate) VALUES (1, 1, '2018-05-01');
                INSERT INTO meeting (id, bodyId, date, municipalYear, startTime, venue, status) VALUES
                    (10, 1, '2019-12-10', 2019, '10:00', 'Millbrook Civic Hall, Room 2', 'held'),
                    (11, 1, '2020-03-02', 2019, '10:00', NULL, 'minutes_drafted'),
                    (12, 1, '2020-06-15', 2020, NULL, NULL, 'scheduled');
                INSERT INTO attendance (meetingId, personId, name, status) VALUES (10, 1, 'Ada Quince', 'present');
                INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text) VALUES
                    (1000, 10, 1, 2019, 1, 41, 'Emergency Planning Update', 1, 'The Board noted the "winter" flood exercise.'),
                    (1001, 10, 1, 2019, 2, 42, 'Exempt Contract Matter', 2, 'Members discussed zqpartwo tender terms.');
                INSERT INTO resolution (id, minuteId, position, text) VALUES (5000, 1000, 1, 'An update on the mass casualty exercise, in March.');
                INSERT INTO action (bodyId, minuteId, text, isPrivate) VALUES (1, 1000, 'Speak to zqprivate about the referral.', 1);
                UPDATE meeting SET status = 'minutes_approved', approvedAt = '2020-03-02' WHERE id = 10;
                INSERT INTO minute (meetingId, bodyId, municipalYear, position, number, title, text) VALUES
                    (11, 1, 2019, 1, 55, 'Knife Crime Plan', 'The zqdraft plan.');
                INSERT INTO agendaItem (meetingId, position, number, title) VALUES (12, 1, '3', 'zqagenda briefing');
                """)
        }
        return path
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
