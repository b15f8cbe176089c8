import GRDB
import MinutebookCore

/// The register, votes, declarations and closing the meeting.
extension GRDBMeetingDayRepository {
    public func recordRegister(_ entries: [RegisterEntry], meetingID: Int64, by editor: Editor) async throws {
        try await write(editor) { db in
            _ = try Self.requireOpen(meetingID, db)
            let items = Set(try Int64.fetchAll(db, sql: "SELECT id FROM agendaItem WHERE meetingId = ?", arguments: [meetingID]))
            try db.execute(sql: "DELETE FROM attendance WHERE meetingId = ?", arguments: [meetingID])
            for entry in entries {
                for item in [entry.arrivedDuringItemID, entry.leftDuringItemID].compactMap({ $0 }) where !items.contains(item) {
                    throw DomainError.invalid("item \(item) is not on this meeting's agenda")
                }
                let a = entry.attendance
                try db.execute(
                    sql: """
                        INSERT INTO attendance (meetingId, personId, seatId, name, roleText, status, position,
                                                substituteForPersonId, substituteForName, arrivedDuringItemId, leftDuringItemId)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        meetingID, a.personID, a.seatID, a.name, a.roleText, a.status.rawValue, a.position?.rawValue,
                        a.substituteForPersonID, a.substituteForName, entry.arrivedDuringItemID, entry.leftDuringItemID
                    ])
            }
        }
    }

    // MARK: Votes

    public func voters(agendaItemID: Int64) async throws -> VoterRoll {
        try await database.read { db in try Self.voterRoll(agendaItemID, db) }
    }

    /// The voting members present at the item's minute (or at every minute, before it is taken).
    static func voterRoll(_ agendaItemID: Int64, _ db: Database) throws -> VoterRoll {
        guard
            let item = try Row.fetchOne(
                db,
                sql: """
                    SELECT i.meetingId, m.bodyId, m.date, l.number, l.letter FROM agendaItem i JOIN meeting m ON m.id = i.meetingId
                    LEFT JOIN liveItem l ON l.agendaItemId = i.id WHERE i.id = ?
                    """, arguments: [agendaItemID])
        else { throw DomainError.notFound("no agenda item with id \(agendaItemID)") }
        let number = (item["number"] as Int?).map { MinuteNumber($0, letter: item["letter"] ?? "") }
        let votingSeats =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT count(*) FROM seat WHERE bodyId = ? AND role IN ('chairman','vice_chairman','co_chair','member')
                    AND (abolishedOn IS NULL OR abolishedOn > ?)
                    """, arguments: [item["bodyId"] as Int64, item["date"] as String]) ?? 0
        let quorumSetting = try Int.fetchOne(db, sql: "SELECT quorum FROM body WHERE id = ?", arguments: [item["bodyId"] as Int64])
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT a.personId, a.name, a.status, s.role, ai.number AS aNumber, ai.letter AS aLetter, li.number AS lNumber, li.letter AS lLetter
                FROM attendance a LEFT JOIN seat s ON s.id = a.seatId
                LEFT JOIN liveItem ai ON ai.agendaItemId = a.arrivedDuringItemId
                LEFT JOIN liveItem li ON li.agendaItemId = a.leftDuringItemId
                WHERE a.meetingId = ? ORDER BY a.id
                """, arguments: [item["meetingId"] as Int64])
        var voters: [Voter] = []
        for row in rows {
            guard let status = AttendanceStatus(rawValue: row["status"]),
                Quorum.votes(status: status, seatRole: (row["role"] as String?).flatMap(SeatRole.init(rawValue:)))
            else { continue }
            if let number {
                let arrived = (row["aNumber"] as Int?).map { MinuteNumber($0, letter: row["aLetter"] ?? "") }
                let left = (row["lNumber"] as Int?).map { MinuteNumber($0, letter: row["lLetter"] ?? "") }
                guard Quorum.isPresent(at: number, arrivedDuring: arrived, leftDuring: left) else { continue }
            }
            voters.append(Voter(personID: row["personId"], name: row["name"]))
        }
        return VoterRoll(voters: voters, votingSeats: votingSeats, quorumSetting: quorumSetting)
    }

    public func recordVote(_ vote: VoteInput, by editor: Editor) async throws -> RecordedVote {
        let motion = vote.motion.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !motion.isEmpty else { throw DomainError.invalid("Enter the motion that was voted on") }
        return try await write(editor) { db in
            _ = try Self.requireOpenItem(vote.agendaItemID, db)
            guard
                try String.fetchOne(db, sql: "SELECT state FROM liveItem WHERE agendaItemId = ?", arguments: [vote.agendaItemID])
                    == LiveItemState.taken.rawValue
            else {
                throw DomainError.invalid("Take the item before recording a vote on it: the vote is minuted under its number")
            }
            let roll = try Self.voterRoll(vote.agendaItemID, db)
            var tally = vote.tally
            if vote.kind == .recorded {
                var seen = Set<String>()
                for ballot in vote.ballots {
                    guard roll.voters.contains(where: { $0.name == ballot.name && $0.personID == ballot.personID }) else {
                        throw DomainError.invalid("\(ballot.name) is not a voting member present at this item")
                    }
                    guard seen.insert(ballot.name).inserted else { throw DomainError.invalid("\(ballot.name) is listed twice") }
                }
                guard !vote.ballots.isEmpty else { throw DomainError.invalid("A recorded vote lists how each member voted") }
                tally = VoteTally(ballots: vote.ballots.map(\.choice), castingVote: vote.tally.castingVote)
            }
            let problems = tally.problems(presentVoting: roll.voters.count, votingSeats: roll.votingSeats, quorumSetting: roll.quorumSetting)
            if let first = problems.first { throw DomainError.invalid(first) }
            try db.execute(
                sql: """
                    INSERT INTO vote (agendaItemId, motion, kind, votesFor, votesAgainst, abstentions, castingVote, outcome, presentVoting, quorum)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    vote.agendaItemID, motion, vote.kind.rawValue, tally.votesFor, tally.against, tally.abstentions,
                    tally.castingVote?.rawValue, tally.outcome.rawValue, roll.voters.count, roll.quorum
                ])
            let id = db.lastInsertedRowID
            let ballots = vote.kind == .recorded ? vote.ballots : []
            for ballot in ballots {
                try db.execute(
                    sql: "INSERT INTO voteBallot (voteId, personId, name, choice) VALUES (?, ?, ?, ?)",
                    arguments: [id, ballot.personID, ballot.name, ballot.choice.rawValue])
            }
            return RecordedVote(
                id: id, agendaItemID: vote.agendaItemID, motion: motion, kind: vote.kind, tally: tally,
                outcome: tally.outcome, presentVoting: roll.voters.count, quorum: roll.quorum, ballots: ballots)
        }
    }

    public func removeVote(id: Int64, meetingID: Int64, by editor: Editor) async throws {
        try await write(editor) { db in
            _ = try Self.requireOpen(meetingID, db)
            try db.execute(
                sql: """
                    DELETE FROM vote WHERE id = ? AND agendaItemId IN (SELECT id FROM agendaItem WHERE meetingId = ?)
                    """, arguments: [id, meetingID])
            guard db.changesCount == 1 else { throw DomainError.notFound("this meeting has no vote \(id)") }
        }
    }

    // MARK: Declarations

    public func recordDeclaration(_ declaration: DeclarationInput, by editor: Editor) async throws -> Int64 {
        let name = declaration.name.trimmingCharacters(in: .whitespacesAndNewlines)
        let text = declaration.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw DomainError.invalid("Enter who declared the interest") }
        guard !text.isEmpty else { throw DomainError.invalid("Enter the interest declared") }
        return try await write(editor) { db in
            let (_, meeting) = try Self.requireOpenItem(declaration.agendaItemID, db)
            if let person = declaration.personID {
                guard
                    try Bool.fetchOne(
                        db,
                        sql: """
                            SELECT 1 FROM person JOIN body ON body.partnershipId = person.partnershipId WHERE person.id = ? AND body.id = ?
                            """, arguments: [person, meeting["bodyId"] as Int64]) == true
                else {
                    throw DomainError.invalid("person \(person) is not a person of this partnership")
                }
            }
            try db.execute(
                sql: "INSERT INTO declaration (agendaItemId, personId, name, kind, text) VALUES (?, ?, ?, ?, ?)",
                arguments: [declaration.agendaItemID, declaration.personID, name, declaration.kind.rawValue, text])
            return db.lastInsertedRowID
        }
    }

    public func removeDeclaration(id: Int64, meetingID: Int64, by editor: Editor) async throws {
        try await write(editor) { db in
            _ = try Self.requireOpen(meetingID, db)
            try db.execute(
                sql: """
                    DELETE FROM declaration WHERE id = ? AND agendaItemId IN (SELECT id FROM agendaItem WHERE meetingId = ?)
                    """, arguments: [id, meetingID])
            guard db.changesCount == 1 else { throw DomainError.notFound("this meeting has no declaration \(id)") }
        }
    }

    // MARK: Closing

    public func closeMeeting(meetingID: Int64, by editor: Editor) async throws {
        try await write(editor) { db in
            let meeting = try Self.requireOpen(meetingID, db)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM minute WHERE meetingId = ? LIMIT 1", arguments: [meetingID]) == true {
                throw DomainError.conflict("the minutes of this meeting have already been started: edit them on the meeting page")
            }
            guard let live = try Self.liveMeeting(meetingID, db) else { throw DomainError.conflict("this meeting is not in progress") }
            let pending = live.pending
            if !pending.isEmpty {
                let names = pending.map { $0.agendaItem.number.map { "item \($0)" } ?? "“\($0.agendaItem.title)”" }
                throw DomainError.invalid(
                    "The meeting cannot close while \(names.joined(separator: ", ")) "
                        + (pending.count == 1 ? "is" : "are") + " neither taken, deferred nor withdrawn.")
            }
            let bodyID: Int64 = meeting["bodyId"]
            for (index, item) in live.numbered.enumerated() {
                guard let number = item.number else { continue }
                let text = [item.state.minuteSentence, item.notes.isEmpty ? nil : item.notes].compactMap { $0 }.joined(separator: "\n\n")
                try db.execute(
                    sql: """
                        INSERT INTO minute (meetingId, agendaItemId, bodyId, municipalYear, position, number, letter, title, part, text, reportReference)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        meetingID, item.agendaItem.id, bodyID, meeting["municipalYear"] as Int, index + 1, number.number,
                        number.letter, item.agendaItem.title, item.agendaItem.part.rawValue, text,
                        item.agendaItem.reportReference
                    ])
                let minuteID = db.lastInsertedRowID
                // The decisions stand after the notes taken at the item (their place in the narrative).
                let place = MinuteLayout.paragraphs(text).count
                for (position, resolution) in item.resolutions.enumerated() {
                    try db.execute(
                        sql: "INSERT INTO resolution (minuteId, position, text, place) VALUES (?, ?, ?, ?)",
                        arguments: [minuteID, position + 1, resolution, place])
                }
                for action in item.actions {
                    try db.execute(
                        sql: "INSERT INTO action (bodyId, minuteId, text, dueDate, isPrivate) VALUES (?, ?, ?, ?, ?)",
                        arguments: [bodyID, minuteID, action.text, action.due?.iso, item.agendaItem.part == .two])
                    let actionID = db.lastInsertedRowID
                    if let person = action.ownerPersonID {
                        let code = try String.fetchOne(db, sql: "SELECT initials FROM person WHERE id = ?", arguments: [person])
                        try db.execute(
                            sql: "INSERT INTO actionOwner (actionId, personId, code) VALUES (?, ?, ?)",
                            arguments: [actionID, person, code.flatMap { $0.isEmpty ? nil : $0 }])
                    } else if let seat = action.ownerSeatID {
                        try db.execute(sql: "INSERT INTO actionOwner (actionId, seatId) VALUES (?, ?)", arguments: [actionID, seat])
                    }
                }
            }
            try Self.carryDeferred(live.items, meeting: meeting, db)
            try db.execute(
                sql: "UPDATE liveMeeting SET closedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE meetingId = ?",
                arguments: [meetingID])
            try db.execute(sql: "UPDATE meeting SET status = 'minutes_drafted' WHERE id = ?", arguments: [meetingID])
        }
    }
}
