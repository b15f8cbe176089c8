import Foundation
import GRDB
import MinutebookCore

/// The synthetic corpus of `minutebook bench search`: one partnership, six bodies meeting quarterly
/// for twenty years, twelve minutes a meeting (the last one Part 2), two decisions each; one meeting
/// in seven left with draft minutes.
public enum SearchCorpus {
    static let vocabulary = """
        partnership board noted report update domestic abuse violence against women girls knife crime youth offending
        prevent channel referral hate crime burglary drugs county lines exploitation safeguarding mass casualty exercise
        resilience emergency planning anti social behaviour envirocrime fly tipping night time economy licensing refuge
        advocacy victims witnesses offender management probation police fire ambulance council housing schools mental
        health funding grant commissioning strategy priority action plan performance indicator target quarter ward
        borough hotspot patrols cameras lighting consultation residents survey review risk register forward plan
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    /// Deterministic text (a fixed linear congruential generator), so every run searches the same corpus.
    public static func generate(into database: AppDatabase) throws -> Int {
        var seed: UInt64 = 0x5EED
        func next(_ n: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(n))
        }
        func sentence(_ words: Int) -> String {
            (0..<words).map { _ in vocabulary[next(vocabulary.count)] }.joined(separator: " ") + "."
        }
        return try database.writeSync(as: Actor("bench-search")) { db in
            try db.execute(sql: "INSERT INTO partnership (id, slug, name) VALUES (1, 'benchton', 'Benchton Partnership')")
            for body in 1...6 {
                try db.execute(sql: "INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (?, 1, ?, ?, ?)",
                               arguments: [body, "body-\(body)", "Benchton Body \(body)", body == 1 ? "board" : "sub_group"])
            }
            var minuteID = 0
            var meetingID = 0
            for year in 2005..<2025 {
                for body in 1...6 {
                    var number = 1
                    for month in [6, 9, 12, 3] {
                        meetingID += 1
                        let date = String(format: "%04d-%02d-15", month == 3 ? year + 1 : year, month)
                        try db.execute(sql: """
                            INSERT INTO meeting (id, bodyId, date, municipalYear, startTime, status) VALUES (?, ?, ?, ?, '10:00', 'held')
                            """, arguments: [meetingID, body, date, year])
                        for position in 1...12 {
                            minuteID += 1
                            try db.execute(sql: """
                                INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text)
                                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                                """, arguments: [minuteID, meetingID, body, year, position, number,
                                                 sentence(4).capitalized, position == 12 ? 2 : 1,
                                                 (0..<6).map { _ in sentence(14) }.joined(separator: " ")])
                            number += 1
                            for r in 1...2 {
                                try db.execute(sql: "INSERT INTO resolution (minuteId, position, text) VALUES (?, ?, ?)",
                                               arguments: [minuteID, r, sentence(16)])
                            }
                        }
                        if meetingID % 7 != 0 {
                            try db.execute(sql: "UPDATE meeting SET status = 'minutes_approved', approvedAt = date WHERE id = ?",
                                           arguments: [meetingID])
                        }
                    }
                }
            }
            return minuteID
        }
    }
}
