import GRDB
import MinutebookCore

/// Seats of a body and who holds them: what succession works on. A seat is added with its current
/// holder; handing it over (`passSeat`) ends that holding and forwards the open actions.
extension GRDBActionRepository: SeatRepository {
    public func seats(bodyID: Int64) async throws -> [SeatWithHolder] {
        try await database.read { db in
            try Row.fetchAll(cached: db, sql: """
                SELECT s.*, h.personId AS holderId, p.fullName AS holderName, h.startDate FROM seat s
                LEFT JOIN seatHolding h ON h.seatId = s.id AND h.endDate IS NULL LEFT JOIN person p ON p.id = h.personId
                WHERE s.bodyId = ? AND s.abolishedOn IS NULL ORDER BY s.position, s.title
                """, arguments: [bodyID]).map { row in
                SeatWithHolder(seat: Seat(id: row["id"], bodyID: row["bodyId"], title: row["title"], organisationID: row["organisationId"],
                                          role: SeatRole(rawValue: row["role"]) ?? .member),
                               holderID: row["holderId"], holderName: row["holderName"], since: (row["startDate"] as String?).flatMap { LocalDate(iso: $0) })
            }
        }
    }

    /// The body's seat called `title` (case-insensitive).
    public func seat(titled title: String, bodyID: Int64) async throws -> Seat {
        let seats = try await self.seats(bodyID: bodyID).map(\.seat).filter { $0.title.lowercased() == title.lowercased() }
        guard let seat = seats.first else { throw DomainError.notFound("the body has no seat called '\(title)'") }
        guard seats.count == 1 else { throw DomainError.invalid("the body has several seats called '\(title)'") }
        return seat
    }

    /// The person of the partnership called `name` (full name, case-insensitive), refusing an ambiguous name.
    public func person(named name: String, partnershipID: Int64) async throws -> (id: Int64, name: String) {
        try await database.read { db in
            let rows = try Row.fetchAll(cached: db, sql: """
                SELECT id, fullName FROM person WHERE partnershipId = ? AND fullName = ? COLLATE NOCASE ORDER BY id LIMIT 2
                """, arguments: [partnershipID, name.trimmingCharacters(in: .whitespaces)])
            guard let row = rows.first else { throw DomainError.notFound("there is nobody called '\(name)' in this partnership") }
            guard rows.count == 1 else { throw DomainError.invalid("more than one person is called '\(name)'") }
            return (row["id"], row["fullName"])
        }
    }

    /// Adds a seat to a body with its current holder since `since`; returns the seat's id.
    public func addSeat(bodyID: Int64, title: String, role: SeatRole, holderID: Int64, since: LocalDate,
                        by editor: ActionEditor) async throws -> Int64 {
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, title.count <= 200 else { throw DomainError.invalid("a seat needs a title of up to 200 characters") }
        return try await database.write(as: Actor(editor.auditName)) { db in
            guard let partnershipID = try Int64.fetchOne(cached: db, sql: "SELECT partnershipId FROM body WHERE id = ?", arguments: [bodyID]) else {
                throw DomainError.notFound("there is no body \(bodyID)")
            }
            guard let holder = try Row.fetchOne(cached: db, sql: "SELECT partnershipId, organisationId FROM person WHERE id = ?", arguments: [holderID]),
                  (holder["partnershipId"] as Int64) == partnershipID else {
                throw DomainError.invalid("the holder must be a person of this partnership")
            }
            if try Bool.fetchOne(cached: db, sql: """
                SELECT EXISTS (SELECT 1 FROM seat WHERE bodyId = ? AND title = ? COLLATE NOCASE AND abolishedOn IS NULL)
                """, arguments: [bodyID, title]) == true {
                throw DomainError.conflict("the body already has a seat called '\(title)'")
            }
            try db.execute(sql: """
                INSERT INTO seat (bodyId, title, organisationId, role, position)
                VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM seat WHERE bodyId = ?))
                """, arguments: [bodyID, title, holder["organisationId"] as Int64?, role.rawValue, bodyID])
            let seatID = db.lastInsertedRowID
            try db.execute(sql: "INSERT INTO seatHolding (seatId, personId, startDate) VALUES (?, ?, ?)",
                           arguments: [seatID, holderID, since.iso])
            return seatID
        }
    }

    /// The actions of the body's minutes numbered `numbers` ("184", "186b") of the meeting on `date`.
    public func actionIDs(bodyID: Int64, meetingDate date: LocalDate, minutes numbers: [String]) async throws -> [Int64] {
        var parsed: [MinuteNumber] = []
        for text in numbers {
            guard let number = MinuteNumber(parsing: text) else { throw DomainError.invalid("'\(text)' is not a minute number") }
            parsed.append(number)
        }
        let numbers = parsed
        return try await database.read { db in
            var ids: [Int64] = []
            for number in numbers {
                let found = try Int64.fetchAll(cached: db, sql: """
                    SELECT a.id FROM meeting m JOIN minute n ON n.meetingId = m.id JOIN action a ON a.minuteId = n.id
                    WHERE m.bodyId = ? AND m.date = ? AND n.number = ? AND coalesce(n.letter, '') = ? ORDER BY a.id
                    """, arguments: [bodyID, date.iso, number.number, number.letter])
                guard !found.isEmpty else {
                    throw DomainError.notFound("minute \(number.text) of \(date.long) has no actions")
                }
                ids += found
            }
            return ids
        }
    }
}
