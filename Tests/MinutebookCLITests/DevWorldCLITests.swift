import Foundation
import GRDB
import MinutebookStore
import MinutebookTestSupport
import Testing

/// `minutebook dev world`: the end-to-end tests' one way to build a world plants what the Swift tests' TestWorld
/// plants, record for record, and refuses a file it cannot read whole.
@Suite("minutebook dev world")
struct DevWorldCLITests {
    static let file = """
        [{"partnership": "Millbrook Partnership", "slug": "millbrook", "id": 1},
         {"organisation": "Millbrook Council", "abbreviation": "MC", "sector": "council", "in": 1},
         {"person": "Priya Okafor", "organisation": 1, "email": "priya@millbrook.example", "in": 1},
         {"body": "Millbrook Board", "slug": "board", "in": 1},
         {"seat": "Council Leader", "on": 1, "role": "chairman", "organisation": 1, "position": 1},
         {"holding": 1, "by": 1, "from": "2016-05-01"},
         {"meeting": 1, "on": "2017-12-19", "status": "minutes_drafted", "start": "14:00", "venue": "Town Hall"},
         {"item": "Case review", "on": 1, "part": 2, "exemptReason": "Information about an individual"},
         {"attendance": "Priya Okafor", "at": 1, "person": 1, "position": "chairman"},
         {"minute": "Case review", "number": 174, "letter": "a", "text": "The board heard the case.", "part": 2, "of": 1, "item": 1},
         {"resolution": "The review is noted.", "of": 1},
         {"action": "Report back", "body": 1, "minute": 1, "resolution": 1, "due": "2018-03-01"},
         {"owner": 1, "person": 1, "code": "PO"},
         {"vote": 1, "motion": "Note the review", "for": 3, "against": 1, "presentVoting": 4},
         {"approve": 1, "on": "2018-03-26"}]
        """

    /// The same world in Swift.
    static var world: TestWorld {
        var w = TestWorld()
        let millbrook = w.partnership("Millbrook Partnership", slug: "millbrook", id: 1)
        let council = w.organisation("Millbrook Council", abbreviation: "MC", sector: "council", in: millbrook)
        let priya = w.person("Priya Okafor", organisation: council, email: "priya@millbrook.example", in: millbrook)
        let board = w.body("Millbrook Board", slug: "board", in: millbrook)
        w.holding(w.seat("Council Leader", on: board, role: .chairman, organisation: council, position: 1), by: priya, from: "2016-05-01")
        let december = w.meeting(of: board, on: "2017-12-19", status: .minutesDrafted, start: "14:00", venue: "Town Hall")
        let review = w.item("Case review", on: december, part: .two, exemptReason: "Information about an individual")
        w.attendance(at: december, "Priya Okafor", person: priya, position: .chairman)
        let minute = w.minute(
            "Case review", number: 174, letter: "a", text: "The board heard the case.", part: .two, of: december, item: review)
        let resolution = w.resolution("The review is noted.", of: minute)
        let action = w.action("Report back", body: board, minute: minute, resolution: resolution, due: "2018-03-01")
        w.owner(of: action, person: priya, code: "PO")
        w.vote(at: review, motion: "Note the review", tally: .init(votesFor: 3, against: 1, abstentions: 0), presentVoting: 4)
        w.approve(december, on: "2018-03-26")
        return w
    }

    static let tables = [
        "partnership", "organisation", "person", "body", "seat", "seatHolding", "meeting", "agendaItem", "attendance",
        "minute", "resolution", "action", "actionOwner", "vote"
    ]

    /// Every row of the world's tables, as text, leaving out the moments a row was written.
    static func rows(_ path: String) throws -> [String] {
        try AppDatabase(path: path).reader.read { db in
            try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid").map { row in
                    table + ": "
                        + row.columnNames.filter { !["createdAt", "updatedAt"].contains($0) }
                        .map { "\($0)=\(row[$0] as DatabaseValue)" }.joined(separator: " ")
                }
            }
        }
    }

    func migrated() throws -> String {
        let path = CLI.temporaryPath()
        #expect(try CLI.run(["migrate", "--database", path]).status == 0)
        return path
    }

    @Test("a world file plants what TestWorld plants, audited as the CLI's, and a second file goes on from the first")
    func plantsAsTestWorld() throws {
        let byCLI = try migrated(), bySwift = try migrated()
        let file = CLI.temporaryPath(".json")
        try Self.file.write(toFile: file, atomically: true, encoding: .utf8)
        let planted = try CLI.run(["dev", "world", "--database", byCLI, file])
        #expect(planted.status == 0, "\(planted.stderr)")
        #expect(planted.stdout.contains("planted the 15 steps of"))
        try AppDatabase(path: bySwift).plant(Self.world)
        let rows = try Self.rows(byCLI)
        #expect(rows.count == 14)
        #expect(rows == (try Self.rows(bySwift)))
        let audited = try AppDatabase(path: byCLI).reader.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE actor = 'cli:dev-world'") ?? 0
        }
        #expect(audited >= 15)

        try #"[{"meeting": 1, "on": "2018-03-26"}]"#.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["dev", "world", "--database", byCLI, file]).status == 0)
        let march = try AppDatabase(path: byCLI).reader.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM meeting WHERE date = '2018-03-26'")
        }
        #expect(march == 2)
        #expect(!(try CLI.run(["--help"]).stdout.contains("dev")), "the test tool is hidden from --help")
    }

    @Test("a file it cannot read whole is refused, naming the step, and nothing is planted")
    func refusals() throws {
        let path = try migrated()
        let file = CLI.temporaryPath(".json")
        for (world, error) in [
            (#"[{"partnership": "P", "slug": "p"}, {"body": "B", "slug": "b", "in": 1, "colour": "red"}]"#, "step 2 (body) does not take colour"),
            (#"[{"partnership": "P", "slug": "p"}, {"body": "B", "slug": "b", "in": 1, "kind": "committee"}]"#, "'kind' must be one of board, "),
            (#"[{"partnership": "P", "slug": "p"}, {"slug": "b"}]"#, "step 2 names no kind"),
            (#"[{"partnership": "P", "slug": "p", "id": 1.5}]"#, "step 1 (partnership): 'id' must be a whole number"),
            (#"{"partnership": "P"}"#, "is not a JSON array of objects")
        ] {
            try world.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try CLI.run(["dev", "world", "--database", path, file])
            #expect(result.status != 0)
            #expect(result.stderr.contains(error), "\(result.stderr)")
        }
        let partnerships = try AppDatabase(path: path).reader.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM partnership") }
        #expect(partnerships == 0)
    }
}
