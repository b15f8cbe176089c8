import ArgumentParser
import Foundation
import GRDB
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook-bench search`: p50/p95 over a fixed set of 200 queries on the dataset's whole corpus.
struct BenchSearch: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search latency p50/p95 over a fixed set of 200 queries on the whole corpus (goal p95 < 20 ms).",
        discussion: """
            Reads the database given by --database. The 200 queries (words, phrases, prefixes, OR and NOT, some \
            narrowed to a partnership or years) run once to warm up, then --runs times; half as the public, half \
            as a member of the first partnership's bodies.
            """
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "How many times to run the 200 queries.")
    var runs = 3

    func run() async throws {
        try options.emit(try await DatasetSearchBenchmark(global: options.global, runs: runs).run())
    }
}

struct DatasetSearchBenchmark {
    let global: GlobalOptions
    var runs = 3

    /// The fixed query set: 200 queries built from the words of partnership minutes.
    static let queries: [String] = {
        let words = [
            "burglary", "refuge", "patrols", "licensing", "referrals", "housing", "exploitation", "graffiti",
            "knife", "funding", "schools", "hotspot", "vulnerability", "outreach", "reoffending", "cctv",
            "prevent", "fire", "grant", "dashboard"
        ]
        let phrases = [
            "\"domestic abuse\"", "\"night-time economy\"", "\"risk register\"", "\"hate crime\"",
            "\"delivery plan\"", "\"anti-social behaviour\"", "\"needs assessment\"", "\"fire safety\"",
            "\"youth offending\"", "\"town centre\""
        ]
        let prefixes = [
            "exploit*", "offend*", "victim*", "safeguard*", "patrol*", "commission*", "licen*", "resident*",
            "violen*", "refer*"
        ]
        var out: [String] = []
        out += words
        out += phrases
        out += prefixes
        for (i, w) in words.enumerated() { out.append("\(w) OR \(words[(i + 7) % words.count])") }
        for (i, w) in words.enumerated() { out.append("\(w) -\(words[(i + 3) % words.count])") }
        for (i, w) in words.enumerated() { out.append("\(w) \(words[(i + 11) % words.count])") }
        for (i, p) in phrases.enumerated() { out.append("\(p) \(words[i * 2])") }
        for (i, p) in prefixes.enumerated() { out.append("\(p) \(words[i * 2 + 1])") }
        while out.count < 200 { out.append(out[out.count % 100]) }
        return Array(out.prefix(200))
    }()

    func run() async throws -> BenchReport {
        guard (1...100).contains(runs) else { throw DomainError.invalid("--runs must be 1 to 100") }
        let database = try global.openDatabase(mustExist: true)
        var report = BenchReport("search")
        report.merge(try await BenchDataset.describe(database))
        struct Scope: Sendable { var partnershipID: Int64, slug: String, bodies: [Int64], years: [Int] }
        let scope = try await database.read { db -> Scope? in
            guard let row = try Row.fetchOne(db, sql: "SELECT id, slug FROM partnership ORDER BY id LIMIT 1") else { return nil }
            let id: Int64 = row["id"]
            let bodies = try Int64.fetchAll(db, sql: "SELECT id FROM body WHERE partnershipId = ? ORDER BY id", arguments: [id])
            let years = try String.fetchAll(db, sql: "SELECT DISTINCT substr(date, 1, 4) FROM meeting ORDER BY 1")
                .compactMap { Int($0) }
            return Scope(partnershipID: id, slug: row["slug"], bodies: bodies, years: years)
        }
        guard let scope else { throw DomainError.notFound("the database has no partnership to search") }
        let member = Audience.account(
            .init(
                userID: 0, role: .member, partnershipID: scope.partnershipID, personID: nil,
                memberOfBodyIDs: Set(scope.bodies)))
        let searches: [(SearchQuery, Audience)] = Self.queries.enumerated().map { i, text in
            var query = SearchQuery(text: text, limit: 20)
            if i % 5 == 1 { query.partnership = scope.slug }
            if i % 7 == 2, let first = scope.years.first, let last = scope.years.last {
                query.fromYear = first + (last - first) / 2
                query.toYear = last
            }
            return (query, i % 2 == 0 ? Audience.public : member)
        }
        let repository = GRDBSearchRepository(database: database)
        var hits = 0
        for (query, audience) in searches { hits += try await repository.search(query, audience: audience).hits.count }
        var times: [Double] = []
        for _ in 0..<runs {
            for (query, audience) in searches {
                times.append(try await BenchClock.seconds { _ = try await repository.search(query, audience: audience) } * 1000)
            }
        }
        report.fact("search.queries", String(searches.count))
        report.fact("search.runs", String(runs))
        report.fact("search.hits_first_run", String(hits))
        report.add("search.p50_ms", BenchClock.percentile(times, 0.5), "ms")
        report.add("search.p95_ms", BenchClock.percentile(times, 0.95), "ms")
        report.add("search.max_ms", times.max() ?? 0, "ms")
        return report
    }
}
