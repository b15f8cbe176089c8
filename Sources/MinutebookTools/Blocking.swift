import Foundation
import NIOPosix

/// The one way blocking work leaves the Swift concurrency pool: outside programs (`ToolProcess.run`),
/// PDF and upload checks, text extraction, reading documents for import, bcrypt. The work runs on a
/// NIO thread pool of its own (`NIOThreadPool.runIfActive`'s pool, sized for waiting, not for
/// computing), the calling task is suspended, never blocked, and gives up waiting after `timeout`.
///
/// A thread cannot be stopped from outside: work past its time limit runs on to its end and its
/// result is dropped. Work that can be stopped (a program) carries its own, shorter, limit as well
/// (`ToolProcess` kills the program); this limit is the backstop that answers the caller either way.
public enum Blocking {
    /// Threads for blocking work. They mostly wait (on a program, on a pipe), so there are more of
    /// them than cores; the bound keeps a burst of uploads from starting unbounded programs at once.
    public static let threadCount = max(16, ProcessInfo.processInfo.activeProcessorCount * 4)

    /// Started on first use and kept for the life of the process (like `NIOThreadPool.singleton`, but
    /// not shared with NIO's file I/O, so a long conversion never delays a file read of the server).
    static let pool: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: threadCount)
        pool.start()
        return pool
    }()

    /// Runs `work` on the blocking pool and returns its result, or throws what it throws. Throws
    /// `ToolError` `.timedOut` naming `what` ("reading the minutes") when `timeout` seconds pass
    /// first, and `CancellationError` when the calling task is cancelled before the work starts.
    public static func run<T: Sendable>(
        _ what: String, timeout: Double,
        _ work: @escaping @Sendable () throws -> T
    ) async throws -> T {
        let answer = Answer<T>()
        let worker = Task {
            do {
                answer.give(.success(try await pool.runIfActive(work)))
            } catch {
                answer.give(.failure(error))
            }
        }
        let timer = Task {
            try await Task.sleep(for: .milliseconds(Int(timeout * 1000)))
            answer.give(
                .failure(
                    ToolError(
                        .timedOut, tool: what,
                        "\(what) did not finish within \(ToolProcess.seconds(timeout)) and was abandoned")))
            // Work still waiting for a thread never starts.
            worker.cancel()
        }
        defer { timer.cancel() }
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { answer.wait($0) }
        } onCancel: {
            worker.cancel()
            answer.give(.failure(CancellationError()))
        }
    }
}

/// The first of the work's result and the time limit, handed to the waiting task once.
private final class Answer<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, any Error>?
    private var early: Result<T, any Error>?
    private var given = false

    func wait(_ continuation: CheckedContinuation<T, any Error>) {
        let ready: Result<T, any Error>? = lock.withLock {
            if let early { return early }
            self.continuation = continuation
            return nil
        }
        if let ready { continuation.resume(with: ready) }
    }

    func give(_ result: Result<T, any Error>) {
        let waiting: CheckedContinuation<T, any Error>? = lock.withLock {
            guard !given else { return nil }
            given = true
            if let continuation { self.continuation = nil; return continuation }
            early = result
            return nil
        }
        waiting?.resume(with: result)
    }
}
