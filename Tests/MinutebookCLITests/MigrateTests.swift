import Foundation
import Testing

@Suite("minutebook migrate")
struct MigrateTests {
    @Test("creates a database and prints nothing; running it again changes nothing")
    func createsAndIsIdempotent() throws {
        let path = CLI.temporaryPath()
        let first = try CLI.run(["migrate", "--database", path])
        #expect(first.status == 0)
        #expect(first.stdout.isEmpty)
        #expect(FileManager.default.fileExists(atPath: path))
        let second = try CLI.run(["migrate", "--database", path])
        #expect(second.status == 0)
    }

    @Test("a file that is not a database is one clear error line and a non-zero exit")
    func refusesNonDatabase() throws {
        let path = CLI.temporaryPath(".txt")
        try Data(String(repeating: "minutes of the meeting ", count: 20).utf8).write(to: URL(fileURLWithPath: path))
        let result = try CLI.run(["migrate", "--database", path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("not a Minutebook database"))
        #expect(result.stderr.split(separator: "\n").count <= 2)
    }

    @Test("a database in a folder that does not exist is refused clearly")
    func refusesMissingFolder() throws {
        let result = try CLI.run(["migrate", "--database", "/nonexistent-folder-\(UUID().uuidString)/x.sqlite"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("cannot open database"))
    }
}
