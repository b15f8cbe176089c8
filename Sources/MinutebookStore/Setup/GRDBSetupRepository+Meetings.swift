import GRDB
import MinutebookCore

extension GRDBSetupRepository: MeetingScheduleRepository {
    public func moveMeeting(
        _ meetingID: Int64, to date: LocalDate, start: LocalTime?, reason: String?,
        by editor: ActionEditor
    ) async throws -> Meeting {
        let reason = reason?.nilIfBlank
        return try await write(editor, "the meeting") { db in
            let meeting = try Self.changeableMeeting(meetingID, db)
            let newStart = start ?? meeting.start
            guard date != meeting.date || newStart != meeting.start else {
                throw DomainError.invalid("the meeting is already on \(meeting.date.long)\(meeting.start.map { " at \($0.hhmm)" } ?? "")")
            }
            if date != meeting.date,
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM meeting WHERE bodyId = ? AND date = ?)",
                    arguments: [meeting.bodyID, date.iso]) == true
            {
                throw DomainError.conflict("the body already has a meeting on \(date.long)")
            }
            let yearStart =
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT p.yearStartMonth, p.yearStartDay FROM body b JOIN partnership p ON p.id = b.partnershipId WHERE b.id = ?
                        """, arguments: [meeting.bodyID]
                ).flatMap { MunicipalYearStart(month: $0["yearStartMonth"], day: $0["yearStartDay"]) } ?? .may
            try db.execute(
                sql: "UPDATE meeting SET date = ?, municipalYear = ?, startTime = ? WHERE id = ?",
                arguments: [date.iso, MunicipalYear(containing: date, start: yearStart).startYear, newStart?.hhmm, meetingID])
            try db.execute(
                sql: """
                    INSERT INTO meetingChange (meetingId, kind, fromDate, toDate, fromStart, toStart, reason) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    meetingID, date == meeting.date ? MeetingChangeKind.retimed.rawValue : MeetingChangeKind.moved.rawValue,
                    meeting.date.iso, date.iso, meeting.start?.hhmm, newStart?.hhmm, reason
                ])
            return try Self.meeting(meetingID, db)
        }
    }

    public func cancelMeeting(_ meetingID: Int64, reason: String?, by editor: ActionEditor) async throws -> Meeting {
        let reason = reason?.nilIfBlank
        return try await write(editor, "the meeting") { db in
            let meeting = try Self.changeableMeeting(meetingID, db)
            try db.execute(sql: "UPDATE meeting SET status = 'cancelled' WHERE id = ?", arguments: [meetingID])
            try db.execute(
                sql: "INSERT INTO meetingChange (meetingId, kind, fromDate, reason) VALUES (?, 'cancelled', ?, ?)",
                arguments: [meetingID, meeting.date.iso, reason])
            return try Self.meeting(meetingID, db)
        }
    }

    public func changes(of meetingID: Int64) async throws -> [MeetingChange] {
        try await database.read { db in try Self.changes(of: meetingID, db) }
    }

    static func changes(of meetingID: Int64, _ db: Database) throws -> [MeetingChange] {
        try Row.fetchAll(db, sql: "SELECT * FROM meetingChange WHERE meetingId = ? ORDER BY id", arguments: [meetingID]).compactMap { row in
            guard let kind = MeetingChangeKind(rawValue: row["kind"]), let from = Rows.date(row["fromDate"]) else { return nil }
            return MeetingChange(kind: kind, fromDate: from, toDate: Rows.date(row["toDate"]), reason: row["reason"])
        }
    }

    static func meeting(_ id: Int64, _ db: Database) throws -> Meeting {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("there is no meeting \(id)")
        }
        return Rows.meeting(row)
    }

    /// A meeting that has not happened yet: a held, minuted or cancelled one keeps its date.
    static func changeableMeeting(_ id: Int64, _ db: Database) throws -> Meeting {
        let meeting = try meeting(id, db)
        switch meeting.status {
        case .scheduled, .agendaPublished: return meeting
        case .cancelled: throw DomainError.conflict("the meeting of \(meeting.date.long) is cancelled")
        default: throw DomainError.conflict("the meeting of \(meeting.date.long) has been held: its date is part of the record")
        }
    }
}
