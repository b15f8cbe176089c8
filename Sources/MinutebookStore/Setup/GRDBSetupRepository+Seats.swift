import GRDB
import MinutebookCore

extension GRDBSetupRepository: SeatUpkeepRepository {
    public func changeRole(of seatID: Int64, to role: SeatRole, by editor: ActionEditor) async throws -> Seat {
        try await write(editor, "the seat") { db in
            let seat = try Self.seat(seatID, db)
            guard seat.role != role else { throw DomainError.invalid("the seat '\(seat.title)' is already \(role.rawValue)") }
            try db.execute(sql: "UPDATE seat SET role = ? WHERE id = ?", arguments: [role.rawValue, seatID])
            return try Self.seat(seatID, db)
        }
    }

    public func vacateSeat(_ seatID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> Seat {
        try await write(editor, "the seat") { db in
            let seat = try Self.seat(seatID, db)
            try Self.endHolding(of: seat, on: date, db)
            return seat
        }
    }

    public func endSeat(_ seatID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> Seat {
        try await write(editor, "the seat") { db in
            let seat = try Self.seat(seatID, db)
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM seatHolding WHERE seatId = ? AND endDate IS NULL)",
                arguments: [seatID]) == true
            {
                try Self.endHolding(of: seat, on: date, db)
            }
            if let last = try String.fetchOne(db, sql: "SELECT max(endDate) FROM seatHolding WHERE seatId = ?", arguments: [seatID]),
                last > date.iso
            {
                throw DomainError.invalid("the seat '\(seat.title)' was held until \(LocalDate(iso: last)?.long ?? last), after \(date.long)")
            }
            try db.execute(sql: "UPDATE seat SET abolishedOn = ? WHERE id = ?", arguments: [date.adding(days: 1).iso, seatID])
            return try Self.seat(seatID, db)
        }
    }

    /// Ends the seat's current holding on `date`, refusing a date before the holding started.
    static func endHolding(of seat: Seat, on date: LocalDate, _ db: Database) throws {
        guard
            let holding = try Row.fetchOne(
                db,
                sql: """
                    SELECT h.id, h.startDate, p.fullName FROM seatHolding h JOIN person p ON p.id = h.personId
                    WHERE h.seatId = ? AND h.endDate IS NULL
                    """, arguments: [seat.id])
        else { throw DomainError.conflict("the seat '\(seat.title)' is already vacant") }
        let start: String = holding["startDate"]
        guard date.iso >= start else {
            throw DomainError.invalid(
                "\(holding["fullName"] as String) has held '\(seat.title)' only since \(LocalDate(iso: start)?.long ?? start): the end cannot be before that"
            )
        }
        try db.execute(sql: "UPDATE seatHolding SET endDate = ? WHERE id = ?", arguments: [date.iso, holding["id"] as Int64])
    }

    static func seat(_ id: Int64, _ db: Database) throws -> Seat {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM seat WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("there is no seat \(id)")
        }
        return Rows.seat(row)
    }
}
