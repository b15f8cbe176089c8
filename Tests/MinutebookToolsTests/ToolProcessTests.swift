import Foundation
import Testing

@testable import MinutebookTools

#if canImport(Glibc)
import Glibc
#endif

/// The one runner of outside programs, driven with /bin/sh (a real program whose output and
/// children the tests control).
@Suite("Outside programs")
struct ToolProcessTests {
    let sh = "/bin/sh"

    func scratch() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mb-tools-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test("a program writing megabytes to both streams finishes with all of its output")
    func bothStreams() throws {
        // 1 MB of errors first: a reader that drains stdout before stderr waits for ever here.
        let script = "head -c 1048576 /dev/zero | tr '\\0' e >&2; head -c 2097152 /dev/zero | tr '\\0' o; echo done >&2"
        let output = try ToolProcess.runBlocking(sh, ["-c", script], timeout: 60)
        #expect(output.status == 0)
        #expect(output.stdoutData.count == 2_097_152)
        // Error output is kept up to the limit and the rest read and dropped.
        #expect(output.stderr.utf8.count == ToolProcess.stderrLimit)
        #expect(output.stderr.hasPrefix("eeee"))
    }

    @Test("a program past its time limit is killed with everything it started, with a one-line error")
    func timeout() throws {
        let dir = try scratch()
        let pidFile = dir.appendingPathComponent("child.pid").path
        let script = "sleep 60 & echo $! > \(pidFile); sleep 60"
        let started = Date()
        do {
            _ = try ToolProcess.runBlocking(sh, ["-c", script], timeout: 1)
            Issue.record("a program sleeping 60 s finished within a 1 s limit")
        } catch {
            #expect(error.kind == .timedOut)
            #expect(error.description == "sh did not finish within 1 s and was stopped")
            #expect(!error.description.contains("\n"))
        }
        #expect(Date().timeIntervalSince(started) < 30, "the limit was not applied")
        let child = try #require(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        // The grandchild is gone (or a zombie waiting for its new parent to reap it). SIGKILL is sent at
        // once but a busy box may take a moment to run the exit: allow it five seconds.
        func alive() -> Bool {
            guard kill(child, 0) == 0 else { return false }
            guard let stat = try? String(contentsOfFile: "/proc/\(child)/stat", encoding: .utf8) else { return false }
            return !stat.contains(") Z ")
        }
        let killed = Date()
        while alive(), Date().timeIntervalSince(killed) < 5 { usleep(20_000) }
        #expect(!alive(), "the program's child \(child) survived the timeout")
    }

    @Test("a program that leaves a child holding its output is not waited for beyond a moment")
    func lingeringChild() throws {
        let output = try ToolProcess.runBlocking(sh, ["-c", "echo started; sleep 30 &"], timeout: 20)
        #expect(output.status == 0)
        #expect(output.stdout == "started\n")
    }

    @Test("input is passed on standard input")
    func standardInput() throws {
        let output = try ToolProcess.runBlocking("/bin/cat", [], timeout: 20, stdin: Data("Kestrel Row\n".utf8))
        #expect(output.stdout == "Kestrel Row\n")
    }

    @Test("a missing program and one that cannot start are one-line errors")
    func missing() throws {
        let tools = Tools(paths: [:])
        #expect(throws: ToolError.self) { try tools.path(.tesseract) }
        do { _ = try tools.path(.tesseract) } catch {
            #expect(error.kind == .missing)
            #expect(error.description.hasPrefix("tesseract is not installed: run scripts/bootstrap"))
        }
        do {
            _ = try ToolProcess.runBlocking("/nonexistent/pdftotext", [], timeout: 5)
            Issue.record("a missing executable started")
        } catch {
            #expect(error.kind == .notStarted)
        }
    }

    @Test("located tools are executable paths and the summary names every tool")
    func located() {
        let tools = Tools.locate(environment: ["PATH": "/usr/bin:/bin"])
        for (_, path) in tools.paths { #expect(FileManager.default.isExecutableFile(atPath: path)) }
        #expect(tools.summary.count == Tool.allCases.count)
        #expect(tools.has(.pdftotext) == FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"))
    }

    @Test("waiting programs hold no thread of the concurrency pool: more of them than the pool has threads all finish")
    func offThePool() async throws {
        let dir = try scratch()
        let flag = dir.appendingPathComponent("go").path
        let waiting = ProcessInfo.processInfo.activeProcessorCount * 2 + 2
        // Each program waits for a file that only a later task on the pool writes; if each run held a
        // pool thread, that task would never run and every program would reach its time limit.
        try await withThrowingTaskGroup(of: Int32.self) { group in
            for _ in 0..<waiting {
                group.addTask {
                    try await ToolProcess.run(sh, ["-c", "while [ ! -f \(flag) ]; do sleep 0.05; done"], timeout: 60).status
                }
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(300))
                FileManager.default.createFile(atPath: flag, contents: Data())
                return 0
            }
            var finished = 0
            for try await status in group {
                #expect(status == 0)
                finished += 1
            }
            #expect(finished == waiting + 1)
        }
    }

    @Test("cancelling the waiting task stops the program")
    func cancellation() async throws {
        let task = Task { try await ToolProcess.run(sh, ["-c", "sleep 60"], timeout: 120) }
        try await Task.sleep(for: .milliseconds(300))
        task.cancel()
        do {
            _ = try await task.value
            Issue.record("a cancelled program ran to completion")
        } catch let error as ToolError {
            #expect(error.description == "sh was stopped: the work was cancelled")
        }
    }
}
