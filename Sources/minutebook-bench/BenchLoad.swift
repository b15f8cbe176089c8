import Foundation
import MinutebookCore

/// One wrk run: requests per second and latency percentiles.
struct LoadResult: Sendable {
    var requestsPerSecond: Double
    var p50ms: Double
    var p99ms: Double
    var requests: Int
    var socketErrors: Int
}

/// Drives wrk against a URL for a bounded time and reads its summary.
struct LoadGenerator {
    let wrk: String
    let seconds: Int
    let threads: Int

    init(seconds: Int) throws {
        self.wrk = try BenchProcesses.tool("wrk", package: "wrk")
        self.seconds = seconds
        self.threads = 2
    }

    func run(_ url: String, connections: Int, headers: [String] = []) throws -> LoadResult {
        var arguments = ["-t\(min(threads, connections))", "-c\(connections)", "-d\(seconds)s", "--latency", "--timeout", "10s"]
        for h in headers { arguments += ["-H", h] }
        let out = try BenchProcesses.run(wrk, arguments + [url])
        guard out.status == 0 else {
            throw DomainError.invalid("wrk failed on \(url): \(out.stderr.trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        let result = try Self.parse(out.stdout)
        if let bad = Self.value(after: "Non-2xx or 3xx responses:", in: out.stdout), bad > 0 {
            throw DomainError.invalid("\(url) answered \(Int(bad)) non-2xx responses under load: the figures would not measure the page")
        }
        return result
    }

    /// Parses wrk's `--latency` summary.
    static func parse(_ text: String) throws -> LoadResult {
        var p50: Double?, p99: Double?
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            guard fields.count == 2 else { continue }
            if fields[0] == "50%" { p50 = milliseconds(String(fields[1])) }
            if fields[0] == "99%" { p99 = milliseconds(String(fields[1])) }
        }
        guard let rps = value(after: "Requests/sec:", in: text), let p50, let p99 else {
            throw DomainError.invalid("cannot read wrk's output: \(text.prefix(300))")
        }
        var requests = 0
        if let line = text.split(separator: "\n").first(where: { $0.contains(" requests in ") }),
            let n = line.split(separator: " ").first.flatMap({ Int($0) })
        {
            requests = n
        }
        var errors = 0
        if let line = text.split(separator: "\n").first(where: { $0.contains("Socket errors:") }) {
            errors = line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.reduce(0, +)
        }
        return LoadResult(requestsPerSecond: rps, p50ms: p50, p99ms: p99, requests: requests, socketErrors: errors)
    }

    static func value(after label: String, in text: String) -> Double? {
        guard let line = text.split(separator: "\n").first(where: { $0.contains(label) }),
            let range = line.range(of: label)
        else { return nil }
        return Double(line[range.upperBound...].trimmingCharacters(in: .whitespaces))
    }

    /// wrk prints durations as 812.00us, 1.23ms, 2.01s or 1.50m.
    static func milliseconds(_ text: String) -> Double? {
        let units: [(String, Double)] = [("us", 0.001), ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            if let n = Double(text.dropLast(suffix.count)) { return n * factor }
        }
        return nil
    }
}

/// nginx serving saved response bytes, configured from bench/nginx.conf, loopback only, with its
/// pid, logs and temp files under its own prefix.
struct NginxServer {
    struct Page {
        var location: String
        var file: URL
        var contentType: String
    }

    let process: Process
    let port: Int

    /// bench/nginx.conf: `explicit`, or found from the working directory or the executable upwards.
    static func template(explicit: String?) throws -> URL {
        if let explicit {
            guard FileManager.default.fileExists(atPath: explicit) else { throw DomainError.notFound("\(explicit): no such file") }
            return URL(fileURLWithPath: explicit)
        }
        let starts = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
            URL(fileURLWithPath: BenchProcesses.selfExecutable).deletingLastPathComponent()
        ]
        for start in starts {
            var dir = start
            for _ in 0..<6 {
                let candidate = dir.appendingPathComponent("bench/nginx.conf")
                if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
                dir = dir.deletingLastPathComponent()
            }
        }
        throw DomainError.notFound("cannot find bench/nginx.conf: run from the repository or pass --nginx-config")
    }

    static func start(pages: [Page], template: URL, prefix: URL) async throws -> NginxServer {
        let nginx = try BenchProcesses.tool("nginx", package: "nginx-light")
        let port = try BenchProcesses.freePort()
        // nginx's workers drop to an unprivileged user when started as root: they must read the files.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: prefix.path)
        var locations: [String] = []
        for page in pages {
            try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: page.file.path)
            let type = page.contentType.replacingOccurrences(of: "\"", with: "")
            locations.append("        location = \(page.location) { default_type \"\(type)\"; alias \(page.file.path); }")
        }
        let config = try String(contentsOf: template, encoding: .utf8)
            .replacingOccurrences(of: "@PREFIX@", with: prefix.path)
            .replacingOccurrences(of: "@PORT@", with: String(port))
            .replacingOccurrences(of: "@LOCATIONS@", with: locations.joined(separator: "\n"))
        let configFile = prefix.appendingPathComponent("nginx.conf")
        try config.write(to: configFile, atomically: true, encoding: .utf8)
        let log = prefix.appendingPathComponent("nginx.out")
        let process = try BenchProcesses.start(nginx, ["-p", prefix.path, "-c", configFile.path], log: log)
        let server = NginxServer(process: process, port: port)
        do {
            guard let first = pages.first else { return server }
            try await BenchProcesses.waitUntilUp(
                "http://127.0.0.1:\(port)\(first.location)", process: process, seconds: 10,
                log: log)
        } catch {
            BenchProcesses.stop(process)
            throw error
        }
        return server
    }

    func stop() { BenchProcesses.stop(process) }
}
