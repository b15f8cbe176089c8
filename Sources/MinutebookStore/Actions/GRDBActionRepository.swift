import Foundation
import GRDB
import MinutebookCore

/// The action tracker on SQLite. Every query starts from an index (body and status, owner, meeting,
/// due date); none reads the actions of every body.
public struct GRDBActionRepository: ActionRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func actions(_ filter: ActionFilter, audience: Audience) async throws -> [TrackedAction] {
        try await database.read { db in try Self.actions(filter, audience: audience, db) }
    }

    static func actions(_ filter: ActionFilter, audience: Audience, _ db: Database) throws -> [TrackedAction] {
        let (sql, arguments) = try query(filter)
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        return try ActionRows.load(rows, db).compactMap { loaded in
            let grant = Visibility.grant(audience, bodyID: loaded.tracked.action.bodyID, partnershipID: loaded.partnershipID)
            return loaded.tracked.isVisible(to: grant) ? loaded.tracked : nil
        }
    }

    /// The tracker's SQL for `filter`. A filter must name a body, meeting or owner, so the query
    /// starts from an index rather than every action of every body.
    static func query(_ filter: ActionFilter) throws -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let body = filter.bodyID {
            clauses.append("a.bodyId = ?")
            arguments.append(body)
        }
        if let meeting = filter.meetingID {
            clauses.append("a.minuteId IN (SELECT id FROM minute WHERE meetingId = ?)")
            arguments.append(meeting)
        }
        if let person = filter.ownerPersonID {
            clauses.append("""
                a.id IN (SELECT actionId FROM actionOwner WHERE personId = ?
                         UNION SELECT o.actionId FROM seatHolding h JOIN actionOwner o ON o.seatId = h.seatId
                         WHERE h.personId = ? AND h.endDate IS NULL AND o.personId IS NULL)
                """)
            arguments.append(contentsOf: [person, person])
        }
        if let seat = filter.ownerSeatID {
            clauses.append("a.id IN (SELECT actionId FROM actionOwner WHERE seatId = ?)")
            arguments.append(seat)
        }
        if let organisation = filter.ownerOrganisationID {
            clauses.append("""
                a.id IN (SELECT actionId FROM actionOwner WHERE organisationId = ?
                         UNION SELECT o.actionId FROM person p JOIN actionOwner o ON o.personId = p.id WHERE p.organisationId = ?)
                """)
            arguments.append(contentsOf: [organisation, organisation])
        }
        guard !clauses.isEmpty else {
            throw DomainError.invalid("choose a body, a meeting or an owner to list actions")
        }
        let statuses = filter.statuses.isEmpty ? nil : filter.statuses.map(\.rawValue).sorted()
        if let statuses {
            clauses.append("a.status IN (\(databaseQuestionMarks(count: statuses.count)))")
            arguments.append(contentsOf: statuses.map { $0 as String })
        }
        if let due = filter.dueBy {
            clauses.append("a.status IN ('open','in_progress') AND a.dueDate <= ?")
            arguments.append(due.iso)
        }
        if let day = filter.overdueOn {
            clauses.append("a.status IN ('open','in_progress') AND a.dueDate < ?")
            arguments.append(day.iso)
        }
        arguments.append(max(1, min(filter.limit, 5000)))
        let sql = ActionRows.select + "\nWHERE " + clauses.joined(separator: " AND ")
            + "\nORDER BY m.date DESC, n.number, n.letter, a.id LIMIT ?"
        return (sql, StatementArguments(arguments))
    }

    public func action(id: Int64, audience: Audience) async throws -> TrackedAction? {
        try await database.read { db in
            let rows = try Row.fetchAll(db, sql: ActionRows.select + "\nWHERE a.id = ?", arguments: [id])
            guard let loaded = try ActionRows.load(rows, db).first else { return nil }
            let grant = Visibility.grant(audience, bodyID: loaded.tracked.action.bodyID, partnershipID: loaded.partnershipID)
            return loaded.tracked.isVisible(to: grant) ? loaded.tracked : nil
        }
    }

    public func recordUpdate(on actionID: Int64, text: String, status: ActionStatus?, via: ActionUpdateChannel,
                             by editor: ActionEditor) async throws {
        let text = try Self.validated(text, allowEmpty: status != nil)
        try await database.write(as: Actor(editor.auditName)) { db in
            let current = try Self.status(of: actionID, db)
            try ActionRows.recordUpdate(actionID: actionID, text: text, from: current, to: status, via: via, editor: editor, db)
        }
    }

    public func changeStatus(of actionIDs: [Int64], to status: ActionStatus, note: String, by editor: ActionEditor) async throws -> Int {
        guard !actionIDs.isEmpty else { throw DomainError.invalid("choose at least one action") }
        let note = try Self.validated(note, allowEmpty: true)
        return try await database.write(as: Actor(editor.auditName)) { db in
            var changed = 0
            for id in Set(actionIDs).sorted() {
                let current = try Self.status(of: id, db)
                guard current != status else { continue }
                try ActionRows.recordUpdate(actionID: id, text: note, from: current, to: status, via: .web, editor: editor, db)
                changed += 1
            }
            return changed
        }
    }

    static func status(of actionID: Int64, _ db: Database) throws -> ActionStatus {
        guard let raw = try String.fetchOne(cached: db, sql: "SELECT status FROM action WHERE id = ?", arguments: [actionID]) else {
            throw DomainError.notFound("there is no action \(actionID)")
        }
        return ActionStatus(rawValue: raw) ?? .open
    }

    /// Trims an update; refuses an empty one (unless a status change carries it) or one too long to be an update.
    static func validated(_ text: String, allowEmpty: Bool) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty && !allowEmpty { throw DomainError.invalid("write an update before sending it") }
        if trimmed.count > 5000 { throw DomainError.invalid("an update can be at most 5,000 characters (this one has \(trimmed.count))") }
        return trimmed
    }
}

extension GRDBActionRepository {
    public func passSeat(_ seatID: Int64, to successorID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> [Succession.Forwarding] {
        try await database.write(as: Actor(editor.auditName)) { db in
            guard let seatRow = try Row.fetchOne(cached: db, sql: """
                SELECT s.*, b.partnershipId FROM seat s JOIN body b ON b.id = s.bodyId WHERE s.id = ?
                """, arguments: [seatID]) else { throw DomainError.notFound("there is no seat \(seatID)") }
            let seat = Seat(id: seatID, bodyID: seatRow["bodyId"], title: seatRow["title"], organisationID: seatRow["organisationId"])
            guard let holding = try Row.fetchOne(cached: db, sql: """
                SELECT h.id, h.personId, h.startDate, p.fullName FROM seatHolding h JOIN person p ON p.id = h.personId
                WHERE h.seatId = ? AND h.endDate IS NULL
                """, arguments: [seatID]) else { throw DomainError.invalid("the seat \(seat.title) has no current holder to succeed") }
            guard let successor = try Row.fetchOne(cached: db, sql: "SELECT id, fullName, partnershipId FROM person WHERE id = ?",
                                                   arguments: [successorID]) else {
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
            let rows = try Row.fetchAll(db, sql: ActionRows.select + """

                WHERE a.bodyId = ? AND a.status IN ('open','in_progress')
                  AND a.id IN (SELECT actionId FROM actionOwner WHERE personId = ? UNION SELECT actionId FROM actionOwner WHERE seatId = ?)
                """, arguments: [seat.bodyID, leavingID, seatID])
            let tracked = try ActionRows.load(rows, db).map(\.tracked)
            try db.execute(sql: "UPDATE seatHolding SET endDate = ? WHERE id = ?", arguments: [lastDay.iso, holding["id"] as Int64])
            try db.execute(sql: "INSERT INTO seatHolding (seatId, personId, startDate) VALUES (?, ?, ?)",
                           arguments: [seatID, successorID, date.iso])
            let leaving = Succession.Leaving(personID: leavingID, name: holding["fullName"], heldFrom: heldFrom)
            let forwardings = Succession.forwardings(seat: seat, leaving: leaving, successor: (successorID, successor["fullName"]),
                                                     on: date, actions: tracked)
            for forwarding in forwardings {
                guard let ownerID = forwarding.from.id else { continue }
                // A seat's own ownership keeps following the seat; a person's passes to the successor, through the seat.
                try db.execute(sql: "UPDATE actionOwner SET personId = CASE WHEN personId IS NULL THEN NULL ELSE ? END, seatId = ? WHERE id = ?",
                               arguments: [successorID, seatID, ownerID])
                let status = try Self.status(of: forwarding.actionID, db)
                try ActionRows.recordUpdate(actionID: forwarding.actionID, text: forwarding.note, from: status, to: nil,
                                            via: .succession, editor: editor, db)
            }
            return forwardings
        }
    }
}

extension GRDBActionRepository {
    /// A body by its name or slug (case-insensitive), refusing a name several partnerships share.
    public func body(named name: String) async throws -> Body {
        try await database.read { db in
            let rows = try Row.fetchAll(cached: db, sql: """
                SELECT * FROM body WHERE slug = lower(?) OR name = ? COLLATE NOCASE ORDER BY id LIMIT 2
                """, arguments: [name, name])
            guard let row = rows.first else { throw DomainError.notFound("there is no body called '\(name)'") }
            guard rows.count == 1 else {
                throw DomainError.invalid("more than one body is called '\(name)': use its slug")
            }
            return Rows.body(row)
        }
    }
}

extension GRDBActionRepository {
    /// The meeting of `bodyID` on `date`, if there is one.
    public func meetingID(bodyID: Int64, date: LocalDate) async throws -> Int64? {
        try await database.read { db in
            try Int64.fetchOne(cached: db, sql: "SELECT id FROM meeting WHERE bodyId = ? AND date = ?", arguments: [bodyID, date.iso])
        }
    }
}
