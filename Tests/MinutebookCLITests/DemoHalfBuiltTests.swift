import Foundation
import GRDB
import Testing

/// The demo never silently keeps a half-built database (issue 17, item 13): a new demo is written to a
/// scratch file and renamed once whole; a file whose demo was not finished is refused, not served.
@Suite("minutebook demo, stopped part-way")
struct DemoHalfBuiltTests {
    @Test("a demo killed while it is written leaves no database; the next run builds the whole demo")
    func killedDemoIsNotKept() throws {
        let path = CLI.temporaryPath()
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["demo", "--no-serve", "--database", path, "--today", DemoExportTests.today, "--partnerships", "40", "--years", "2"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Killed as soon as the demo is being written, as a power cut or Ctrl-C would stop it.
        while process.isRunning, !FileManager.default.fileExists(atPath: path + ".partial") { usleep(20_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try #require(process.terminationReason == .uncaughtSignal, "the demo finished before it could be stopped")
        #expect(!FileManager.default.fileExists(atPath: path), "a half-built demo was left where the next run would serve it")

        let next = try CLI.run(["demo", "--no-serve", "--database", path, "--today", DemoExportTests.today])
        #expect(next.status == 0, "\(next.stderr)")
        #expect(next.stdout.contains("Created the demo data"))
        #expect(next.stdout.contains("72 meetings"))
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))
        #expect(try CLI.run(["user", "list", "--database", path]).stdout.split(separator: "\n").count == 3)
    }

    @Test("a file holding a demo that was not finished is refused with what to do, and not served")
    func unfinishedDemoIsRefused() throws {
        let path = CLI.temporaryPath()
        #expect(try CLI.run(["demo", "--no-serve", "--database", path, "--today", DemoExportTests.today]).status == 0)
        // As a run stopped before its accounts (written last) would leave it, filling a file in place.
        try DatabaseQueue(path: path).write { try $0.execute(sql: "DELETE FROM user") }
        let again = try CLI.run(["demo", "--no-serve", "--database", path, "--today", DemoExportTests.today])
        #expect(again.status != 0)
        #expect(again.stderr.contains("was not finished") && again.stderr.contains("delete it"), "\(again.stderr)")
        #expect(!again.stdout.contains("Reusing") && !again.stdout.contains("password:"))
    }
}
