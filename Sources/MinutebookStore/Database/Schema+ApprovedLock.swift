import Foundation
import GRDB

extension Schema {
    /// Migration "v11-security-approved-lock": everything that belongs to a meeting whose minutes are
    /// approved is fixed, for every kind of statement, not only the ones the app happens to run.
    ///
    /// What still changes, because the product does it to approved meetings on purpose:
    /// - corrections are added as new `minuteCorrection` notes (never edited or removed);
    /// - an action's progress (`status`, `closedAt`, `dueDate`), its owners (a seat hand-over) and new
    ///   `actionUpdate` rows (never edited or removed);
    /// - a new pack version (a `document` without an agenda item) and the publication of its papers;
    /// - the meeting's `packIssuedAt`, `agendaPublishedAt`, `virtualLink` and iCalendar `sequence`;
    /// - links to people, seats and forward-plan items may be cleared when those are deleted (the
    ///   record keeps the printed names).
    ///
    /// Every other INSERT, UPDATE or DELETE is refused: directly, by `REPLACE` (an INSERT whose row id
    /// is a protected row is refused here; the connections also turn `recursive_triggers` on, so the
    /// row REPLACE removes passes the DELETE triggers and leaves its audit row) and by cascades
    /// (an approved meeting cannot be deleted, so nothing cascades from it).
    static func approvedLock(_ db: Database) throws {
        let minutes = "the minutes of this meeting are approved and cannot be changed"
        let agenda = "the agenda and papers of this meeting are fixed: its minutes are approved"
        let locks: [Lock] = [
            Lock(table: "minute", meeting: { "\($0).meetingId" }, message: minutes, free: []),
            Lock(
                table: "resolution", meeting: { "(SELECT meetingId FROM minute WHERE id = \($0).minuteId)" },
                message: minutes, free: []),
            Lock(
                table: "attendance", meeting: { "\($0).meetingId" }, message: minutes,
                free: ["personId", "seatId", "substituteForPersonId"]),
            Lock(
                table: "minuteCorrection", meeting: { "(SELECT meetingId FROM minute WHERE id = \($0).minuteId)" },
                message: "a correction of approved minutes is a new note: it cannot be changed or removed",
                free: ["recordedAtMeetingId"], insertAllowed: true),
            Lock(
                table: "action", meeting: { "(SELECT meetingId FROM minute WHERE id = \($0).minuteId)" },
                message: "this action is part of approved minutes: only its progress can change",
                free: ["status", "closedAt", "dueDate"]),
            Lock(
                table: "actionUpdate",
                meeting: {
                    "(SELECT n.meetingId FROM action a JOIN minute n ON n.id = a.minuteId WHERE a.id = \($0).actionId)"
                },
                message: "an action's history cannot be changed once its minutes are approved",
                free: ["authorPersonId"], insertAllowed: true),
            Lock(table: "agendaItem", meeting: { "\($0).meetingId" }, message: agenda, free: ["forwardPlanItemId"]),
            Lock(
                table: "document",
                meeting: { "coalesce(\($0).meetingId, (SELECT meetingId FROM agendaItem WHERE id = \($0).agendaItemId))" },
                message: agenda, free: ["isPublished"], insertAllowed: false, insertAllowedWhen: { "\($0).agendaItemId IS NULL" })
        ]
        for lock in locks { try lock.install(db) }

        let meetingColumns = try db.columns(in: "meeting").map(\.name)
            .filter { !["agendaPublishedAt", "packIssuedAt", "virtualLink", "sequence"].contains($0) }
        try db.execute(
            sql: """
                CREATE TRIGGER approved_meeting_delete BEFORE DELETE ON meeting WHEN OLD.status = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, '\(minutes)'); END;
                CREATE TRIGGER approved_meeting_update BEFORE UPDATE OF \(meetingColumns.map { "\"\($0)\"" }.joined(separator: ", "))
                ON meeting WHEN OLD.status = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, '\(minutes)'); END;
                CREATE TRIGGER approved_meeting_replace BEFORE INSERT ON meeting
                WHEN EXISTS (SELECT 1 FROM meeting x WHERE (x.id = NEW.id OR (x.bodyId = NEW.bodyId AND x.date = NEW.date))
                             AND x.status = 'minutes_approved')
                BEGIN SELECT RAISE(ABORT, '\(minutes)'); END;
                """)
    }

    /// The triggers that fix one table's rows once the meeting they belong to is approved.
    struct Lock {
        var table: String
        /// The id of the meeting a row belongs to, for a row alias (`NEW`, `OLD`, `x`).
        var meeting: (String) -> String
        var message: String
        /// Columns that may still change (UPDATE OF any other column is refused).
        var free: [String]
        var insertAllowed = false
        /// A condition under which a new row is allowed even when inserts are otherwise refused.
        var insertAllowedWhen: ((String) -> String)? = nil

        func approved(_ alias: String) -> String {
            "coalesce((SELECT status FROM meeting WHERE id = \(meeting(alias))), '') = 'minutes_approved'"
        }

        func install(_ db: Database) throws {
            let locked = try db.columns(in: table).map(\.name).filter { !free.contains($0) }
            let raise = "BEGIN SELECT RAISE(ABORT, '\(message.replacingOccurrences(of: "'", with: "''"))'); END;"
            var sql = """
                DROP TRIGGER IF EXISTS \(table)_fixed_once_approved_update;
                DROP TRIGGER IF EXISTS \(table)_fixed_once_approved_delete;
                DROP TRIGGER IF EXISTS \(table)_fixed_once_approved_insert;
                CREATE TRIGGER \(table)_fixed_once_approved_update
                BEFORE UPDATE OF \(locked.map { "\"\($0)\"" }.joined(separator: ", ")) ON "\(table)"
                WHEN \(approved("OLD")) OR \(approved("NEW"))
                \(raise)
                CREATE TRIGGER \(table)_fixed_once_approved_delete BEFORE DELETE ON "\(table)" WHEN \(approved("OLD"))
                \(raise)
                CREATE TRIGGER \(table)_fixed_once_approved_replace BEFORE INSERT ON "\(table)"
                WHEN EXISTS (SELECT 1 FROM "\(table)" x WHERE x.rowid = NEW.rowid AND \(approved("x")))
                \(raise)

                """
            if !insertAllowed {
                let exception = insertAllowedWhen.map { " AND NOT (\($0("NEW")))" } ?? ""
                sql += """
                    CREATE TRIGGER \(table)_fixed_once_approved_insert BEFORE INSERT ON "\(table)"
                    WHEN \(approved("NEW"))\(exception)
                    \(raise)
                    """
            }
            try db.execute(sql: sql)
        }
    }
}
