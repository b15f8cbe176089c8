import Foundation
import Testing

@testable import MinutebookTools

/// The one way blocking work leaves the concurrency pool: it answers with the work's result or error,
/// gives up at its time limit, and holds no thread of the concurrency pool while it waits.
@Suite("Blocking work")
struct BlockingTests {
    struct Refused: Error, Equatable { let reason: String }

    @Test("the work's result comes back to the waiting task")
    func result() async throws {
        let total = try await Blocking.run("adding up", timeout: 60) { (1...100).reduce(0, +) }
        #expect(total == 5050)
    }

    @Test("the work's own error comes back unchanged")
    func error() async throws {
        await #expect(throws: Refused(reason: "no minutes in this file")) {
            try await Blocking.run("reading", timeout: 60) { () throws -> Int in throw Refused(reason: "no minutes in this file") }
        }
    }

    @Test("work that passes its time limit is abandoned with an error naming it")
    func timeout() async throws {
        let release = Gate()
        defer { release.open() }
        do {
            _ = try await Blocking.run("reading the scanned minutes", timeout: 0.2) {
                release.wait(); return 1
            }
            Issue.record("work past its limit gave a result")
        } catch let error as ToolError {
            #expect(error.kind == .timedOut)
            #expect(error.description == "reading the scanned minutes did not finish within 0.2 s and was abandoned")
        }
    }

    @Test("waiting work holds no thread of the concurrency pool: more of it than the pool has threads all finishes")
    func offThePool() async throws {
        let gate = Gate()
        let waiting = ProcessInfo.processInfo.activeProcessorCount * 2 + 2
        // Each piece of work waits for a gate only a later task on the concurrency pool opens; if each
        // held a pool thread, that task would never run and every piece would reach its time limit.
        try await withThrowingTaskGroup(of: Int.self) { group in
            for k in 0..<waiting {
                group.addTask {
                    try await Blocking.run("waiting \(k)", timeout: 60) {
                        gate.wait(); return 1
                    }
                }
            }
            group.addTask {
                try await Task.sleep(for: .milliseconds(300))
                gate.open()
                return 0
            }
            var finished = 0
            for try await value in group { finished += value }
            #expect(finished == waiting)
        }
    }

    @Test("a cancelled caller stops waiting")
    func cancellation() async throws {
        let gate = Gate()
        defer { gate.open() }
        let task = Task {
            try await Blocking.run("waiting", timeout: 120) {
                gate.wait(); return 1
            }
        }
        try await Task.sleep(for: .milliseconds(100))
        task.cancel()
        await #expect(throws: CancellationError.self) { try await task.value }
    }
}

/// A gate blocking threads until it is opened (the blocking work of these tests).
final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var isOpen = false

    func wait() {
        condition.lock()
        while !isOpen { condition.wait() }
        condition.unlock()
    }

    func open() {
        condition.lock()
        isOpen = true
        condition.broadcast()
        condition.unlock()
    }
}
