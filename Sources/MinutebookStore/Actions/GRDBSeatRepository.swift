import GRDB
import MinutebookCore

/// Seats of a body and who holds them: what succession works on. A seat is added with its current
/// holder; handing it over (`passSeat`) ends that holding and forwards the open actions.
public struct GRDBSeatRepository: SeatRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func seats(bodyID: Int64) async throws -> [SeatWithHolder] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT s.*, h.personId AS holderId, p.fullName AS holderName, h.startDate FROM seat s
                    LEFT JOIN seatHolding h ON h.seatId = s.id AND h.endDate IS NULL LEFT JOIN person p ON p.id = h.personId
                    WHERE s.bodyId = ? AND s.abolishedOn IS NULL ORDER BY s.position, s.title
                    """, arguments: [bodyID]
            ).map { row in
                SeatWithHolder(
                    seat: Seat(
                        id: row["id"], bodyID: row["bodyId"], title: row["title"], organisationID: row["organisationId"],
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
            let rows = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT id, fullName FROM person WHERE partnershipId = ? AND fullName = ? COLLATE NOCASE ORDER BY id LIMIT 2
                    """, arguments: [partnershipID, name.trimmingCharacters(in: .whitespaces)])
            guard let row = rows.first else { throw DomainError.notFound("there is nobody called '\(name)' in this partnership") }
            guard rows.count == 1 else { throw DomainError.invalid("more than one person is called '\(name)'") }
            return (row["id"], row["fullName"])
        }
    }

    /// Adds a seat to a body with its current holder since `since`; returns the seat's id.
    public func addSeat(
        bodyID: Int64, title: String, role: SeatRole, holderID: Int64, since: LocalDate,
        by editor: ActionEditor
    ) async throws -> Int64 {
        let title = title.trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty, title.count <= 200 else { throw DomainError.invalid("a seat needs a title of up to 200 characters") }
        return try await database.write(as: Actor(editor.auditName)) { db in
            guard let partnershipID = try Int64.fetchOne(cached: db, sql: "SELECT partnershipId FROM body WHERE id = ?", arguments: [bodyID]) else {
                throw DomainError.notFound("there is no body \(bodyID)")
            }
            guard
                let holder = try Row.fetchOne(
                    cached: db, sql: "SELECT partnershipId, organisationId FROM person WHERE id = ?", arguments: [holderID]),
                (holder["partnershipId"] as Int64) == partnershipID
            else {
                throw DomainError.invalid("the holder must be a person of this partnership")
            }
            if try Bool.fetchOne(
                cached: db,
                sql: """
                    SELECT EXISTS (SELECT 1 FROM seat WHERE bodyId = ? AND title = ? COLLATE NOCASE AND abolishedOn IS NULL)
                    """, arguments: [bodyID, title]) == true
            {
                throw DomainError.conflict("the body already has a seat called '\(title)'")
            }
            try db.execute(
                sql: """
                    INSERT INTO seat (bodyId, title, organisationId, role, position)
                    VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM seat WHERE bodyId = ?))
                    """, arguments: [bodyID, title, holder["organisationId"] as Int64?, role.rawValue, bodyID])
            let seatID = db.lastInsertedRowID
            try db.execute(
                sql: "INSERT INTO seatHolding (seatId, personId, startDate) VALUES (?, ?, ?)",
                arguments: [seatID, holderID, since.iso])
            return seatID
        }
    }
}

extension GRDBSeatRepository {
    public func passSeat(_ seatID: Int64, to successorID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> [Succession.Forwarding]
    {
        try await database.write(as: Actor(editor.auditName)) { db in
            guard
                let seatRow = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT s.*, b.partnershipId FROM seat s JOIN body b ON b.id = s.bodyId WHERE s.id = ?
                        """, arguments: [seatID])
            else { throw DomainError.notFound("there is no seat \(seatID)") }
            let seat = Seat(id: seatID, bodyID: seatRow["bodyId"], title: seatRow["title"], organisationID: seatRow["organisationId"])
            guard
                let holding = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT h.id, h.personId, h.startDate, p.fullName FROM seatHolding h JOIN person p ON p.id = h.personId
                        WHERE h.seatId = ? AND h.endDate IS NULL
                        """, arguments: [seatID])
            else { throw DomainError.invalid("the seat \(seat.title) has no current holder to succeed") }
            guard
                let successor = try Row.fetchOne(
                    cached: db, sql: "SELECT id, fullName, partnershipId FROM person WHERE id = ?",
                    arguments: [successorID])
            else {
                throw DomainError.notFound("there is no person \(successorID)")
            }
            guard (successor["partnershipId"] as Int64) == (seatRow["partnershipId"] as Int64) else {
                throw DomainError.invalid("\(successor["fullName"] as String) is not in this partnership")
            }
            let leavingID: Int64 = holding["personId"]
            guard leavingID != successorID else { throw DomainError.invalid("\(successor["fullName"] as String) already holds this seat") }
            let heldFrom = LocalDate(iso: holding["startDate"] as String) ?? date
            let lastDay = date.adding(days: -1)
            guard lastDay >= heldFrom else {
                throw DomainError.invalid("the seat was taken on \(heldFrom.long): it can pass to a successor from the day after")
            }
            // Read before the holding changes: the seat's owners still resolve to the leaving holder.
            // The outstanding actions of the seat's body owned by the seat or by the leaving person.
            let rows = try Row.fetchAll(
                db,
                sql: ActionRows.select + """

                    WHERE a.bodyId = ? AND a.status IN ('open','in_progress')
                      AND a.id IN (SELECT actionId FROM actionOwner WHERE personId = ? UNION SELECT actionId FROM actionOwner WHERE seatId = ?)
                    """, arguments: [seat.bodyID, leavingID, seatID])
            let tracked = try ActionRows.load(rows, db).map(\.tracked)
            try db.execute(sql: "UPDATE seatHolding SET endDate = ? WHERE id = ?", arguments: [lastDay.iso, holding["id"] as Int64])
            try db.execute(
                sql: "INSERT INTO seatHolding (seatId, personId, startDate) VALUES (?, ?, ?)",
                arguments: [seatID, successorID, date.iso])
            let leaving = Succession.Leaving(personID: leavingID, name: holding["fullName"], heldFrom: heldFrom)
            let forwardings = Succession.forwardings(
                seat: seat, leaving: leaving, successor: (successorID, successor["fullName"]),
                on: date, actions: tracked)
            for forwarding in forwardings {
                guard let ownerID = forwarding.from.id else { continue }
                // A seat's own ownership keeps following the seat; a person's passes to the successor, through the seat.
                try db.execute(
                    sql: "UPDATE actionOwner SET personId = CASE WHEN personId IS NULL THEN NULL ELSE ? END, seatId = ? WHERE id = ?",
                    arguments: [successorID, seatID, ownerID])
                let status = try GRDBActionRepository.status(of: forwarding.actionID, db)
                try ActionRows.recordUpdate(
                    actionID: forwarding.actionID, text: forwarding.note, from: status, to: nil,
                    via: .succession, editor: editor, db)
            }
            return forwardings
        }
    }
}
