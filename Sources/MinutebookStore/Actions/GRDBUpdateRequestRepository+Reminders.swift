import GRDB
import MinutebookCore

/// Reminders: sent once per meeting, a set number of working days before it. A claim row is written
/// before the emails go and marked sent after, so a scheduler inside `serve` and a cron job running
/// `minutebook actions remind` never both send the same reminder.
extension GRDBUpdateRequestRepository {
    static let staleClaim = "-30 minutes"

    static func dueMeetings(today: LocalDate, workingDays: Int, _ db: Database) throws -> [Int64] {
        guard (1...30).contains(workingDays) else { throw DomainError.invalid("reminders go 1 to 30 working days before a meeting") }
        // Meetings after today and within reach of the rule (index on meeting date), then the working-day rule in Core.
        let horizon = today.adding(days: workingDays * 2 + 14)
        return try Row.fetchAll(
            cached: db,
            sql: """
                SELECT m.id, m.date FROM meeting m
                WHERE m.date > ? AND m.date <= ? AND m.status IN ('scheduled','agenda_published')
                  AND NOT EXISTS (SELECT 1 FROM meetingReminder r WHERE r.meetingId = m.id
                                  AND (r.state = 'sent' OR r.claimedAt > strftime('%Y-%m-%dT%H:%M:%SZ','now', ?)))
                ORDER BY m.date, m.id
                """, arguments: [today.iso, horizon.iso, staleClaim]
        ).compactMap { row -> Int64? in
            guard let date = LocalDate(iso: row["date"] as String) else { return nil }
            return WorkingDays.before(date, count: workingDays) <= today ? row["id"] : nil
        }
    }

    public func meetingsNeedingReminders(today: LocalDate, workingDays: Int) async throws -> [Int64] {
        try await database.read { db in try Self.dueMeetings(today: today, workingDays: workingDays, db) }
    }

    public func claimReminders(today: LocalDate, workingDays: Int, by editor: ActionEditor) async throws -> [Int64] {
        try await database.write(as: Actor(editor.auditName)) { db in
            let due = try Self.dueMeetings(today: today, workingDays: workingDays, db)
            for meetingID in due {
                try db.execute(
                    sql: """
                        INSERT INTO meetingReminder (meetingId, workingDays) VALUES (?, ?)
                        ON CONFLICT (meetingId) DO UPDATE SET workingDays = excluded.workingDays, state = 'claimed',
                            claimedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now'), sentAt = NULL, emailCount = 0
                        """, arguments: [meetingID, workingDays])
            }
            return due
        }
    }

    public func finishReminder(meetingID: Int64, emails: Int, by editor: ActionEditor) async throws {
        try await database.write(as: Actor(editor.auditName)) { db in
            try db.execute(
                sql: """
                    UPDATE meetingReminder SET state = 'sent', sentAt = strftime('%Y-%m-%dT%H:%M:%SZ','now'), emailCount = ?
                    WHERE meetingId = ?
                    """, arguments: [max(0, emails), meetingID])
        }
    }

    public func releaseReminder(meetingID: Int64, by editor: ActionEditor) async throws {
        try await database.write(as: Actor(editor.auditName)) { db in
            try db.execute(sql: "DELETE FROM meetingReminder WHERE meetingId = ? AND state = 'claimed'", arguments: [meetingID])
        }
    }

    public func ownersWithoutAddress(meetingID: Int64) async throws -> [String] {
        try await database.read { db in
            guard let meeting = try Row.fetchOne(cached: db, sql: "SELECT bodyId, date FROM meeting WHERE id = ?", arguments: [meetingID]) else {
                throw DomainError.notFound("there is no meeting \(meetingID)")
            }
            let rows = try Row.fetchAll(
                db,
                sql: ActionRows.select + """

                    WHERE a.bodyId = ? AND a.status IN ('open','in_progress') AND m.date < ?
                    """, arguments: [meeting["bodyId"] as Int64, meeting["date"] as String])
            let owners = try ActionRows.load(rows, db).flatMap(\.tracked.owners)
            let personIDs = Array(Set(owners.compactMap(\.personID)))
            var reachable: Set<Int64> = []
            if !personIDs.isEmpty {
                reachable = Set(
                    try Int64.fetchAll(
                        db,
                        sql: """
                            SELECT id FROM person WHERE id IN (\(databaseQuestionMarks(count: personIDs.count))) AND email LIKE '%_@_%'
                            """, arguments: StatementArguments(personIDs)))
            }
            var names: [String] = []
            for owner in owners where !(owner.personID.map(reachable.contains) ?? false) && !names.contains(owner.label) {
                names.append(owner.label)
            }
            return names.sorted()
        }
    }
}
