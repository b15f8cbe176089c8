import Foundation
import GRDB
import MinutebookCore

/// Seats of the body as an imported attendance list shows them: a person printed with a role
/// ("Rob Vale, LBB Trading Standards Manager") holds a seat of that title on the meeting date.
/// A seat is found by its title; the holding is created, extended to the date, or (when someone
/// else held the seat and is not at this meeting) succeeded on that date. Importing the same
/// meeting again finds every holding in place and changes nothing.
struct ImportSeats {
    let partnershipID: Int64
    let bodyID: Int64
    let date: LocalDate
    /// Everyone at this meeting who holds a seat by the attendance list: a seat they hold is never
    /// handed to someone else of the same meeting.
    let attending: Set<Int64>
    /// Seats already given to someone at this meeting.
    private var given: [Int64: Int64] = [:]

    init(partnershipID: Int64, bodyID: Int64, date: LocalDate, attending: Set<Int64>) {
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.date = date
        self.attending = attending
    }

    struct Holding {
        var id: Int64
        var personID: Int64
        var start: LocalDate
        var end: LocalDate?
        func covers(_ day: LocalDate) -> Bool { start <= day && (end.map { day <= $0 } ?? true) }
    }

    /// Whether the attendance entry says which seat the person holds.
    static func holdsSeat(_ attendee: MeetingRecord.Attendee) -> Bool {
        guard attendee.status != .substitute, let role = attendee.role else { return false }
        return !role.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// The seat's role on the body, from the attendance entry.
    static func seatRole(_ attendee: MeetingRecord.Attendee) -> SeatRole {
        switch attendee.position {
        case .chairman: return .chairman
        case .viceChairman: return .viceChairman
        case .coChair: return .coChair
        case nil: break
        }
        let title = (attendee.role ?? "").lowercased()
        if title.contains("democratic services") || title.contains("committee secretary") || title.contains("committee clerk")
            || title == ImportCover.contactSeat.lowercased()
        {
            return .secretariat
        }
        return attendee.status == .alsoPresent ? .guest : .member
    }

    /// The seat `personID` holds on the meeting date by this entry, made so if needed; nil when the
    /// entry names no role.
    mutating func seat(for attendee: MeetingRecord.Attendee, personID: Int64, _ db: Database) throws -> Int64? {
        guard Self.holdsSeat(attendee), let title = attendee.role?.trimmingCharacters(in: .whitespaces) else { return nil }
        let role = Self.seatRole(attendee)
        let candidates = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM seat WHERE bodyId = ? AND title = ? COLLATE NOCASE AND abolishedOn IS NULL ORDER BY id
                """, arguments: [bodyID, title])
        var usable: [(seat: Int64, holdings: [Holding])] = []
        for seat in candidates where given[seat] == nil || given[seat] == personID {
            let holdings = try Self.holdings(of: seat, db)
            if holdings.contains(where: { $0.personID == personID && $0.covers(date) }) {
                given[seat] = personID
                try updateRole(seat, role, holdings, db)
                return seat
            }
            // Someone else of this meeting holds it that day: a second seat with the same title.
            if let other = holdings.first(where: { $0.covers(date) }),
                attending.contains(other.personID) || other.start == date
            {
                continue
            }
            usable.append((seat, holdings))
        }
        // Prefer a seat this person held at another time, then the first free one.
        let chosen = usable.first(where: { $0.holdings.contains { $0.personID == personID } }) ?? usable.first
        let seatID: Int64
        if let chosen {
            seatID = chosen.seat
            try hold(seatID, personID: personID, holdings: chosen.holdings, db)
            try updateRole(seatID, role, chosen.holdings, db)
        } else {
            let organisationID = try attendee.organisation.map { try organisation(named: $0, db) }
            let position = (try Int.fetchOne(db, sql: "SELECT MAX(position) FROM seat WHERE bodyId = ?", arguments: [bodyID]) ?? -1) + 1
            try db.execute(
                sql: "INSERT INTO seat (bodyId, title, organisationId, role, position) VALUES (?, ?, ?, ?, ?)",
                arguments: [bodyID, title, organisationID, role.rawValue, position])
            seatID = db.lastInsertedRowID
            try hold(seatID, personID: personID, holdings: [], db)
        }
        given[seatID] = personID
        return seatID
    }

    static func holdings(of seat: Int64, _ db: Database) throws -> [Holding] {
        try Row.fetchAll(
            db, sql: "SELECT id, personId, startDate, endDate FROM seatHolding WHERE seatId = ? ORDER BY startDate",
            arguments: [seat]
        ).compactMap { row in
            guard let start = LocalDate(iso: row["startDate"] as String) else { return nil }
            return Holding(
                id: row["id"], personID: row["personId"], start: start,
                end: (row["endDate"] as String?).flatMap { LocalDate(iso: $0) })
        }
    }

    /// Makes `personID` the holder of `seat` on the meeting date, touching the fewest holdings.
    func hold(_ seat: Int64, personID: Int64, holdings: [Holding], _ db: Database) throws {
        if let current = holdings.first(where: { $0.covers(date) }) {
            // Succession: the previous holder's term ends the day before; the rest of it is this person's.
            try db.execute(sql: "UPDATE seatHolding SET endDate = ? WHERE id = ?", arguments: [date.adding(days: -1).iso, current.id])
            try insert(seat, personID, until: current.end, db)
            return
        }
        let before = holdings.filter { ($0.end ?? date) < date }.max { ($0.end ?? $0.start) < ($1.end ?? $1.start) }
        let after = holdings.filter { $0.start > date }.min { $0.start < $1.start }
        let until = after.map { $0.start.adding(days: -1) }
        if let after, after.personID == personID {
            if let before, before.personID == personID {
                // The meeting joins two terms of the same person into one.
                try db.execute(sql: "DELETE FROM seatHolding WHERE id = ?", arguments: [after.id])
                try db.execute(sql: "UPDATE seatHolding SET endDate = ? WHERE id = ?", arguments: [after.end?.iso, before.id])
            } else {
                try db.execute(sql: "UPDATE seatHolding SET startDate = ? WHERE id = ?", arguments: [date.iso, after.id])
            }
        } else if let before, before.personID == personID {
            try db.execute(sql: "UPDATE seatHolding SET endDate = ? WHERE id = ?", arguments: [until?.iso, before.id])
        } else {
            try insert(seat, personID, until: until, db)
        }
    }

    func insert(_ seat: Int64, _ personID: Int64, until end: LocalDate?, _ db: Database) throws {
        try db.execute(
            sql: "INSERT INTO seatHolding (seatId, personId, startDate, endDate) VALUES (?, ?, ?, ?)",
            arguments: [seat, personID, date.iso, end?.iso])
    }

    /// The newest meeting says what a seat's role is now (a chairmanship moves on).
    func updateRole(_ seat: Int64, _ role: SeatRole, _ holdings: [Holding], _ db: Database) throws {
        guard holdings.allSatisfy({ $0.start <= date }) else { return }
        try db.execute(sql: "UPDATE seat SET role = ? WHERE id = ? AND role <> ?", arguments: [role.rawValue, seat, role.rawValue])
    }

    func organisation(named name: String, _ db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM organisation WHERE partnershipId = ? AND name = ? COLLATE NOCASE",
            arguments: [partnershipID, name])
        {
            return id
        }
        try db.execute(sql: "INSERT INTO organisation (partnershipId, name) VALUES (?, ?)", arguments: [partnershipID, name])
        return db.lastInsertedRowID
    }
}
