import Foundation
import GRDB
import MinutebookStore
import Testing

@Suite("minutebook import --status")
struct ImportStatusCLITests {
    static let minutes = ImportCLITests.minutes

    @Test("--help explains the status rule and the seats")
    func helpExplainsStatus() throws {
        let result = try CLI.run(["import", "--help"])
        #expect(result.status == 0)
        let words = result.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("--status <status>"))
        #expect(words.contains("agreed as a correct record"))
        #expect(words.contains("'approved' marks every imported meeting's minutes approved"))
        #expect(words.contains("seat holders that day"))
    }

    @Test(
        "--status approved stores the minutes approved; auto (a single meeting) and draft store a draft",
        arguments: [("approved", "minutes_approved"), ("auto", "minutes_drafted"), ("draft", "minutes_drafted")])
    func status(flag: String, expected: String) throws {
        let input = CLI.temporaryPath(".txt")
        try Data(Self.minutes.utf8).write(to: URL(fileURLWithPath: input))
        let path = CLI.temporaryPath()
        let result = try CLI.run(["import", input, "--status", flag, "--database", path])
        #expect(result.status == 0, "\(result.stderr)")
        let status = try AppDatabase(path: path).reader.read { try String.fetchOne($0, sql: "SELECT status FROM meeting") }
        #expect(status == expected)
    }

    @Test("an unknown --status is refused with nothing written")
    func unknownStatus() throws {
        let input = CLI.temporaryPath(".txt")
        try Data(Self.minutes.utf8).write(to: URL(fileURLWithPath: input))
        let path = CLI.temporaryPath()
        let result = try CLI.run(["import", input, "--status", "signed", "--database", path])
        #expect(result.status != 0)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
