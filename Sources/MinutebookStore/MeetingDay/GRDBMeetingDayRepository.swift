import GRDB
import MinutebookCore

/// The meeting day in SQLite: `liveMeeting`, `liveItem` and its resolutions and actions, `vote`,
/// `voteBallot`, `declaration`, and the register in `attendance`. One audited transaction per call.
public struct GRDBMeetingDayRepository: MeetingDayRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let conflictMessage =
        "Someone else saved this item while you were editing it. Your text has not been saved: "
        + "copy it, reload the item to see their version, and add your changes again."

    /// Runs one audited transaction, turning the schema's refusals into domain errors.
    func write<T: Sendable>(_ editor: Editor, _ updates: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await database.write(as: Actor(editor), updates)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            if error.message?.contains("approved") == true { throw DomainError.conflict(GRDBMinutesRepository.approvedMessage) }
            if error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw DomainError.conflict("that would repeat a minute number already used by this body this year")
            }
            throw DomainError.invalid("the change breaks a rule of the record: \(error.message ?? "constraint failed")")
        }
    }

    // MARK: Opening and reading

    public func openMeeting(meetingID: Int64, by editor: Editor) async throws {
        try await write(editor) { db in
            let meeting = try Self.meetingRow(meetingID, db)
            let status = MeetingStatus(rawValue: meeting["status"]) ?? .scheduled
            if status == .minutesApproved { throw DomainError.conflict(GRDBMinutesRepository.approvedMessage) }
            if status == .cancelled { throw DomainError.conflict("this meeting was cancelled: it cannot be opened") }
            if let closed = try Row.fetchOne(db, sql: "SELECT closedAt FROM liveMeeting WHERE meetingId = ?", arguments: [meetingID]) {
                if (closed["closedAt"] as String?) != nil {
                    throw DomainError.conflict("this meeting has been closed: its notes are now the draft minutes")
                }
                return
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM minute WHERE meetingId = ? LIMIT 1", arguments: [meetingID]) == true {
                throw DomainError.conflict("the minutes of this meeting have already been started: edit them on the meeting page")
            }
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM agendaItem WHERE meetingId = ? LIMIT 1", arguments: [meetingID]) == true else {
                throw DomainError.invalid("this meeting has no agenda items yet: the meeting is run from its agenda")
            }
            try db.execute(sql: "INSERT INTO liveMeeting (meetingId) VALUES (?)", arguments: [meetingID])
            try db.execute(
                sql: "INSERT INTO liveItem (agendaItemId, meetingId) SELECT id, meetingId FROM agendaItem WHERE meetingId = ?",
                arguments: [meetingID])
            if status < .held {
                try db.execute(sql: "UPDATE meeting SET status = 'held' WHERE id = ?", arguments: [meetingID])
            }
        }
    }

    public func liveMeeting(meetingID: Int64) async throws -> LiveMeeting? {
        try await database.read { db in try Self.liveMeeting(meetingID, db) }
    }

    static func liveMeeting(_ meetingID: Int64, _ db: Database) throws -> LiveMeeting? {
        guard let live = try Row.fetchOne(db, sql: "SELECT * FROM liveMeeting WHERE meetingId = ?", arguments: [meetingID]) else {
            return nil
        }
        let resolutions = Dictionary(
            grouping: try Row.fetchAll(
                db,
                sql: """
                    SELECT r.agendaItemId, r.text FROM liveResolution r JOIN agendaItem i ON i.id = r.agendaItemId
                    WHERE i.meetingId = ? ORDER BY r.agendaItemId, r.position
                    """, arguments: [meetingID]), by: { $0["agendaItemId"] as Int64 }
        ).mapValues { $0.map { $0["text"] as String } }
        let actions = Dictionary(
            grouping: try Row.fetchAll(
                db,
                sql: """
                    SELECT a.* FROM liveAction a JOIN agendaItem i ON i.id = a.agendaItemId
                    WHERE i.meetingId = ? ORDER BY a.agendaItemId, a.position
                    """, arguments: [meetingID]), by: { $0["agendaItemId"] as Int64 }
        ).mapValues { rows in
            rows.map {
                LiveAction(
                    text: $0["text"], due: Rows.date($0["dueDate"]), ownerPersonID: $0["ownerPersonId"],
                    ownerSeatID: $0["ownerSeatId"])
            }
        }
        let votes = Dictionary(grouping: try votes(meetingID: meetingID, db), by: \.agendaItemID)
        let declarations = Dictionary(grouping: try declarations(meetingID: meetingID, db), by: \.agendaItemID)
        let items = try Row.fetchAll(
            db,
            sql: """
                SELECT i.*, l.state AS liveState, l.number AS liveNumber, l.letter AS liveLetter, l.notes AS liveNotes,
                       l.version AS liveVersion
                FROM agendaItem i LEFT JOIN liveItem l ON l.agendaItemId = i.id WHERE i.meetingId = ? ORDER BY i.position
                """, arguments: [meetingID]
        ).map { row -> LiveItem in
            let item = Rows.agendaItem(row)
            return LiveItem(
                agendaItem: item, state: (row["liveState"] as String?).flatMap(LiveItemState.init(rawValue:)) ?? .pending,
                number: (row["liveNumber"] as Int?).map { MinuteNumber($0, letter: row["liveLetter"] ?? "") },
                notes: row["liveNotes"] ?? "", version: row["liveVersion"] ?? 0,
                resolutions: resolutions[item.id] ?? [], actions: actions[item.id] ?? [],
                votes: votes[item.id] ?? [], declarations: declarations[item.id] ?? [])
        }
        return LiveMeeting(meetingID: meetingID, openedAt: live["openedAt"], closedAt: live["closedAt"], items: items)
    }

    /// Every vote of a meeting's items, with its roll call.
    static func votes(meetingID: Int64, _ db: Database) throws -> [RecordedVote] {
        let ballots = Dictionary(
            grouping: try Row.fetchAll(
                db,
                sql: """
                    SELECT b.* FROM voteBallot b JOIN vote v ON v.id = b.voteId JOIN agendaItem i ON i.id = v.agendaItemId
                    WHERE i.meetingId = ? ORDER BY b.voteId, b.id
                    """, arguments: [meetingID]), by: { $0["voteId"] as Int64 }
        ).mapValues { rows in
            rows.map { Ballot(personID: $0["personId"], name: $0["name"], choice: VoteChoice(rawValue: $0["choice"]) ?? .abstain) }
        }
        return try Row.fetchAll(
            db,
            sql: """
                SELECT v.* FROM vote v JOIN agendaItem i ON i.id = v.agendaItemId WHERE i.meetingId = ? ORDER BY v.agendaItemId, v.id
                """, arguments: [meetingID]
        ).map { row in
            RecordedVote(
                id: row["id"], agendaItemID: row["agendaItemId"], motion: row["motion"],
                kind: VoteKind(rawValue: row["kind"]) ?? .showOfHands,
                tally: VoteTally(
                    votesFor: row["votesFor"], against: row["votesAgainst"], abstentions: row["abstentions"],
                    castingVote: (row["castingVote"] as String?).flatMap(VoteChoice.init(rawValue:))),
                outcome: VoteOutcome(rawValue: row["outcome"]) ?? .lost, presentVoting: row["presentVoting"],
                quorum: row["quorum"], ballots: ballots[row["id"] as Int64] ?? [])
        }
    }

    static func declarations(meetingID: Int64, _ db: Database) throws -> [InterestDeclaration] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT d.* FROM declaration d JOIN agendaItem i ON i.id = d.agendaItemId WHERE i.meetingId = ? ORDER BY d.agendaItemId, d.id
                """, arguments: [meetingID]
        ).map { row in
            InterestDeclaration(
                id: row["id"], agendaItemID: row["agendaItemId"], personID: row["personId"], name: row["name"],
                kind: InterestKind(rawValue: row["kind"]) ?? .other, text: row["text"])
        }
    }

    // MARK: Guards

    static func meetingRow(_ id: Int64, _ db: Database) throws -> Row {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("no meeting with id \(id)")
        }
        return row
    }

    /// The meeting row of a meeting that is open (in progress), else the reason it is not.
    static func requireOpen(_ meetingID: Int64, _ db: Database) throws -> Row {
        let meeting = try meetingRow(meetingID, db)
        if meeting["status"] as String == MeetingStatus.minutesApproved.rawValue {
            throw DomainError.conflict(GRDBMinutesRepository.approvedMessage)
        }
        guard let live = try Row.fetchOne(db, sql: "SELECT closedAt FROM liveMeeting WHERE meetingId = ?", arguments: [meetingID]) else {
            throw DomainError.conflict("this meeting is not in progress: open it first")
        }
        if (live["closedAt"] as String?) != nil {
            throw DomainError.conflict("this meeting has been closed: its notes are now the draft minutes, edited on the meeting page")
        }
        return meeting
    }

    /// The agenda item and its meeting, when the meeting is open; the item's live row exists after this.
    static func requireOpenItem(_ agendaItemID: Int64, _ db: Database) throws -> (item: Row, meeting: Row) {
        guard let item = try Row.fetchOne(db, sql: "SELECT * FROM agendaItem WHERE id = ?", arguments: [agendaItemID]) else {
            throw DomainError.notFound("no agenda item with id \(agendaItemID)")
        }
        let meeting = try requireOpen(item["meetingId"], db)
        try db.execute(
            sql: "INSERT OR IGNORE INTO liveItem (agendaItemId, meetingId) VALUES (?, ?)",
            arguments: [agendaItemID, item["meetingId"] as Int64])
        return (item, meeting)
    }

    // MARK: Taking items

    public func takeItem(agendaItemID: Int64, as state: LiveItemState, by editor: Editor) async throws -> MinuteNumber {
        guard state != .pending else { throw DomainError.invalid("an item once taken keeps its minute number: choose taken, deferred or withdrawn") }
        return try await write(editor) { db in
            let (item, meeting) = try Self.requireOpenItem(agendaItemID, db)
            let meetingID: Int64 = meeting["id"]
            let live = try Row.fetchOne(db, sql: "SELECT number, letter FROM liveItem WHERE agendaItemId = ?", arguments: [agendaItemID])
            if let n = live?["number"] as Int? {
                try db.execute(sql: "UPDATE liveItem SET state = ? WHERE agendaItemId = ?", arguments: [state.rawValue, agendaItemID])
                return MinuteNumber(n, letter: live?["letter"] ?? "")
            }
            let taken = try Row.fetchAll(
                db,
                sql: """
                    SELECT i.number AS agendaNumber, l.number, l.letter FROM liveItem l JOIN agendaItem i ON i.id = l.agendaItemId
                    WHERE l.meetingId = ? AND l.number IS NOT NULL ORDER BY l.number, length(l.letter), l.letter
                    """, arguments: [meetingID]
            ).map {
                LiveNumbering.Taken(agendaNumber: $0["agendaNumber"], number: MinuteNumber($0["number"], letter: $0["letter"]))
            }
            let number = LiveNumbering.next(agendaNumber: item["number"], after: taken, first: try Self.firstNumber(meeting, db))
            try db.execute(
                sql: "UPDATE liveItem SET state = ?, number = ?, letter = ? WHERE agendaItemId = ?",
                arguments: [state.rawValue, number.number, number.letter, agendaItemID])
            return number
        }
    }

    /// The meeting's first minute number by the running-number rule.
    static func firstNumber(_ meeting: Row, _ db: Database) throws -> Int {
        let bodyID: Int64 = meeting["bodyId"]
        guard let date = LocalDate(iso: meeting["date"] as String),
            let partnershipRow = try Row.fetchOne(
                db,
                sql: """
                    SELECT partnership.* FROM partnership JOIN body ON body.partnershipId = partnership.id WHERE body.id = ?
                    """, arguments: [bodyID])
        else {
            throw DomainError.notFound("the meeting's body or date could not be read")
        }
        let earlier = try Row.fetchAll(
            db,
            sql: """
                SELECT meeting.date, minute.number, minute.letter FROM minute JOIN meeting ON meeting.id = minute.meetingId
                WHERE minute.bodyId = ? AND minute.municipalYear = ? AND minute.number IS NOT NULL AND meeting.date < ?
                """, arguments: [bodyID, meeting["municipalYear"] as Int, date.iso]
        ).compactMap { row -> MinuteNumbering.Earlier? in
            guard let d = LocalDate(iso: row["date"] as String) else { return nil }
            return MinuteNumbering.Earlier(meetingDate: d, number: MinuteNumber(row["number"], letter: row["letter"]))
        }
        let numbering = Rows.partnership(partnershipRow).numbering
        return numbering.firstNumber(for: date, after: earlier)
    }

    public func saveItem(_ edit: LiveItemEdit, by editor: Editor) async throws -> Int {
        try await write(editor) { db in
            let (_, meeting) = try Self.requireOpenItem(edit.agendaItemID, db)
            try db.execute(
                sql: "UPDATE liveItem SET notes = ?, version = version + 1 WHERE agendaItemId = ? AND version = ?",
                arguments: [edit.notes, edit.agendaItemID, edit.version])
            guard db.changesCount == 1 else { throw DomainError.conflict(Self.conflictMessage) }
            try db.execute(sql: "DELETE FROM liveResolution WHERE agendaItemId = ?", arguments: [edit.agendaItemID])
            for (index, text) in edit.resolutions.enumerated() {
                try db.execute(
                    sql: "INSERT INTO liveResolution (agendaItemId, position, text) VALUES (?, ?, ?)",
                    arguments: [edit.agendaItemID, index + 1, text])
            }
            try db.execute(sql: "DELETE FROM liveAction WHERE agendaItemId = ?", arguments: [edit.agendaItemID])
            let bodyID: Int64 = meeting["bodyId"]
            for (index, action) in edit.actions.enumerated() {
                if let person = action.ownerPersonID {
                    guard
                        try Bool.fetchOne(
                            db,
                            sql: """
                                SELECT 1 FROM person JOIN body ON body.partnershipId = person.partnershipId WHERE person.id = ? AND body.id = ?
                                """, arguments: [person, bodyID]) == true
                    else {
                        throw DomainError.invalid("owner \(person) is not a person of this partnership")
                    }
                }
                if let seat = action.ownerSeatID {
                    guard try Bool.fetchOne(db, sql: "SELECT 1 FROM seat WHERE id = ? AND bodyId = ?", arguments: [seat, bodyID]) == true else {
                        throw DomainError.invalid("seat \(seat) is not a seat of this body")
                    }
                }
                try db.execute(
                    sql: """
                        INSERT INTO liveAction (agendaItemId, position, text, dueDate, ownerPersonId, ownerSeatId) VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [edit.agendaItemID, index + 1, action.text, action.due?.iso, action.ownerPersonID, action.ownerSeatID])
            }
            return try Int.fetchOne(db, sql: "SELECT version FROM liveItem WHERE agendaItemId = ?", arguments: [edit.agendaItemID]) ?? 0
        }
    }
}
