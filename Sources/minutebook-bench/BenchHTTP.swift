import ArgumentParser
import Foundation
import GRDB
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook-bench http`: Minutebook and nginx serving the same bytes, under wrk, in one run.
struct BenchHTTP: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "http",
        abstract: "Serve the database, fetch a meeting page, a body page and an API record, and compare with nginx serving the same bytes.",
        discussion: """
            Starts `minutebook serve` on a free loopback port, fetches each page once and saves its exact bytes, \
            starts nginx (bench/nginx.conf) serving those bytes, then runs wrk against both at each concurrency. \
            Pages whose route is not on this build are listed as not available. The headline figures \
            (http.ratio_c50, http.ratio_c200, http.p99_ms_c200, http.rps_c200, nginx.rps_c200) are those of the \
            first available page in this order: meeting, body, api, home; the meeting page signed in as the \
            secretariat is measured too (http.signed_in.*). Also reports memory.rss_mb: the \
            server's resident memory after the runs.
            """
    )

    @OptionGroup var options: BenchOptions
    @OptionGroup var http: HTTPBenchOptions

    func run() async throws {
        try options.emit(try await HTTPBenchmark(options: http, global: options.global).run())
    }
}

/// `minutebook-bench memory`: the server's resident memory after an http run.
struct BenchMemory: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "memory",
        abstract: "The server's resident memory (RSS, from /proc) after the http benchmark's load."
    )

    @OptionGroup var options: BenchOptions
    @OptionGroup var http: HTTPBenchOptions

    func run() async throws {
        let full = try await HTTPBenchmark(options: http, global: options.global).run()
        var report = BenchReport("memory")
        report.figures = full.figures.filter { $0.key.hasPrefix("memory.") }
        report.facts = full.facts.filter { $0.0.hasPrefix("memory.") || $0.0.hasPrefix("dataset.") }
        try options.emit(report)
    }
}

struct HTTPBenchOptions: ParsableArguments {
    @Option(help: "Seconds of load per wrk run.")
    var duration = 10

    @Option(help: "wrk connection counts, comma-separated.")
    var concurrency = "50,200"

    @Option(help: "Seconds of warm-up load on each server before each page is measured (0: none).")
    var warmup = 1

    @Option(
        help:
            "Pages put under load, comma-separated (meeting, body, api, home, signed_in; default all). Every page is still fetched and must answer 200."
    )
    var pages: String?

    @Option(help: "bench/nginx.conf (default: found from the working directory).")
    var nginxConfig: String?

    @Option(help: "Path of the public meeting page ({partnership}, {body}, {date} are filled in).")
    var meetingPath = "/p/{partnership}/bodies/{body}/meetings/{date}"

    @Option(help: "Path of the body page.")
    var bodyPath = "/p/{partnership}/bodies/{body}"

    @Option(help: "Path of the API meeting record.")
    var apiPath = "/api/v1/partnerships/{partnership}/bodies/{body}/meetings/{date}"

    var connectionCounts: [Int] { concurrency.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) } }

    static let pageKeys = ["meeting", "body", "api", "home", "signed_in"]

    /// The pages to load: all unless --pages names some.
    func loadedPages() throws -> Set<String> {
        guard let pages else { return Set(Self.pageKeys) }
        let keys = Set(pages.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
        guard !keys.isEmpty, keys.isSubset(of: Self.pageKeys) else {
            throw DomainError.invalid("--pages takes a comma-separated list of \(Self.pageKeys.joined(separator: ", "))")
        }
        return keys
    }
}

/// The meeting the http benchmark fetches: the first partnership's public meeting with the most minutes
/// (approved minutes first: they are what the public sees).
struct BenchMeeting: Sendable {
    var partnership: String
    var body: String
    var bodyID: Int64
    var date: String
    var minutes: Int

    static func pick(_ database: AppDatabase) async throws -> BenchMeeting {
        let found = try await database.read { db -> BenchMeeting? in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT p.slug AS partnership, b.slug AS body, b.id AS bodyID, m.date AS date,
                           (SELECT count(*) FROM minute n WHERE n.meetingId = m.id) AS minutes
                    FROM partnership p
                    JOIN body b ON b.partnershipId = p.id AND b.isPublic = 1
                    JOIN meeting m ON m.bodyId = b.id AND m.status IN ('minutes_approved', 'minutes_drafted')
                    WHERE p.id = (SELECT min(id) FROM partnership)
                    ORDER BY m.status = 'minutes_approved' DESC, minutes DESC, m.date DESC
                    LIMIT 1
                    """)
            return row.map {
                BenchMeeting(
                    partnership: $0["partnership"], body: $0["body"], bodyID: $0["bodyID"],
                    date: $0["date"], minutes: $0["minutes"])
            }
        }
        guard let found else {
            throw DomainError.notFound("the database has no public meeting with minutes to benchmark: run `minutebook demo --no-serve` first")
        }
        return found
    }

    func fill(_ template: String) -> String {
        template.replacingOccurrences(of: "{partnership}", with: partnership)
            .replacingOccurrences(of: "{body}", with: body)
            .replacingOccurrences(of: "{date}", with: date)
    }
}

/// Counts that describe the dataset, reported beside every figure.
enum BenchDataset {
    static func describe(_ database: AppDatabase) async throws -> BenchReport {
        var report = BenchReport("dataset")
        let counts = try await database.read { db -> [(String, Int)] in
            try [
                ("partnership", "partnerships"), ("body", "bodies"), ("meeting", "meetings"), ("minute", "minutes"),
                ("action", "actions")
            ].map { table, plural in
                (plural, try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0)
            }
        }
        for (name, n) in counts { report.fact("dataset.\(name)", String(n)) }
        report.add("dataset.meetings", Double(counts.first { $0.0 == "meetings" }?.1 ?? 0), "meetings")
        return report
    }
}

/// The http benchmark proper, shared by `http`, `memory` and `all`.
struct HTTPBenchmark {
    let options: HTTPBenchOptions
    let global: GlobalOptions

    struct Target {
        var key: String
        var label: String
        var path: String
        var headers: [String] = []
    }

    func run() async throws -> BenchReport {
        let counts = options.connectionCounts
        guard !counts.isEmpty, counts.allSatisfy({ $0 >= 1 && $0 <= 10_000 }) else {
            throw DomainError.invalid("--concurrency must list connection counts between 1 and 10000, e.g. 50,200")
        }
        guard (1...600).contains(options.duration) else { throw DomainError.invalid("--duration must be 1 to 600 seconds") }
        guard (0...60).contains(options.warmup) else { throw DomainError.invalid("--warmup must be 0 to 60 seconds") }
        let loaded = try options.loadedPages()
        let load = try LoadGenerator(seconds: options.duration)
        let template = try NginxServer.template(explicit: options.nginxConfig)
        let database = try global.openDatabase(mustExist: true)
        var report = BenchReport("http")
        let meeting = try await BenchMeeting.pick(database)
        report.merge(try await BenchDataset.describe(database))
        report.fact("http.meeting", "\(meeting.partnership)/\(meeting.body) \(meeting.date) (\(meeting.minutes) minutes)")

        let work = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        // The server under test: the minutebook binary of this build, its own process, loopback only.
        let port = try BenchProcesses.freePort()
        let serverLog = work.appendingPathComponent("server.log")
        let server = try BenchProcesses.start(
            BenchProcesses.minutebookExecutable,
            ["serve", "--database", try global.databasePath, "--host", "127.0.0.1", "--port", String(port)],
            log: serverLog)
        defer { BenchProcesses.stop(server) }
        let base = "http://127.0.0.1:\(port)"
        try await BenchProcesses.waitUntilUp(base + "/healthz", process: server, seconds: 60, log: serverLog)
        if let rss = BenchProcesses.residentMB(pid: server.processIdentifier) {
            report.fact("memory.rss_mb_at_start", BenchReport.format(rss))
        }

        var candidates = [
            Target(key: "meeting", label: "public meeting page", path: meeting.fill(options.meetingPath)),
            Target(key: "body", label: "body page", path: meeting.fill(options.bodyPath)),
            Target(key: "api", label: "API meeting record", path: meeting.fill(options.apiPath)),
            Target(key: "home", label: "home page", path: "/")
        ]
        // The same meeting page signed in as the partnership's secretariat: rendered per request.
        let (cookie, why) = try BenchSignIn.sessionCookie(
            base: base, databasePath: try global.databasePath,
            partnership: meeting.partnership, work: work)
        if let cookie {
            candidates.append(
                Target(
                    key: "signed_in", label: "signed-in meeting page", path: meeting.fill(options.meetingPath),
                    headers: [cookie]))
        } else if let why {
            report.notes.append("not available: \(why)")
        }
        var targets: [(Target, NginxServer.Page)] = []
        for (i, target) in candidates.enumerated() {
            let fetched = try BenchProcesses.fetch(
                base + target.path, to: work.appendingPathComponent("page\(i).body"),
                headers: target.headers)
            guard fetched.status == 200 else {
                report.notes.append("not available: \(target.label) (\(target.path) answered \(fetched.status))")
                continue
            }
            report.fact("http.\(target.key).path", target.path)
            report.fact("http.\(target.key).bytes", String(fetched.bytes))
            targets.append((target, NginxServer.Page(location: "/\(target.key)", file: fetched.file, contentType: fetched.contentType)))
        }
        guard !targets.isEmpty else { throw DomainError.invalid("no page answered 200: nothing to benchmark") }

        let nginxPrefix = work.appendingPathComponent("nginx")
        try FileManager.default.createDirectory(at: nginxPrefix, withIntermediateDirectories: true)
        let nginx = try await NginxServer.start(pages: targets.map(\.1), template: template, prefix: nginxPrefix)
        defer { nginx.stop() }

        let measured = targets.filter { loaded.contains($0.0.key) }
        guard !measured.isEmpty else { throw DomainError.invalid("none of the pages asked for with --pages answered 200") }
        for (index, (target, page)) in measured.enumerated() {
            // Warm both servers (caches, connections) before measuring.
            if options.warmup > 0 {
                _ = try? LoadGenerator(seconds: options.warmup).run(base + target.path, connections: 10, headers: target.headers)
                _ = try? LoadGenerator(seconds: options.warmup).run("http://127.0.0.1:\(nginx.port)\(page.location)", connections: 10)
            }
            for c in counts {
                let ours = try load.run(base + target.path, connections: c, headers: target.headers)
                let theirs = try load.run("http://127.0.0.1:\(nginx.port)\(page.location)", connections: c)
                let ratio = theirs.requestsPerSecond > 0 ? ours.requestsPerSecond / theirs.requestsPerSecond : 0
                let k = "http.\(target.key)"
                report.add("\(k).rps_c\(c)", ours.requestsPerSecond, "req/s")
                if ours.requests == 0 {
                    // wrk prints zero latencies when nothing completed: those would read as instant.
                    report.notes.append("\(target.label) c\(c): no request completed in \(options.duration) s, latency not measured")
                } else {
                    report.add("\(k).p50_ms_c\(c)", ours.p50ms, "ms")
                    report.add("\(k).p99_ms_c\(c)", ours.p99ms, "ms")
                }
                report.add("nginx.\(target.key).rps_c\(c)", theirs.requestsPerSecond, "req/s")
                report.add("nginx.\(target.key).p50_ms_c\(c)", theirs.p50ms, "ms")
                report.add("nginx.\(target.key).p99_ms_c\(c)", theirs.p99ms, "ms")
                report.add("\(k).ratio_c\(c)", ratio, "x nginx")
                if ours.socketErrors > 0 { report.notes.append("\(target.label) c\(c): \(ours.socketErrors) socket errors (Minutebook)") }
                if index == 0 && target.headers.isEmpty {
                    report.add("http.rps_c\(c)", ours.requestsPerSecond, "req/s")
                    if ours.requests > 0 {
                        report.add("http.p50_ms_c\(c)", ours.p50ms, "ms")
                        report.add("http.p99_ms_c\(c)", ours.p99ms, "ms")
                    }
                    report.add("http.ratio_c\(c)", ratio, "x nginx")
                    report.add("nginx.rps_c\(c)", theirs.requestsPerSecond, "req/s")
                    report.add("nginx.p99_ms_c\(c)", theirs.p99ms, "ms")
                }
            }
        }
        if let first = measured.first { report.fact("http.headline", "\(first.0.label) (\(first.0.path))") }
        report.fact("http.duration_s", String(options.duration))
        guard let rss = BenchProcesses.residentMB(pid: server.processIdentifier) else {
            throw DomainError.invalid("cannot read the server's memory from /proc/\(server.processIdentifier)/status")
        }
        report.add("memory.rss_mb", rss, "MB")
        return report
    }
}
