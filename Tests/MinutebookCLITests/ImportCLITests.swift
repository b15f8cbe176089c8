import Foundation
import Testing

@Suite("minutebook import")
struct ImportCLITests {
    static let minutes = """
        HARBOURSIDE SAFER COMMUNITIES BOARD

        Minutes of the meeting held at 10.00 am on 3 October 2019

        Present:
        Nadia Brook, (Harbourside Council Director of Communities) (Chairman)
        Owen Pryce, (Coastal Police Chief Inspector)

        4\tAPOLOGIES FOR ABSENCE\tAction
        \tApologies were received from Lena Fairfax.\t
        5\tPATROL PLAN\tAction
        \tRESOLVED that the patrol plan is published.\tOP
        """

    func file(_ contents: Data, _ ext: String) throws -> String {
        let path = CLI.temporaryPath(ext)
        try contents.write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("--dry-run --json prints one meeting record in the contract's shape and writes nothing")
    func dryRunJSON() throws {
        let input = try file(Data(Self.minutes.utf8), ".txt")
        let database = CLI.temporaryPath()
        let result = try CLI.run(["import", input, "--dry-run", "--json", "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["body"] as? String == "Harbourside Safer Communities Board")
        #expect(object["date"] as? String == "2019-10-03")
        #expect(object["start"] as? String == "10:00")
        let attendance = try #require(object["attendance"] as? [[String: Any]])
        #expect(attendance.first?["name"] as? String == "Nadia Brook")
        #expect(attendance.first?["position"] as? String == "chairman")
        #expect(attendance.contains { $0["name"] as? String == "Lena Fairfax" && $0["status"] as? String == "apologies" })
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["number"] as? String } == ["4", "5"])
        let actions = try #require(items[1]["actions"] as? [[String: Any]])
        #expect(actions.first?["owners"] as? [String] == ["OP"])
        #expect(actions.first?["owner_names"] as? [String] == ["Owen Pryce"])
        #expect(items[1]["resolutions"] as? [String] == ["The patrol plan is published."])
        #expect(object["warnings"] as? [String] == [])
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test("importing the same file twice writes once; the second run reports it unchanged")
    func idempotentImport() throws {
        let input = try file(Data(Self.minutes.utf8), ".txt")
        let database = CLI.temporaryPath()
        let first = try CLI.run(["import", input, "--database", database])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("imported"))
        let second = try CLI.run(["import", input, "--database", database])
        #expect(second.status == 0)
        #expect(second.stdout.contains("unchanged"))
    }

    @Test("a folder is read recursively, with progress on stderr, and an array for several meetings")
    func folder() throws {
        let folder = CLI.temporaryPath("-dir")
        try FileManager.default.createDirectory(atPath: folder + "/2019", withIntermediateDirectories: true)
        try Data(Self.minutes.utf8).write(to: URL(fileURLWithPath: folder + "/2019/october.txt"))
        let november = Self.minutes.replacingOccurrences(of: "3 October 2019", with: "7 November 2019")
            .replacingOccurrences(of: "4\tAPOLOGIES", with: "6\tAPOLOGIES").replacingOccurrences(of: "5\tPATROL", with: "7\tPATROL")
        try Data(november.utf8).write(to: URL(fileURLWithPath: folder + "/november.md"))
        try Data("not minutes".utf8).write(to: URL(fileURLWithPath: folder + "/notes.csv"))
        let result = try CLI.run(["import", folder, "--dry-run", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.compactMap { $0["date"] as? String }.sorted() == ["2019-10-03", "2019-11-07"])
        #expect(result.stderr.contains("2/2"))
    }

    static let badInputs: [(String, Data, String, String)] = [
        ("binary", Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x10] + Array(repeating: 0, count: 64)), ".txt", "binary file"),
        ("empty", Data(), ".txt", "is empty"),
        ("UTF-16 cut short", Data([0xFF, 0xFE, 0x4D, 0x00, 0x69]), ".txt", "not valid UTF-16"),
        ("a DOCX that is not a zip", Data("this is not a word document".utf8), ".docx", "not a zip archive"),
        ("a PDF that is not a PDF", Data("plain text pretending".utf8), ".pdf", "not a PDF"),
        ("text that holds no minutes", Data("Shopping list\n\nmilk, bread, eggs\n".utf8), ".txt", "no meeting date")
    ]

    @Test(
        "bad input is one clear error line, a non-zero exit, and an untouched database",
        arguments: 0..<ImportCLITests.badInputs.count)
    func badInput(_ index: Int) throws {
        let (what, data, ext, message) = Self.badInputs[index]
        let database = CLI.temporaryPath()
        let good = try file(Data(Self.minutes.utf8), ".txt")
        #expect(try CLI.run(["import", good, "--database", database]).status == 0)
        let before = Self.contents(database)
        let bad = try file(data, ext)
        // The bad file comes after a good one: nothing of the batch may be written.
        let other = try file(
            Data(
                Self.minutes.replacingOccurrences(of: "3 October 2019", with: "5 December 2019")
                    .replacingOccurrences(of: "4\tAPOLOGIES", with: "8\tAPOLOGIES").replacingOccurrences(of: "5\tPATROL", with: "9\tPATROL").utf8),
            ".txt")
        let result = try CLI.run(["import", other, bad, "--database", database])
        #expect(result.status != 0, "\(what)")
        #expect(result.stderr.contains(message), "\(what): \(result.stderr)")
        #expect(result.stderr.split(separator: "\n").filter { $0.hasPrefix("Error") }.count == 1)
        #expect(Self.contents(database) == before, "\(what)")
    }

    /// The database file and its write-ahead log, byte for byte.
    static func contents(_ path: String) -> Data {
        var data = (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data()
        data += (try? Data(contentsOf: URL(fileURLWithPath: path + "-wal"))) ?? Data()
        return data
    }

    @Test("a 200 MB file is refused before it is read")
    func hugeFile() throws {
        let path = CLI.temporaryPath(".txt")
        FileManager.default.createFile(atPath: path, contents: Data("Minutes".utf8))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 200 * 1_048_576)
        try handle.close()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = try CLI.run(["import", path, "--dry-run"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("too large"))
    }

    @Test("a missing file is refused clearly")
    func missingFile() throws {
        let result = try CLI.run(["import", "/nonexistent/minutes-\(UUID().uuidString).txt", "--dry-run"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no such file"))
    }

    /// An invented pack with a KPI table: its figures are recorded and each doubtful cell is a
    /// line-numbered warning of the import.
    static let pack = """
        A meeting of the Harbourside Safer Communities Board will be held at the Quay Rooms on THURSDAY 6 FEBRUARY 2020 at 10.00 am

        AGENDA

        - 1 APOLOGIES FOR ABSENCE
        - 2 PATROL PLAN (Pages 3 - 6)
        Lead officer: Owen Pryce

        Agenda Item 2

        Harbour patrols
        completed

        Target Q1 Q2 Q3

        40 11 9% 12

        The patrols continued through the winter in every harbour ward of the borough.
        """

    @Test("a pack's KPI table is recorded in the performance figures, with its doubts as warnings")
    func packFigures() throws {
        let input = try file(Data(Self.pack.utf8), ".txt")
        let database = CLI.temporaryPath()
        let result = try CLI.run(["import", input, "--database", database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("pack for 2020-02-06: agenda of 2 items, KPI tables of 1 indicators for 2019/20"))
        #expect(
            result.stdout.contains(
                "  warning: line 16: 'Harbour patrols completed': Q2 '9%' is a percentage where a number is expected: not recorded"))
        #expect(result.stdout.contains("figures: 2 quarterly figures and 1 targets recorded (1 indicators defined, unpublished), 1 doubtful"))
    }
}

@Suite("minutebook-bench import")
struct BenchImportCLITests {
    @Test("reports throughput as JSON figures over a generated corpus (speed itself is not asserted)")
    func benchImportJSON() throws {
        let result = try CLI.bench(["import", "--megabytes", "0.2", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["benchmark"] as? String == "import")
        let figures = try #require(object["figures"] as? [String: Any])
        let facts = try #require(object["facts"] as? [String: String])
        #expect((figures["import.corpus_mb"] as? Double ?? 0) >= 0.19)
        #expect(figures["import.mb_per_s"] is Double)
        #expect(figures["import.mb_per_cpu_s"] is Double)
        #expect(Int(facts["import.minutes"] ?? "") == (Int(facts["import.documents"] ?? "") ?? -1) * 12)
    }

}
