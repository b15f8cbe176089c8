import Foundation
import MinutebookCore
import MinutebookTools

#if canImport(Glibc)
import Glibc
#endif

/// The outside programs a benchmark drives (the server under test, nginx, wrk, curl), each started
/// by path with its own arguments, on loopback only, and stopped by its own process id.
enum BenchProcesses {
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Finds `name` on PATH (or as given, when it holds a slash), else a clear error.
    static func tool(_ name: String, package: String) throws -> String {
        if name.contains("/") {
            if FileManager.default.isExecutableFile(atPath: name) { return name }
        } else {
            let path = (ProcessInfo.processInfo.environment["PATH"] ?? "") + ":/usr/sbin:/usr/bin:/sbin"
            for dir in path.split(separator: ":") {
                let candidate = "\(dir)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        throw DomainError.notFound("\(name) is not installed: run scripts/bootstrap (Debian package \(package))")
    }

    /// Runs a program to completion, capturing its output (`ToolProcess`: both streams read at once;
    /// stopped after an hour, far past any benchmark's own limit).
    static func run(_ executable: String, _ arguments: [String], stdin: String? = nil) throws -> Output {
        let output: ToolOutput
        do {
            output = try ToolProcess.runBlocking(executable, arguments, timeout: 3600, stdin: stdin.map { Data($0.utf8) })
        } catch {
            throw DomainError.invalid(error.description)
        }
        return Output(status: output.status, stdout: output.stdout, stderr: output.stderr)
    }

    /// Starts a long-running program with its output going to `log`.
    static func start(_ executable: String, _ arguments: [String], log: URL) throws -> Process {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Stops a program this benchmark started: SIGTERM, then SIGKILL if it is still running two seconds
    /// later (a timer that is cancelled when the program ends, not a polling loop).
    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        let pid = process.processIdentifier
        let watchdog = Task {
            try await Task.sleep(for: .seconds(2))
            kill(pid, SIGKILL)
        }
        process.terminate()
        process.waitUntilExit()
        watchdog.cancel()
    }

    /// A free TCP port on 127.0.0.1, asked of the kernel.
    static func freePort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw DomainError.invalid("cannot open a socket to find a free port") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(fd, pointer, length) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else { throw DomainError.invalid("cannot bind a loopback port") }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// A fetched response: status, content type and the exact body bytes (saved to `file`).
    struct Fetched {
        var status: Int
        var contentType: String
        var file: URL
        var bytes: Int
    }

    /// GETs `url` with curl, saving the body's exact bytes to `file`.
    static func fetch(_ url: String, to file: URL, headers: [String] = []) throws -> Fetched {
        let curl = try tool("curl", package: "curl")
        var arguments = ["-sS", "-o", file.path, "-w", "%{http_code} %{content_type}", "--max-time", "120"]
        for h in headers { arguments += ["-H", h] }
        let out = try run(curl, arguments + [url])
        guard out.status == 0 else {
            throw DomainError.invalid("curl \(url) failed: \(out.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        let parts = out.stdout.split(separator: " ", maxSplits: 1).map(String.init)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        return Fetched(
            status: Int(parts.first ?? "") ?? 0, contentType: parts.count > 1 ? parts[1] : "", file: file,
            bytes: size)
    }

    /// Waits until `url` answers 200, or the process died, or `seconds` passed.
    static func waitUntilUp(_ url: String, process: Process, seconds: Double, log: URL) async throws {
        let curl = try tool("curl", package: "curl")
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            guard process.isRunning else {
                let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
                throw DomainError.invalid(
                    "\(process.executableURL?.lastPathComponent ?? "the server") stopped before answering "
                        + "(exit \(process.terminationStatus)): \(text.suffix(400))")
            }
            let out = try await ToolProcess.run(curl, ["-s", "-o", "/dev/null", "-w", "%{http_code}", "--max-time", "2", url], timeout: 10)
            if out.stdout == "200" { return }
            try await Task.sleep(for: .milliseconds(100))
        }
        throw DomainError.invalid("\(url) did not answer within \(Int(seconds)) s")
    }

    /// Resident memory of a running process, in MB (VmRSS from /proc).
    static func residentMB(pid: Int32) -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            let kb = line.split(separator: " ").compactMap { Double($0) }.first
            return kb.map { $0 / 1024 }
        }
        return nil
    }

    /// The running binary (`minutebook-bench`).
    static var selfExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    /// The `minutebook` binary built beside this one (or `$MINUTEBOOK_BIN`), so the server under test and the
    /// accounts it uses are the same build as the benchmark.
    static var minutebookExecutable: String {
        if let explicit = ProcessInfo.processInfo.environment["MINUTEBOOK_BIN"], !explicit.isEmpty { return explicit }
        return URL(fileURLWithPath: selfExecutable).deletingLastPathComponent().appendingPathComponent("minutebook").path
    }
}
