import GRDB
import MinutebookCore

/// Threads: a resolution that comes back to later meetings links its later minutes, so one page
/// shows the matter from first minute to last.
public struct GRDBThreadRepository: ThreadRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func linkThread(earlierMinuteID: Int64, laterMinuteID: Int64, by editor: ActionEditor) async throws {
        try await database.write(as: Actor(editor.auditName)) { db in
            let sql = "SELECT n.bodyId, m.date FROM minute n JOIN meeting m ON m.id = n.meetingId WHERE n.id = ?"
            guard let earlier = try Row.fetchOne(db, sql: sql, arguments: [earlierMinuteID]),
                let later = try Row.fetchOne(db, sql: sql, arguments: [laterMinuteID])
            else {
                throw DomainError.notFound("both minutes must exist to link them")
            }
            guard (earlier["bodyId"] as Int64) == (later["bodyId"] as Int64) else {
                throw DomainError.invalid("a thread links minutes of the same body")
            }
            guard (earlier["date"] as String) < (later["date"] as String) else {
                throw DomainError.invalid("the later minute must come from a later meeting")
            }
            try db.execute(
                sql: "INSERT OR IGNORE INTO minuteThread (earlierMinuteId, laterMinuteId) VALUES (?, ?)",
                arguments: [earlierMinuteID, laterMinuteID])
        }
    }

    public func unlinkThread(_ minuteID: Int64, from otherMinuteID: Int64, by editor: ActionEditor) async throws {
        try await database.write(as: Actor(editor.auditName)) { db in
            try db.execute(
                sql: """
                    DELETE FROM minuteThread WHERE (earlierMinuteId = ? AND laterMinuteId = ?) OR (earlierMinuteId = ? AND laterMinuteId = ?)
                    """, arguments: [minuteID, otherMinuteID, otherMinuteID, minuteID])
            guard db.changesCount > 0 else {
                throw DomainError.invalid("those minutes are not linked to each other directly; unlink from the minute they are linked to")
            }
        }
    }

    public func threadNeighbours(of minuteID: Int64) async throws -> Set<Int64> {
        try await database.read { db in
            Set(
                try Int64.fetchAll(
                    cached: db,
                    sql: """
                        SELECT laterMinuteId FROM minuteThread WHERE earlierMinuteId = ?
                        UNION SELECT earlierMinuteId FROM minuteThread WHERE laterMinuteId = ?
                        """, arguments: [minuteID, minuteID]))
        }
    }

    public func thread(of minuteID: Int64, audience: Audience) async throws -> [ThreadMinute] {
        try await database.read { db in
            // Walk the links both ways (each step uses an index); threads are short.
            var seen: Set<Int64> = [minuteID]
            var frontier: [Int64] = [minuteID]
            while let next = frontier.popLast(), seen.count < 200 {
                let linked = try Int64.fetchAll(
                    cached: db,
                    sql: """
                        SELECT laterMinuteId FROM minuteThread WHERE earlierMinuteId = ?
                        UNION SELECT earlierMinuteId FROM minuteThread WHERE laterMinuteId = ?
                        """, arguments: [next, next])
                for id in linked where seen.insert(id).inserted { frontier.append(id) }
            }
            let ids = Array(seen)
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT n.*, m.date AS meetingDate, m.status AS meetingStatus, b.partnershipId, b.isPublic AS bodyIsPublic
                    FROM minute n JOIN meeting m ON m.id = n.meetingId JOIN body b ON b.id = n.bodyId
                    WHERE n.id IN (\(databaseQuestionMarks(count: ids.count))) ORDER BY m.date, n.number, n.letter
                    """, arguments: StatementArguments(ids))
            return try rows.compactMap { row -> ThreadMinute? in
                guard let date = LocalDate(iso: row["meetingDate"] as String) else { return nil }
                let reference = MinuteReference(
                    minuteID: row["id"], meetingID: row["meetingId"],
                    number: (row["number"] as Int?).map { MinuteNumber($0, letter: row["letter"] ?? "") },
                    meetingDate: date, title: row["title"], part: AgendaPart(rawValue: row["part"]) ?? .two,
                    meetingStatus: MeetingStatus(rawValue: row["meetingStatus"]) ?? .scheduled)
                let grant = Visibility.grant(audience, bodyID: row["bodyId"], partnershipID: row["partnershipId"])
                guard
                    Visibility.canSeeMinutes(
                        part: reference.part, meetingStatus: reference.meetingStatus,
                        bodyIsPublic: row["bodyIsPublic"], grant: grant)
                else { return nil }
                let resolutions = try String.fetchAll(
                    cached: db, sql: "SELECT text FROM resolution WHERE minuteId = ? ORDER BY position",
                    arguments: [reference.minuteID])
                return ThreadMinute(minute: reference, text: row["text"], resolutions: resolutions)
            }
        }
    }

    /// A minute as the thread page names it, with its body, if `audience` may see it.
    public func minuteReference(
        id minuteID: Int64, audience: Audience
    ) async throws -> (minute: MinuteReference, bodyID: Int64, partnershipID: Int64)? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT n.*, m.date AS meetingDate, m.status AS meetingStatus, b.partnershipId, b.isPublic AS bodyIsPublic
                        FROM minute n JOIN meeting m ON m.id = n.meetingId JOIN body b ON b.id = n.bodyId WHERE n.id = ?
                        """, arguments: [minuteID]), let reference = Self.reference(row)
            else { return nil }
            let grant = Visibility.grant(audience, bodyID: row["bodyId"], partnershipID: row["partnershipId"])
            guard
                Visibility.canSeeMinutes(
                    part: reference.part, meetingStatus: reference.meetingStatus,
                    bodyIsPublic: row["bodyIsPublic"], grant: grant)
            else { return nil }
            return (reference, row["bodyId"], row["partnershipId"])
        }
    }

    /// Minutes of the same body from later meetings, not yet in the thread, nearest first: what a
    /// matter can be linked to. At most `limit` (the body's index on meeting date keeps it short).
    public func laterMinutes(than minuteID: Int64, limit: Int) async throws -> [MinuteReference] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT n.*, m.date AS meetingDate, m.status AS meetingStatus
                    FROM minute e JOIN meeting em ON em.id = e.meetingId
                    JOIN meeting m ON m.bodyId = e.bodyId AND m.date > em.date
                    JOIN minute n ON n.meetingId = m.id
                    WHERE e.id = ? AND n.id NOT IN (SELECT laterMinuteId FROM minuteThread WHERE earlierMinuteId = ?)
                    ORDER BY m.date, n.number, n.letter, n.position LIMIT ?
                    """, arguments: [minuteID, minuteID, max(1, min(limit, 1000))]
            ).compactMap(Self.reference)
        }
    }

    static func reference(_ row: Row) -> MinuteReference? {
        guard let date = LocalDate(iso: row["meetingDate"] as String) else { return nil }
        return MinuteReference(
            minuteID: row["id"], meetingID: row["meetingId"],
            number: (row["number"] as Int?).map { MinuteNumber($0, letter: row["letter"] ?? "") },
            meetingDate: date, title: row["title"], part: AgendaPart(rawValue: row["part"]) ?? .two,
            meetingStatus: MeetingStatus(rawValue: row["meetingStatus"]) ?? .scheduled)
    }
}
