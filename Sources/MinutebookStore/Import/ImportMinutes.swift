import GRDB
import MinutebookCore

/// People of the partnership found by name or created, and owner codes matched to the body's
/// seat holders at the meeting date when the minutes themselves did not name them.
struct ImportPeople {
    let partnershipID: Int64
    let bodyID: Int64
    let date: LocalDate
    private var cache: [String: Int64] = [:]
    private var seatHolders: [(id: Int64, name: String, initials: String)]?

    init(partnershipID: Int64, bodyID: Int64, date: LocalDate) {
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.date = date
    }

    mutating func person(named name: String, _ db: Database) throws -> Int64 {
        let key = name.lowercased()
        if let id = cache[key] { return id }
        if let id = try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM person WHERE partnershipId = ? AND fullName = ? COLLATE NOCASE ORDER BY id LIMIT 1
                """, arguments: [partnershipID, name])
        {
            cache[key] = id
            return id
        }
        try db.execute(
            sql: "INSERT INTO person (partnershipId, fullName, initials) VALUES (?, ?, ?)",
            arguments: [partnershipID, name, Person.initials(of: name)])
        let id = db.lastInsertedRowID
        cache[key] = id
        return id
    }

    /// Who of the body's seat holders at the meeting date an owner code names: initials ("RV"),
    /// or a surname or full name as written ("Vale").
    enum SeatMatch { case one(id: Int64, name: String), several([String]), none }

    mutating func seatHolder(code: String, _ db: Database) throws -> SeatMatch {
        if seatHolders == nil {
            seatHolders = try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT p.id, p.fullName, p.initials FROM seatHolding h
                    JOIN seat s ON s.id = h.seatId JOIN person p ON p.id = h.personId
                    WHERE s.bodyId = ? AND h.startDate <= ? AND (h.endDate IS NULL OR h.endDate >= ?)
                    """, arguments: [bodyID, date.iso, date.iso]
            ).map { row in
                let name: String = row["fullName"]
                return (row["id"], name, (row["initials"] as String?) ?? Person.initials(of: name))
            }
        }
        let key = code.lowercased()
        let isInitials = code.count <= 4 && code.allSatisfy { $0.isUppercase }
        let matches = (seatHolders ?? []).filter { holder in
            if isInitials { return holder.initials == code || Person.initials(of: holder.name) == code }
            let name = holder.name.lowercased()
            return name == key || name.split(separator: " ").last.map(String.init) == key
        }
        switch matches.count {
        case 0: return .none
        case 1: return .one(id: matches[0].id, name: matches[0].name)
        default: return .several(matches.map(\.name).sorted())
        }
    }
}

/// Attendance, agenda items, minutes, resolutions and actions of one meeting, updated in place.
enum ImportMinutes {
    /// The attendance list, each entry linked to its person and, when a role is printed, to the
    /// seat the person holds on the body that day (see `ImportSeats`).
    static func attendance(
        _ attendees: [MeetingRecord.Attendee], meetingID: Int64, bodyID: Int64, people: inout ImportPeople,
        _ db: Database
    ) throws {
        let existing = try Row.fetchAll(db, sql: "SELECT * FROM attendance WHERE meetingId = ? ORDER BY id", arguments: [meetingID])
        var unused = existing
        var personIDs: [Int64] = []
        for a in attendees { personIDs.append(try people.person(named: a.name, db)) }
        let seated = Set(zip(attendees, personIDs).filter { ImportSeats.holdsSeat($0.0) }.map(\.1))
        var seats = ImportSeats(partnershipID: people.partnershipID, bodyID: bodyID, date: people.date, attending: seated)
        for (a, personID) in zip(attendees, personIDs) {
            let substituteID = try a.substituteFor.map { try people.person(named: $0, db) }
            let seatID = try seats.seat(for: a, personID: personID, db)
            let values: [(any DatabaseValueConvertible)?] = [
                personID, seatID, a.name, a.role, a.status.rawValue, a.position?.rawValue,
                substituteID, a.substituteFor
            ]
            if let i = unused.firstIndex(where: { ($0["name"] as String) == a.name && ($0["status"] as String) == a.status.rawValue }) {
                let row = unused.remove(at: i)
                let same =
                    (row["personId"] as Int64?) == personID && (row["seatId"] as Int64?) == seatID
                    && (row["roleText"] as String?) == a.role
                    && (row["position"] as String?) == a.position?.rawValue && (row["substituteForName"] as String?) == a.substituteFor
                if !same {
                    try db.execute(
                        sql: """
                            UPDATE attendance SET personId = ?, seatId = ?, name = ?, roleText = ?, status = ?, position = ?,
                                substituteForPersonId = ?, substituteForName = ? WHERE id = ?
                            """, arguments: StatementArguments(values + [row["id"] as Int64]))
                }
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO attendance (meetingId, personId, seatId, name, roleText, status, position, substituteForPersonId,
                            substituteForName)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments([meetingID] + values))
            }
        }
        for row in unused { try db.execute(sql: "DELETE FROM attendance WHERE id = ?", arguments: [row["id"] as Int64]) }
    }

    static func items(
        _ record: MeetingRecord, meetingID: Int64, bodyID: Int64, year: Int, people: inout ImportPeople,
        _ db: Database
    ) throws -> [String] {
        var warnings: [String] = []
        // Numbers that move between positions are cleared first so the unique index never trips.
        for row in try Row.fetchAll(
            db, sql: "SELECT id, position, number, letter FROM minute WHERE meetingId = ? AND number IS NOT NULL",
            arguments: [meetingID])
        {
            let position: Int = row["position"]
            let wanted = position < record.items.count ? record.items[position].number.flatMap { MinuteNumber(parsing: $0) } : nil
            if wanted?.number != (row["number"] as Int?) || (wanted?.letter ?? "") != (row["letter"] as String) {
                try db.execute(sql: "UPDATE minute SET number = NULL WHERE id = ?", arguments: [row["id"] as Int64])
            }
        }
        for (position, item) in record.items.enumerated() {
            let number = item.number.flatMap { MinuteNumber(parsing: $0) }
            if let n = number,
                let clash = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT m.date FROM minute n JOIN meeting m ON m.id = n.meetingId
                        WHERE n.bodyId = ? AND n.municipalYear = ? AND n.number = ? AND n.letter = ? AND n.meetingId <> ?
                        """, arguments: [bodyID, year, n.number, n.letter, meetingID])
            {
                throw DomainError.conflict(
                    "minute \(n.text) of \(MunicipalYear(startYear: year).label) is already recorded for the meeting of \(clash["date"] as String)")
            }
            let part = item.part.rawValue
            let exempt: String? = item.part == .two ? "Exempt information (Part 2 in the imported minutes)" : nil
            let title = item.title.isEmpty ? "Untitled item" : item.title
            let agendaItemID: Int64
            if let id = try Int64.fetchOne(
                db, sql: "SELECT id FROM agendaItem WHERE meetingId = ? AND position = ?",
                arguments: [meetingID, position])
            {
                agendaItemID = id
                try db.execute(
                    sql: """
                        UPDATE agendaItem SET number = ?, title = ?, part = ?, exemptReason = ?, reportReference = ?
                        WHERE id = ? AND (number IS NOT ? OR title IS NOT ? OR part IS NOT ? OR exemptReason IS NOT ? OR reportReference IS NOT ?)
                        """,
                    arguments: [
                        item.number, title, part, exempt, item.reportReference, id,
                        item.number, title, part, exempt, item.reportReference
                    ])
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO agendaItem (meetingId, position, number, title, part, exemptReason, reportReference)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        """, arguments: [meetingID, position, item.number, title, part, exempt, item.reportReference])
                agendaItemID = db.lastInsertedRowID
            }
            let note: String? = item.postMeetingNotes.isEmpty ? nil : item.postMeetingNotes.joined(separator: "\n\n")
            let minuteValues: [(any DatabaseValueConvertible)?] = [
                agendaItemID, bodyID, year, number?.number, number?.letter ?? "",
                title, part, item.text, note, item.reportReference
            ]
            let minuteID: Int64
            if let id = try Int64.fetchOne(
                db, sql: "SELECT id FROM minute WHERE meetingId = ? AND position = ?",
                arguments: [meetingID, position])
            {
                minuteID = id
                try db.execute(
                    sql: """
                        UPDATE minute SET agendaItemId = ?, bodyId = ?, municipalYear = ?, number = ?, letter = ?, title = ?, part = ?,
                            text = ?, postMeetingNote = ?, reportReference = ?
                        WHERE id = ? AND (agendaItemId IS NOT ? OR bodyId IS NOT ? OR municipalYear IS NOT ? OR number IS NOT ?
                            OR letter IS NOT ? OR title IS NOT ? OR part IS NOT ? OR text IS NOT ? OR postMeetingNote IS NOT ?
                            OR reportReference IS NOT ?)
                        """, arguments: StatementArguments(minuteValues + [id] + minuteValues))
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO minute (meetingId, agendaItemId, bodyId, municipalYear, number, letter, title, part, text,
                            postMeetingNote, reportReference, position)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """, arguments: StatementArguments([meetingID] + minuteValues + [position]))
                minuteID = db.lastInsertedRowID
            }
            let resolutionIDs = try resolutions(item.resolutions, places: item.resolutionPlaces, minuteID: minuteID, db)
            warnings += try actions(item, minuteID: minuteID, bodyID: bodyID, resolutionIDs: resolutionIDs, people: &people, db)
        }
        // Items the corrected document no longer has.
        try db.execute(sql: "DELETE FROM minute WHERE meetingId = ? AND position >= ?", arguments: [meetingID, record.items.count])
        try db.execute(sql: "DELETE FROM agendaItem WHERE meetingId = ? AND position >= ?", arguments: [meetingID, record.items.count])
        return warnings
    }

    /// Resolution ids by text. `places` (from the record's `resolution_places`) says where each stands in
    /// the minute's text; without it a resolution follows the whole text.
    static func resolutions(_ texts: [String], places: [Int] = [], minuteID: Int64, _ db: Database) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for (position, text) in texts.enumerated() where !text.isEmpty {
            let place: Int? = places.count == texts.count && places[position] >= 0 ? places[position] : nil
            if let row = try Row.fetchOne(
                db, sql: "SELECT id, text, place FROM resolution WHERE minuteId = ? AND position = ?",
                arguments: [minuteID, position])
            {
                let id: Int64 = row["id"]
                if (row["text"] as String) != text || (row["place"] as Int?) != place {
                    try db.execute(sql: "UPDATE resolution SET text = ?, place = ? WHERE id = ?", arguments: [text, place, id])
                }
                ids[text] = id
            } else {
                try db.execute(
                    sql: "INSERT INTO resolution (minuteId, position, text, place) VALUES (?, ?, ?, ?)",
                    arguments: [minuteID, position, text, place])
                ids[text] = db.lastInsertedRowID
            }
        }
        try db.execute(sql: "DELETE FROM resolution WHERE minuteId = ? AND position >= ?", arguments: [minuteID, texts.count])
        return ids
    }

    static func actions(
        _ item: MeetingRecord.Item, minuteID: Int64, bodyID: Int64, resolutionIDs: [String: Int64],
        people: inout ImportPeople, _ db: Database
    ) throws -> [String] {
        var warnings: [String] = []
        let existing = try Int64.fetchAll(db, sql: "SELECT id FROM action WHERE minuteId = ? ORDER BY id", arguments: [minuteID])
        let wanted = item.actions.filter { !$0.text.isEmpty }
        for (k, action) in wanted.enumerated() {
            let resolutionID = resolutionIDs[action.text]
            let actionID: Int64
            if k < existing.count {
                actionID = existing[k]
                try db.execute(
                    sql: """
                        UPDATE action SET text = ?, dueDate = ?, resolutionId = ?
                        WHERE id = ? AND (text IS NOT ? OR dueDate IS NOT ? OR resolutionId IS NOT ?)
                        """, arguments: [action.text, action.due?.iso, resolutionID, actionID, action.text, action.due?.iso, resolutionID])
            } else {
                try db.execute(
                    sql: "INSERT INTO action (bodyId, minuteId, resolutionId, text, dueDate) VALUES (?, ?, ?, ?, ?)",
                    arguments: [bodyID, minuteID, resolutionID, action.text, action.due?.iso])
                actionID = db.lastInsertedRowID
            }
            // Owners: the code as printed, linked to a person when the minutes or the seats say who.
            var owners: [(personID: Int64?, code: String)] = []
            for (i, code) in action.owners.enumerated() {
                var personID: Int64?
                if let name = action.ownerNames?[safe: i], !ActionOwner.collectiveCodes.contains(name) {
                    personID = try people.person(named: name, db)
                } else if action.ownerNames == nil, !ActionOwner.collectiveCodes.contains(code) {
                    // Not matched in the minutes: the body's seat holders that day, never a guess.
                    let minute = item.number ?? item.title
                    switch try people.seatHolder(code: code, db) {
                    case .one(let id, let name):
                        personID = id
                        warnings.append("minute \(minute): '\(code)' read as \(name), who held a seat on the body that day")
                    case .several(let names):
                        warnings.append(
                            "minute \(minute): '\(code)' could be \(names.joined(separator: " or ")) (seat holders that day); owner left unmatched")
                    case .none:
                        break
                    }
                }
                owners.append((personID, code))
            }
            let current = try Row.fetchAll(
                db, sql: "SELECT personId, code FROM actionOwner WHERE actionId = ? ORDER BY id",
                arguments: [actionID]
            ).map { (($0["personId"] as Int64?), ($0["code"] as String?) ?? "") }
            let same = current.count == owners.count && zip(current, owners).allSatisfy { $0.0 == $1.personID && $0.1 == $1.code }
            if !same {
                try db.execute(sql: "DELETE FROM actionOwner WHERE actionId = ?", arguments: [actionID])
                for o in owners {
                    try db.execute(
                        sql: "INSERT INTO actionOwner (actionId, personId, code) VALUES (?, ?, ?)",
                        arguments: [actionID, o.personID, o.code])
                }
            }
        }
        for id in existing.dropFirst(wanted.count) { try db.execute(sql: "DELETE FROM action WHERE id = ?", arguments: [id]) }
        return warnings
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
