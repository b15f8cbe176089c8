import Foundation
import GRDB
import MinutebookCore

/// Sizes and seed of a demo run. The defaults give the one partnership everyone sees; benchmarks ask
/// for more (`--partnerships 300 --years 20`).
public struct DemoOptions: Sendable {
    public var partnerships: Int
    public var years: Int
    public var seed: UInt64
    /// The day the demo treats as today: meetings before it are held, after it scheduled.
    public var today: LocalDate
    /// When above 0: the first partnership's board holds one long meeting (an annual review of every
    /// work stream) with this many minutes, its latest approved one; the page benchmarks measure it.
    public var longMeetingMinutes: Int
    /// Write each partnership in bulk: one audit row per partnership instead of one per row (`DemoBulk`).
    public var bulk: Bool

    public init(
        partnerships: Int = 1, years: Int = 3, seed: UInt64 = 1998, today: LocalDate, longMeetingMinutes: Int = 0,
        bulk: Bool = false
    ) {
        self.partnerships = partnerships
        self.years = years
        self.seed = seed
        self.today = today
        self.longMeetingMinutes = longMeetingMinutes
        self.bulk = bulk
    }
}

/// What a demo run wrote (or found).
public struct DemoSummary: Sendable, Equatable {
    public var reused: Bool
    public var partnerships: Int
    public var bodies: Int
    public var people: Int
    public var meetings: Int
    public var minutes: Int
    public var actions: Int
}

/// The invented demo partnership ("Riverside Community Safety Partnership") and, for benchmarks,
/// as many more as asked for, written deterministically from a seed through audited writes.
public enum DemoPartnership {
    /// The slug of the first demo partnership: its presence means the demo data exists.
    public static let slug = "riverside"

    /// Creates the demo data, or reuses it when the demo partnership already exists.
    public static func ensure(
        in database: AppDatabase, options: DemoOptions,
        progress: (String) -> Void = { _ in }
    ) throws -> DemoSummary {
        guard (1...10_000).contains(options.partnerships) else {
            throw DomainError.invalid("--partnerships must be between 1 and 10000 (got \(options.partnerships))")
        }
        guard (1...60).contains(options.years) else {
            throw DomainError.invalid("--years must be between 1 and 60 (got \(options.years))")
        }
        guard (0...500).contains(options.longMeetingMinutes) else {
            throw DomainError.invalid("--long-meeting must be between 0 and 500 minutes (got \(options.longMeetingMinutes))")
        }
        let exists = try database.reader.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM partnership WHERE slug = ?)", arguments: [slug]) ?? false
        }
        if exists {
            var summary = try self.summary(database)
            summary.reused = true
            return summary
        }
        let started = Date()
        var lastReport = started
        // A partnership's transaction is tens of MB: with SQLite's default 2 MB page cache it would spill
        // pages to the WAL and rewrite them many times over. A large cache for the generator's run only.
        try database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -262144") }
        defer { try? database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -2000") } }
        for index in 0..<options.partnerships {
            var rng = SplitMix64(seed: options.seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
            let cast = DemoCast(
                borough: DemoNames.borough(index), county: DemoNames.counties[index % DemoNames.counties.count],
                years: options.years)
            let plan = DemoPlan(
                cast: cast, partnershipIndex: index, years: options.years, today: options.today,
                longMeetingMinutes: index == 0 ? options.longMeetingMinutes : 0, rng: &rng)
            // One transaction per partnership: a failure leaves no half-written partnership behind.
            try database.writeSync(as: .demo) { db in
                func write() throws -> Int64 {
                    var writer = try DemoMeetingWriter(plan: plan, db: db)
                    for index in plan.meetings.indices { try writer.write(meeting: index, db: db, rng: &rng) }
                    return writer.partnershipID
                }
                if options.bulk { try DemoBulk.write(db, write) } else { _ = try write() }
            }
            // Progress about every two seconds, and at the end, with the time left at the pace so far.
            let now = Date()
            if options.partnerships > 1 && (now.timeIntervalSince(lastReport) >= 2 || index == options.partnerships - 1) {
                lastReport = now
                let elapsed = now.timeIntervalSince(started)
                let left = elapsed / Double(index + 1) * Double(options.partnerships - index - 1)
                progress(
                    "demo: \(index + 1)/\(options.partnerships) partnerships written (\(Int(elapsed))s"
                        + (index + 1 < options.partnerships ? ", about \(Int(left.rounded(.up)))s left)" : ")"))
            }
        }
        return try summary(database)
    }

    /// Counts of what the database holds.
    public static func summary(_ database: AppDatabase) throws -> DemoSummary {
        try database.reader.read { db in
            func count(_ table: String) throws -> Int { try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
            return DemoSummary(
                reused: false, partnerships: try count("partnership"), bodies: try count("body"),
                people: try count("person"), meetings: try count("meeting"), minutes: try count("minute"),
                actions: try count("action"))
        }
    }
}

/// Prepared-statement inserts, reused across a transaction (GRDB caches them per connection).
struct DemoSQL {
    let db: Database

    @discardableResult
    func insert(_ sql: String, _ arguments: StatementArguments) throws -> Int64 {
        let statement = try db.cachedStatement(sql: sql)
        try statement.execute(arguments: arguments)
        return db.lastInsertedRowID
    }
}
