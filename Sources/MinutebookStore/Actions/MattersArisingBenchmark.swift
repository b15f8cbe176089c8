import Foundation
import GRDB
import MinutebookCore

/// `minutebook bench matters-arising`: drafts the report for a body with 20 years of synthetic
/// history (four meetings a year, fifteen minutes each) among five other bodies of the same size,
/// and times the draft. The query starts from the body's open actions (index), never all actions.
public enum MattersArisingBenchmark {
    public struct Figures: Sendable {
        public var actions: Int
        public var outstanding: Int
        public var entries: Int
        public var milliseconds: [Double]
        public var plan: [String]
    }

    public static func run(runs: Int) async throws -> Figures {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-bench-ma-\(UUID().uuidString).sqlite").path
        defer {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
        let database = try AppDatabase(path: path)
        let date = try seed(database)
        let repository = GRDBActionRepository(database: database)
        let audience = Audience.account(.init(userID: 0, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))
        var times: [Double] = []
        var entries = 0
        let clock = ContinuousClock()
        for _ in 0..<max(1, runs) {
            var report: MattersArisingReport?
            let elapsed = try await clock.measure {
                report = try await repository.mattersArising(bodyID: 1, date: date, audience: audience)
            }
            entries = report?.entries.count ?? 0
            times.append(Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
        }
        let (actions, outstanding, plan) = try await database.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM action") ?? 0,
             try Int.fetchOne(db, sql: "SELECT count(*) FROM action WHERE bodyId = 1 AND status IN ('open','in_progress')") ?? 0,
             try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + ActionRows.select + """

                WHERE a.bodyId = ? AND a.status IN ('open','in_progress') AND m.date < ?
                """, arguments: [1, date.iso]).map { $0["detail"] as String })
        }
        return Figures(actions: actions, outstanding: outstanding, entries: entries, milliseconds: times, plan: plan)
    }

    /// Six bodies × 80 meetings × 15 minutes; about 60% of minutes have an action; recent ones and a few
    /// old ones are still open. Returns the date of the meeting to draft for.
    static func seed(_ database: AppDatabase) throws -> LocalDate {
        var generator = SeededGenerator(seed: 2017)
        let first = LocalDate(year: 2005, month: 6, day: 6) ?? LocalDate(dayNumber: 0)
        let next = first.adding(days: 80 * 91)
        try database.writeSync(as: Actor("bench:matters-arising")) { db in
            try db.execute(sql: "INSERT INTO partnership (id, slug, name) VALUES (1, 'bench', 'Bench Partnership')")
            for p in 1...40 {
                try db.execute(sql: "INSERT INTO person (id, partnershipId, fullName, email) VALUES (?, 1, ?, ?)",
                               arguments: [p, "Person \(p)", "person\(p)@bench.example"])
            }
            var minuteID: Int64 = 0, actionID: Int64 = 0, meetingID: Int64 = 0
            for body in 1...6 {
                try db.execute(sql: "INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (?, 1, ?, ?, 'board')",
                               arguments: [body, "body-\(body)", "Body \(body)"])
                for m in 0..<80 {
                    meetingID += 1
                    let date = first.adding(days: m * 91)
                    let year = MunicipalYear(containing: date).startYear
                    try db.execute(sql: "INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (?, ?, ?, ?, 'minutes_drafted')",
                                   arguments: [meetingID, body, date.iso, year])
                    for i in 0..<15 {
                        minuteID += 1
                        try db.execute(sql: """
                            INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, text)
                            VALUES (?, ?, ?, ?, ?, ?, ?, 'The Board discussed the item.')
                            """, arguments: [minuteID, meetingID, body, year, i + 1, m * 15 + i + 1, "Item \(i + 1)"])
                        try db.execute(sql: "INSERT INTO resolution (minuteId, position, text) VALUES (?, 1, 'RESOLVED that an update be brought.')",
                                       arguments: [minuteID])
                        guard Int.random(in: 0..<10, using: &generator) < 6 else { continue }
                        actionID += 1
                        let open = m >= 76 || Int.random(in: 0..<100, using: &generator) < 2
                        try db.execute(sql: "INSERT INTO action (id, bodyId, minuteId, text, status) VALUES (?, ?, ?, 'Bring an update', ?)",
                                       arguments: [actionID, body, minuteID, open ? "open" : "done"])
                        try db.execute(sql: "INSERT INTO actionOwner (actionId, personId) VALUES (?, ?)",
                                       arguments: [actionID, Int.random(in: 1...40, using: &generator)])
                        if Int.random(in: 0..<3, using: &generator) == 0 {
                            try db.execute(sql: "INSERT INTO actionUpdate (actionId, text, via) VALUES (?, 'Work is under way.', 'web')",
                                           arguments: [actionID])
                        }
                    }
                }
            }
            try db.execute(sql: "INSERT INTO meeting (bodyId, date, municipalYear) VALUES (1, ?, ?)",
                           arguments: [next.iso, MunicipalYear(containing: next).startYear])
        }
        return next
    }
}

/// A small deterministic generator (SplitMix64) so every run builds the same history.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
