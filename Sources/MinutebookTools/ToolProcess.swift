import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What a finished program printed and how it ended.
public struct ToolOutput: Sendable {
    public var status: Int32
    public var stdoutData: Data
    /// Its error output, cut after `ToolProcess.stderrLimit` bytes (the rest is read and dropped).
    public var stderr: String

    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }

    /// The first non-empty line of the error output, for a one-line message.
    public var firstErrorLine: String? {
        stderr.split(separator: "\n").lazy.map { $0.trimmingCharacters(in: .whitespaces) }.first { !$0.isEmpty }
    }
}

/// Why a program gave no output: not installed, could not start, ran past its time, printed too much.
public struct ToolError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable { case missing, notStarted, timedOut, outputTooLarge }
    public let kind: Kind
    /// The program's name (`pdftotext`, `soffice`, ...).
    public let tool: String
    public let description: String

    public init(_ kind: Kind, tool: String, _ description: String) {
        self.kind = kind
        self.tool = tool
        self.description = description
    }
}

/// The one way Minutebook runs an outside program (pdftotext, pdftoppm, qpdf, soffice, WeasyPrint,
/// tesseract). Both output streams are read at once as they fill (a program whose warnings pass the
/// pipe's 64 KB would otherwise wait for ever on a reader that waits for it), the program runs in its
/// own process group and is killed with everything it started when it passes its time limit, and
/// `run` waits on a thread of the blocking pool (`Blocking`), never on one of the Swift concurrency pool's.
public enum ToolProcess {
    /// Error output kept per run; a noisy program's further warnings are read and dropped.
    public static let stderrLimit = 256 * 1024

    /// Runs `executable` to completion on a thread of the blocking pool (`Blocking`); the calling task is
    /// suspended, not blocked. Cancelling the task kills the program.
    public static func run(
        _ executable: String, _ arguments: [String], timeout: Double, workingDirectory: URL? = nil,
        environment: [String: String] = [:], stdin: Data? = nil,
        outputLimit: Int = 512 * 1024 * 1024
    ) async throws(ToolError) -> ToolOutput {
        let name = URL(fileURLWithPath: executable).lastPathComponent
        let cancel = CancelFlag()
        do {
            return try await withTaskCancellationHandler {
                // The program is killed at `timeout`; the pool's limit is only the backstop.
                try await Blocking.run(name, timeout: timeout + 30) { () throws(ToolError) -> ToolOutput in
                    try runBlocking(
                        executable, arguments, timeout: timeout, workingDirectory: workingDirectory,
                        environment: environment, stdin: stdin, outputLimit: outputLimit, cancel: cancel)
                }
            } onCancel: {
                cancel.set()
            }
        } catch let error as ToolError {
            throw error
        } catch {
            throw ToolError(.timedOut, tool: name, "\(name) was stopped: the work was cancelled")
        }
    }

    /// Runs `executable` to completion on the calling thread (which it blocks: call it from a thread of
    /// the blocking pool, `Blocking.run`, or a CLI).
    public static func runBlocking(
        _ executable: String, _ arguments: [String], timeout: Double,
        workingDirectory: URL? = nil, environment: [String: String] = [:],
        stdin: Data? = nil, outputLimit: Int = 512 * 1024 * 1024
    ) throws(ToolError) -> ToolOutput {
        try runBlocking(
            executable, arguments, timeout: timeout, workingDirectory: workingDirectory,
            environment: environment, stdin: stdin, outputLimit: outputLimit, cancel: CancelFlag())
    }

    static func runBlocking(
        _ executable: String, _ arguments: [String], timeout: Double, workingDirectory: URL?,
        environment: [String: String], stdin: Data?, outputLimit: Int,
        cancel: CancelFlag
    ) throws(ToolError) -> ToolOutput {
        let name = URL(fileURLWithPath: executable).lastPathComponent
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let child = try ChildProcess.start(
            executable, arguments, workingDirectory: workingDirectory?.path, environment: env, withInput: stdin != nil)
        let pid = child.pid
        if let stdin {
            let writer = FileHandle(fileDescriptor: child.input, closeOnDealloc: true)
            let feeder = Thread {
                // A program that exits without reading its input must not kill us with SIGPIPE.
                signal(SIGPIPE, SIG_IGN)
                try? writer.write(contentsOf: stdin)
                try? writer.close()
            }
            feeder.start()
        }

        let deadline = Date().addingTimeInterval(timeout)
        var outData = Data(), errData = Data()
        let descriptors = [child.output, child.errorOutput]
        var fds = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        var open = [true, true]
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        var failure: ToolError?
        var exitedAt: Date?
        while open[0] || open[1] {
            let now = Date()
            if cancel.isSet {
                failure = ToolError(.timedOut, tool: name, "\(name) was stopped: the work was cancelled")
                break
            }
            if now >= deadline {
                failure = ToolError(.timedOut, tool: name, "\(name) did not finish within \(Self.seconds(timeout)) and was stopped")
                break
            }
            // The program ended but something it started still holds the pipes: give it a moment, then stop.
            if exitedAt == nil, Self.hasExited(pid) { exitedAt = now }
            if let exitedAt, now.timeIntervalSince(exitedAt) > 2 { break }
            for i in fds.indices { fds[i].fd = open[i] ? descriptors[i] : -1; fds[i].revents = 0 }
            let wait = Int32(max(1, min(200, deadline.timeIntervalSince(now) * 1000)))
            let ready = poll(&fds, nfds_t(fds.count), wait)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for i in fds.indices where open[i] && fds[i].revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(descriptors[i], $0.baseAddress, $0.count) }
                if count > 0 {
                    if i == 0 {
                        outData.append(contentsOf: buffer[0..<count])
                        if outData.count > outputLimit {
                            failure = ToolError(
                                .outputTooLarge, tool: name,
                                "\(name) printed more than \(outputLimit / 1_048_576) MB and was stopped")
                        }
                    } else if errData.count < stderrLimit {
                        errData.append(contentsOf: buffer[0..<min(count, stderrLimit - errData.count)])
                    }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    open[i] = false
                }
            }
            if failure != nil { break }
        }
        // Whatever the program left running (or the program itself, on a failure) goes with its group.
        kill(-pid, SIGKILL)
        if failure != nil { kill(pid, SIGKILL) }
        let status = child.wait()
        close(child.output)
        close(child.errorOutput)
        if let failure { throw failure }
        return ToolOutput(status: status, stdoutData: outData, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Whether the program has ended, leaving it to be reaped by `ChildProcess.wait` (`WNOWAIT`).
    static func hasExited(_ pid: pid_t) -> Bool {
        var info = siginfo_t()
        guard waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 else { return false }
        #if canImport(Glibc) || canImport(Musl)
        return info._sifields._sigchld.si_pid == pid
        #else
        return info.si_pid == pid
        #endif
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}

/// Set by a task's cancellation handler, read by the thread running the program.
final class CancelFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    func set() { lock.withLock { value = true } }
    var isSet: Bool { lock.withLock { value } }
}
