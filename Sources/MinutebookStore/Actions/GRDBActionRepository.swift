import Foundation
import GRDB
import MinutebookCore

/// The action tracker on SQLite. Every query starts from an index (body and status, owner, meeting,
/// due date); none reads the actions of every body.
public struct GRDBActionRepository: ActionRepository, ActionHistoryRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func actions(_ filter: ActionFilter, audience: Audience) async throws -> [TrackedAction] {
        try await database.read { db in try Self.actions(filter, audience: audience, db) }
    }

    static func actions(_ filter: ActionFilter, audience: Audience, _ db: Database) throws -> [TrackedAction] {
        let (sql, arguments) = try query(filter)
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        return try ActionRows.load(rows, db).compactMap { $0.visible(to: audience) }
    }

    /// The tracker's SQL for `filter`. A filter must name a body, meeting or owner, so the query
    /// starts from an index rather than every action of every body.
    static func query(_ filter: ActionFilter) throws -> (String, StatementArguments) {
        var clauses: [String] = []
        var arguments: [(any DatabaseValueConvertible)?] = []
        if let partnership = filter.partnershipID {
            clauses.append("a.bodyId IN (SELECT id FROM body WHERE partnershipId = ?)")
            arguments.append(partnership)
        }
        if let body = filter.bodyID {
            clauses.append("a.bodyId = ?")
            arguments.append(body)
        }
        if let meeting = filter.meetingID {
            clauses.append("a.minuteId IN (SELECT id FROM minute WHERE meetingId = ?)")
            arguments.append(meeting)
        }
        if let person = filter.ownerPersonID {
            clauses.append(
                """
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
            clauses.append(
                """
                a.id IN (SELECT actionId FROM actionOwner WHERE organisationId = ?
                         UNION SELECT o.actionId FROM person p JOIN actionOwner o ON o.personId = p.id WHERE p.organisationId = ?)
                """)
            arguments.append(contentsOf: [organisation, organisation])
        }
        guard !clauses.isEmpty else {
            throw DomainError.invalid("choose a partnership, a body, a meeting or an owner to list actions")
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
        let sql =
            ActionRows.select + "\nWHERE " + clauses.joined(separator: " AND ")
            + "\nORDER BY m.date DESC, n.number, n.letter, a.id LIMIT ?"
        return (sql, StatementArguments(arguments))
    }

    public func action(id: Int64, in partnershipID: Int64, audience: Audience) async throws -> TrackedAction? {
        try await database.read { db in
            let rows = try Row.fetchAll(db, sql: ActionRows.select + "\nWHERE a.id = ? AND b.partnershipId = ?", arguments: [id, partnershipID])
            return try ActionRows.load(rows, db).first?.visible(to: audience)
        }
    }

    public func recordUpdate(
        on actionID: Int64, text: String, status: ActionStatus?, via: ActionUpdateChannel,
        by editor: ActionEditor
    ) async throws {
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
    /// A body by its name or slug (case-insensitive), refusing a name several partnerships share.
    public func body(named name: String) async throws -> Body {
        try await database.read { db in
            let rows = try Row.fetchAll(
                cached: db,
                sql: """
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
                let found = try Int64.fetchAll(
                    cached: db,
                    sql: """
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
