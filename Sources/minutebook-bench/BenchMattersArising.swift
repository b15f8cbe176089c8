import ArgumentParser
import Foundation
import GRDB
import MinutebookCommandLine
import MinutebookCore
import MinutebookStore

/// `minutebook-bench matters-arising`: time to draft one Matters Arising report for a body with a long history.
struct BenchMattersArising: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matters-arising",
        abstract: "Time to draft the Matters Arising report for the body with the longest history (goal < 50 ms).",
        discussion: """
            Picks the first partnership's body with the most meetings, and drafts its Matters Arising report \
            for its latest meeting as the secretariat sees it (drafts included), --runs times after 3 warm-up \
            drafts. matters_arising.ms is the median.
            """
    )

    @OptionGroup var options: BenchOptions

    @Option(help: "How many times to draft the report.")
    var runs = 30

    func run() async throws {
        try options.emit(try await DatasetMattersArisingBenchmark(global: options.global, runs: runs).run())
    }
}

struct DatasetMattersArisingBenchmark {
    let global: GlobalOptions
    var runs = 30

    func run() async throws -> BenchReport {
        guard (1...10_000).contains(runs) else { throw DomainError.invalid("--runs must be 1 to 10000") }
        let database = try global.openDatabase(mustExist: true)
        var report = BenchReport("matters-arising")
        report.merge(try await BenchDataset.describe(database))
        struct Target: Sendable {
            var bodyID: Int64, slug: String, partnershipID: Int64, date: String, meetings: Int, actions: Int
        }
        let target = try await database.read { db -> Target? in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT b.id AS bodyID, b.slug, b.partnershipId, max(m.date) AS date, count(*) AS meetings,
                           (SELECT count(*) FROM action a WHERE a.bodyId = b.id) AS actions
                    FROM body b JOIN meeting m ON m.bodyId = b.id
                    WHERE b.partnershipId = (SELECT min(id) FROM partnership)
                    GROUP BY b.id ORDER BY meetings DESC, b.id LIMIT 1
                    """
            ).map {
                Target(
                    bodyID: $0["bodyID"], slug: $0["slug"], partnershipID: $0["partnershipId"], date: $0["date"],
                    meetings: $0["meetings"], actions: $0["actions"])
            }
        }
        guard let target, let date = LocalDate(iso: target.date) else {
            throw DomainError.notFound("the database has no meetings to draft Matters Arising for")
        }
        let bodyID = target.bodyID
        let audience = Audience.account(
            .init(
                userID: 0, role: .secretariat, partnershipID: target.partnershipID,
                personID: nil, memberOfBodyIDs: []))
        let matters = GRDBMattersArisingRepository(database: database)
        var entries = 0
        for _ in 0..<3 { entries = try await matters.mattersArising(bodyID: bodyID, date: date, audience: audience).entries.count }
        var times: [Double] = []
        for _ in 0..<runs {
            times.append(
                try await BenchClock.seconds {
                    _ = try await matters.mattersArising(bodyID: bodyID, date: date, audience: audience)
                } * 1000)
        }
        report.fact("matters_arising.body", "\(target.slug) (\(target.meetings) meetings, \(target.actions) actions)")
        report.fact("matters_arising.date", date.iso)
        report.fact("matters_arising.entries", String(entries))
        report.add("matters_arising.ms", BenchClock.percentile(times, 0.5), "ms")
        report.add("matters_arising.p95_ms", BenchClock.percentile(times, 0.95), "ms")
        return report
    }
}
