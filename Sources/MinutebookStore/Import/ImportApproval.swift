import GRDB
import MinutebookCore

/// Approving imported minutes: the meeting that agreed them, found in the imported record or
/// the store, and the approval written like the secretariat's own (status, date, meeting).
enum ImportApproval {
    static let previous = "previous"

    static func stored(_ approves: MeetingRecord.ApprovedMinutes?) -> String? {
        switch approves {
        case .meeting(let date): date.iso
        case .previousMeeting: previous
        case nil: nil
        }
    }

    /// Applies `rule` after meeting `meetingID` on `date` was written; says what it approved.
    static func apply(
        _ rule: ImportedMinutesStatus, record: MeetingRecord, meetingID: Int64, bodyID: Int64,
        _ db: Database
    ) throws -> [String] {
        var notes: [String] = []
        guard rule != .draft else { return notes }
        // The earlier minutes this meeting agreed.
        if let approves = record.approvesMinutesOf, let target = try approvedMeeting(approves, before: record.date, bodyID: bodyID, db),
            try approve(target.id, on: record.date, at: meetingID, db)
        {
            notes.append("the minutes of \(target.date.long) are marked approved: this meeting agreed them as a correct record")
        }
        let date = record.date
        switch rule {
        case .auto:
            if let later = try laterApproval(of: date, bodyID: bodyID, db), try approve(meetingID, on: later.date, at: later.id, db) {
                notes.append("these minutes are marked approved: the meeting of \(later.date.long) agreed them as a correct record")
            }
        case .approved:
            let next = try Row.fetchOne(
                db, sql: "SELECT id, date FROM meeting WHERE bodyId = ? AND date > ? ORDER BY date LIMIT 1",
                arguments: [bodyID, date.iso])
            let nextDate = (next?["date"] as String?).flatMap { LocalDate(iso: $0) } ?? record.nextMeeting?.date ?? date
            if try approve(meetingID, on: nextDate, at: next?["id"] as Int64?, db) {
                notes.append("these minutes are marked approved (imported as signed minutes)")
            }
        case .draft:
            break
        }
        return notes
    }

    /// The meeting of the body whose minutes `approves` names.
    static func approvedMeeting(
        _ approves: MeetingRecord.ApprovedMinutes, before date: LocalDate, bodyID: Int64,
        _ db: Database
    ) throws -> (id: Int64, date: LocalDate)? {
        let row: Row?
        switch approves {
        case .meeting(let day):
            guard day < date else { return nil }
            row = try Row.fetchOne(db, sql: "SELECT id, date FROM meeting WHERE bodyId = ? AND date = ?", arguments: [bodyID, day.iso])
        case .previousMeeting:
            row = try Row.fetchOne(
                db,
                sql: """
                    SELECT id, date FROM meeting WHERE bodyId = ? AND date < ? AND status <> 'cancelled' ORDER BY date DESC LIMIT 1
                    """, arguments: [bodyID, date.iso])
        }
        guard let row, let day = LocalDate(iso: row["date"] as String) else { return nil }
        return (row["id"], day)
    }

    /// A later imported meeting of the body that agreed the minutes of `date`.
    static func laterApproval(of date: LocalDate, bodyID: Int64, _ db: Database) throws -> (id: Int64, date: LocalDate)? {
        // By date; or "the previous meeting" said by the very next meeting.
        let row = try Row.fetchOne(
            db,
            sql: """
                SELECT m.id, m.date FROM importedMeeting i JOIN meeting m ON m.id = i.meetingId
                WHERE m.bodyId = ? AND m.date > ? AND (i.approvesMinutesOf = ? OR (i.approvesMinutesOf = 'previous' AND m.id = (
                    SELECT n.id FROM meeting n WHERE n.bodyId = ? AND n.date > ? AND n.status <> 'cancelled' ORDER BY n.date LIMIT 1)))
                ORDER BY m.date LIMIT 1
                """, arguments: [bodyID, date.iso, date.iso, bodyID, date.iso])
        guard let row, let day = LocalDate(iso: row["date"] as String) else { return nil }
        return (row["id"], day)
    }

    /// Marks the minutes of `meetingID` approved on `day` (at meeting `at`); false when they
    /// already were, or there are no minutes to approve.
    static func approve(_ meetingID: Int64, on day: LocalDate, at: Int64?, _ db: Database) throws -> Bool {
        try db.execute(
            sql: """
                UPDATE meeting SET status = 'minutes_approved', approvedAt = max(?, date), approvedAtMeetingId = ?, approvalNote = ?
                WHERE id = ? AND status <> 'minutes_approved' AND status <> 'cancelled'
                    AND EXISTS (SELECT 1 FROM minute WHERE meetingId = meeting.id)
                """, arguments: [day.iso, at, MinutesApproval.standardNote, meetingID])
        return db.changesCount > 0
    }
}
