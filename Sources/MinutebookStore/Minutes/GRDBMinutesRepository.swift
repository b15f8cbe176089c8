import GRDB
import MinutebookCore

public struct GRDBMinutesRepository: MinutesRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let approvedMessage = "The minutes of this meeting have been approved and cannot be changed. Record a correction instead."

    /// Runs one audited transaction, turning the schema's refusals into domain errors.
    private func write<T: Sendable>(_ editor: Editor, _ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await database.write(as: Actor(editor), updates)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            if error.message?.contains("approved") == true { throw DomainError.conflict(Self.approvedMessage) }
            if error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw DomainError.conflict("that would repeat a minute number already used by this body this year")
            }
            throw DomainError.invalid("the change breaks a rule of the record: \(error.message ?? "constraint failed")")
        }
    }

    private static func meetingRow(_ id: Int64, _ db: Database) throws -> Row {
        guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("no meeting with id \(id)")
        }
        return row
    }

    private static func refuseIfApproved(_ meeting: Row) throws {
        if meeting["status"] as String == MeetingStatus.minutesApproved.rawValue { throw DomainError.conflict(approvedMessage) }
    }

    public func recordAttendance(_ entries: [AttendanceInput], meetingID: Int64, by editor: Editor) async throws {
        try await write(editor) { db in
            let meeting = try Self.meetingRow(meetingID, db)
            try Self.refuseIfApproved(meeting)
            // The live register's late arrivals and early departures are kept for whoever still attends:
            // this form does not show them, so saving it must not lose them.
            let timings = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT personId, name, arrivedDuringItemId, leftDuringItemId FROM attendance
                    WHERE meetingId = ? AND (arrivedDuringItemId IS NOT NULL OR leftDuringItemId IS NOT NULL) ORDER BY id
                    """, arguments: [meetingID])
            func timing(of entry: AttendanceInput) -> (arrived: Int64?, left: Int64?) {
                guard [.present, .virtual, .substitute].contains(entry.status) else { return (nil, nil) }
                let row = timings.first { row in
                    if let person = entry.personID { return row["personId"] as Int64? == person }
                    return (row["personId"] as Int64?) == nil
                        && (row["name"] as String).caseInsensitiveCompare(entry.name) == .orderedSame
                }
                return (row?["arrivedDuringItemId"], row?["leftDuringItemId"])
            }
            try db.execute(sql: "DELETE FROM attendance WHERE meetingId = ?", arguments: [meetingID])
            for entry in entries {
                let kept = timing(of: entry)
                try db.execute(
                    sql: """
                        INSERT INTO attendance (meetingId, personId, seatId, name, roleText, status, position,
                                                substituteForPersonId, substituteForName, arrivedDuringItemId, leftDuringItemId)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        meetingID, entry.personID, entry.seatID, entry.name, entry.roleText, entry.status.rawValue,
                        entry.position?.rawValue, entry.substituteForPersonID, entry.substituteForName, kept.arrived, kept.left
                    ])
            }
            let status = MeetingStatus(rawValue: meeting["status"]) ?? .scheduled
            if status < .held {
                try db.execute(sql: "UPDATE meeting SET status = 'held' WHERE id = ?", arguments: [meetingID])
            }
        }
    }

    public func startMinutes(meetingID: Int64, by editor: Editor) async throws -> [MinuteNumber] {
        try await write(editor) { db in
            let meeting = try Self.meetingRow(meetingID, db)
            try Self.refuseIfApproved(meeting)
            if try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM minute WHERE meetingId = ? LIMIT 1", arguments: [meetingID]) == true {
                throw DomainError.conflict("the minutes of this meeting have already been started")
            }
            if try Bool.fetchOne(
                cached: db, sql: "SELECT 1 FROM liveMeeting WHERE meetingId = ? AND closedAt IS NULL",
                arguments: [meetingID]) == true
            {
                throw DomainError.conflict("this meeting is in progress: close it to turn its notes into the draft minutes")
            }
            let bodyID: Int64 = meeting["bodyId"]
            let year: Int = meeting["municipalYear"]
            guard let date = LocalDate(iso: meeting["date"] as String),
                let partnershipRow = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT partnership.* FROM partnership JOIN body ON body.partnershipId = partnership.id WHERE body.id = ?
                        """, arguments: [bodyID])
            else {
                throw DomainError.notFound("the meeting's body or date could not be read")
            }
            let numbering = Rows.partnership(partnershipRow).numbering
            let items = try Row.fetchAll(cached: db, sql: "SELECT * FROM agendaItem WHERE meetingId = ? ORDER BY position", arguments: [meetingID])
            guard !items.isEmpty else {
                throw DomainError.invalid("this meeting has no agenda items yet: the minutes start from the agenda")
            }
            let earlier = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT meeting.date, minute.number, minute.letter FROM minute JOIN meeting ON meeting.id = minute.meetingId
                    WHERE minute.bodyId = ? AND minute.municipalYear = ? AND minute.number IS NOT NULL AND meeting.date < ?
                    """, arguments: [bodyID, year, date.iso]
            ).compactMap { row -> MinuteNumbering.Earlier? in
                guard let d = LocalDate(iso: row["date"] as String) else { return nil }
                return MinuteNumbering.Earlier(meetingDate: d, number: MinuteNumber(row["number"], letter: row["letter"]))
            }
            let kinds: [MinuteNumbering.Item] = items.map { row in
                let printed = (row["number"] as String?).flatMap { MinuteNumber(parsing: $0) }
                return printed?.isSubItem == true ? .subItem : .main
            }
            let numbers = numbering.number(kinds, startingAt: numbering.firstNumber(for: date, after: earlier))
            for (index, (item, number)) in zip(items, numbers).enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO minute (meetingId, agendaItemId, bodyId, municipalYear, position, number, letter, title, part, reportReference)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        meetingID, item["id"] as Int64, bodyID, year, index + 1, number.number, number.letter,
                        item["title"] as String, item["part"] as Int, item["reportReference"] as String?
                    ])
            }
            try db.execute(sql: "UPDATE meeting SET status = 'minutes_drafted' WHERE id = ? AND status <> 'cancelled'", arguments: [meetingID])
            return numbers
        }
    }

    public func saveMinute(_ edit: MinuteEdit, by editor: Editor) async throws {
        try await write(editor) { db in
            guard let minute = try Row.fetchOne(cached: db, sql: "SELECT * FROM minute WHERE id = ?", arguments: [edit.minuteID]) else {
                throw DomainError.notFound("no minute with id \(edit.minuteID)")
            }
            try Self.refuseIfApproved(try Self.meetingRow(minute["meetingId"], db))
            let note = edit.postMeetingNote.flatMap { $0.isEmpty ? nil : $0 }
            try db.execute(
                sql: "UPDATE minute SET text = ?, postMeetingNote = ? WHERE id = ?",
                arguments: [edit.text, note, edit.minuteID])
            // Each decision keeps its place in the narrative, as the importer gives it: one kept from
            // before stays where it stood (within the text as edited), a new one follows the text.
            let paragraphs = MinuteLayout.paragraphs(edit.text).count
            var before = try Row.fetchAll(
                cached: db, sql: "SELECT text, place FROM resolution WHERE minuteId = ? ORDER BY position",
                arguments: [edit.minuteID]
            ).map { (text: $0["text"] as String, place: $0["place"] as Int?) }
            try db.execute(sql: "DELETE FROM resolution WHERE minuteId = ?", arguments: [edit.minuteID])
            for (index, text) in edit.resolutions.enumerated() {
                var place = paragraphs
                if let kept = before.firstIndex(where: { $0.text == text }) {
                    place = min(before[kept].place ?? paragraphs, paragraphs)
                    before.remove(at: kept)
                }
                try db.execute(
                    sql: "INSERT INTO resolution (minuteId, position, text, place) VALUES (?, ?, ?, ?)",
                    arguments: [edit.minuteID, index + 1, text, place])
            }
            try Self.saveActions(edit.actions, minuteID: edit.minuteID, bodyID: minute["bodyId"], db)
        }
    }

    private static func saveActions(_ actions: [ActionInput], minuteID: Int64, bodyID: Int64, _ db: Database) throws {
        let existing = Set(try Int64.fetchAll(cached: db, sql: "SELECT id FROM action WHERE minuteId = ?", arguments: [minuteID]))
        let kept = Set(actions.compactMap(\.id))
        if let stranger = kept.subtracting(existing).first {
            throw DomainError.invalid("action \(stranger) does not belong to this minute")
        }
        for removed in existing.subtracting(kept) {
            if try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM actionUpdate WHERE actionId = ? LIMIT 1", arguments: [removed]) == true {
                throw DomainError.conflict(
                    "an action with progress updates cannot be removed from the minutes: close it in the actions tracker instead")
            }
            try db.execute(sql: "DELETE FROM action WHERE id = ?", arguments: [removed])
        }
        for action in actions {
            let actionID: Int64
            if let id = action.id {
                try db.execute(
                    sql: "UPDATE action SET text = ?, dueDate = ?, isPrivate = ? WHERE id = ?",
                    arguments: [action.text, action.due?.iso, action.isPrivate, id])
                try db.execute(sql: "DELETE FROM actionOwner WHERE actionId = ?", arguments: [id])
                actionID = id
            } else {
                try db.execute(
                    sql: "INSERT INTO action (bodyId, minuteId, text, dueDate, isPrivate) VALUES (?, ?, ?, ?, ?)",
                    arguments: [bodyID, minuteID, action.text, action.due?.iso, action.isPrivate])
                actionID = db.lastInsertedRowID
            }
            for personID in action.ownerPersonIDs {
                guard
                    let code = try String.fetchOne(
                        cached: db,
                        sql: """
                            SELECT coalesce(person.initials, '') FROM person JOIN body ON body.partnershipId = person.partnershipId
                            WHERE person.id = ? AND body.id = ?
                            """, arguments: [personID, bodyID])
                else {
                    throw DomainError.invalid("owner \(personID) is not a person of this partnership")
                }
                try db.execute(
                    sql: "INSERT INTO actionOwner (actionId, personId, code) VALUES (?, ?, ?)",
                    arguments: [actionID, personID, code.isEmpty ? nil : code])
            }
            for text in action.freeTextOwners {
                try db.execute(sql: "INSERT INTO actionOwner (actionId, freeText) VALUES (?, ?)", arguments: [actionID, text])
            }
        }
    }

    public func approveMinutes(meetingID: Int64, _ approval: MinutesApproval, by editor: Editor) async throws {
        try await write(editor) { db in
            let meeting = try Self.meetingRow(meetingID, db)
            try Self.refuseIfApproved(meeting)
            guard try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM minute WHERE meetingId = ? LIMIT 1", arguments: [meetingID]) == true else {
                throw DomainError.invalid("there are no minutes to approve: start the minutes first")
            }
            let recorded = LocalDate(iso: meeting["date"] as String) ?? approval.date
            if let at = approval.atMeetingID {
                let row = try Self.meetingRow(at, db)
                guard row["bodyId"] as Int64 == meeting["bodyId"] as Int64, (row["date"] as String) > (meeting["date"] as String) else {
                    throw DomainError.invalid("minutes are approved at a later meeting of the same body")
                }
                let atDate = LocalDate(iso: row["date"] as String) ?? approval.date
                guard !MinutesApproval.approvingMeetings(for: recorded, among: [atDate], today: approval.recordedOn).isEmpty else {
                    throw DomainError.invalid("the meeting of \(atDate.long) has not taken place yet: minutes are approved at a meeting that has")
                }
            }
            guard approval.date.iso >= (meeting["date"] as String) else {
                throw DomainError.invalid("minutes cannot be approved before the meeting they record")
            }
            guard approval.date <= approval.recordedOn else {
                throw DomainError.invalid("minutes cannot be approved on \(approval.date.long), a date still to come")
            }
            try db.execute(
                sql: """
                    UPDATE meeting SET status = 'minutes_approved', approvedAt = ?, approvedAtMeetingId = ?,
                        approvalProposer = ?, approvalNote = ? WHERE id = ?
                    """, arguments: [approval.date.iso, approval.atMeetingID, approval.proposer, approval.note, meetingID])
        }
    }

    public func addCorrection(minuteID: Int64, text: String, recordedAtMeetingID: Int64?, by editor: Editor) async throws {
        try await write(editor) { db in
            guard let meetingID = try Int64.fetchOne(cached: db, sql: "SELECT meetingId FROM minute WHERE id = ?", arguments: [minuteID]) else {
                throw DomainError.notFound("no minute with id \(minuteID)")
            }
            let meeting = try Self.meetingRow(meetingID, db)
            guard meeting["status"] as String == MeetingStatus.minutesApproved.rawValue else {
                throw DomainError.conflict("these minutes are still a draft: edit them instead of recording a correction")
            }
            try db.execute(
                sql: "INSERT INTO minuteCorrection (minuteId, text, recordedAtMeetingId) VALUES (?, ?, ?)",
                arguments: [minuteID, text, recordedAtMeetingID])
        }
    }

    public func corrections(meetingID: Int64) async throws -> [MinuteCorrection] {
        try await database.read { db in try Self.corrections(meetingID: meetingID, db) }
    }

    public func approval(meetingID: Int64) async throws -> ApprovalRecord? {
        try await database.read { db in try Self.approval(meetingID: meetingID, db) }
    }

    static func corrections(meetingID: Int64, _ db: Database) throws -> [MinuteCorrection] {
        try Row.fetchAll(
            cached: db,
            sql: """
                SELECT minuteCorrection.* FROM minuteCorrection JOIN minute ON minute.id = minuteCorrection.minuteId
                WHERE minute.meetingId = ? ORDER BY minuteCorrection.id
                """, arguments: [meetingID]
        ) {
            MinuteCorrection(
                id: $0["id"], minuteID: $0["minuteId"], text: $0["text"],
                recordedAtMeetingID: $0["recordedAtMeetingId"], createdAt: $0["createdAt"])
        }
    }

    static func approval(meetingID: Int64, _ db: Database) throws -> ApprovalRecord? {
        guard
            let row = try Row.fetchOne(
                cached: db,
                sql: """
                    SELECT m.status, m.approvedAt, m.approvalProposer, m.approvalNote, at.date AS atDate
                    FROM meeting m LEFT JOIN meeting at ON at.id = m.approvedAtMeetingId WHERE m.id = ?
                    """, arguments: [meetingID]), row["status"] as String == MeetingStatus.minutesApproved.rawValue
        else { return nil }
        return ApprovalRecord(
            date: (row["approvedAt"] as String?).flatMap { LocalDate(iso: $0.prefix(10)) },
            atMeetingDate: (row["atDate"] as String?).flatMap { LocalDate(iso: $0) },
            proposer: row["approvalProposer"], note: row["approvalNote"])
    }
}

public struct GRDBAttendanceRepository: AttendanceRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func attendance(of bodyID: Int64, audience: Audience) async throws -> [AttendanceFact] {
        let (body, facts) = try await database.read { db -> (Body?, [AttendanceFact]) in
            guard let body = try Row.fetchOne(cached: db, sql: "SELECT * FROM body WHERE id = ?", arguments: [bodyID]).map(Rows.body) else {
                return (nil, [])
            }
            let facts = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT m.*, a.personId AS a_personId, a.name AS a_name, a.status AS a_status,
                           p.organisationId AS a_organisationId, o.name AS a_organisation
                    FROM meeting m JOIN attendance a ON a.meetingId = m.id
                    LEFT JOIN person p ON p.id = a.personId LEFT JOIN organisation o ON o.id = p.organisationId
                    WHERE m.bodyId = ? ORDER BY m.date, a.id
                    """, arguments: [bodyID]
            ).compactMap { row -> AttendanceFact? in
                guard let status = AttendanceStatus(rawValue: row["a_status"]) else { return nil }
                return AttendanceFact(
                    meeting: Rows.meeting(row), bodyName: body.name, personID: row["a_personId"], name: row["a_name"],
                    organisationID: row["a_organisationId"], organisation: row["a_organisation"], status: status)
            }
            return (body, facts)
        }
        guard let body else { return [] }
        let grant = Visibility.grant(audience, bodyID: body.id, partnershipID: body.partnershipID)
        guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else { return [] }
        return facts.filter { Visibility.canSeeAttendance(meetingStatus: $0.meeting.status, grant: grant) }
    }
}
