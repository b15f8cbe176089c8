import GRDB
import MinutebookCore

public struct GRDBForwardPlanRepository: ForwardPlanRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    static let select = "SELECT f.*, m.date AS targetDate FROM forwardPlanItem f LEFT JOIN meeting m ON m.id = f.targetMeetingId"

    public func items(of bodyID: Int64) async throws -> [ForwardPlanItem] {
        try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    \(Self.select) WHERE f.bodyId = ?
                    ORDER BY f.status IN ('taken','dropped'), m.date IS NULL, m.date, f.id
                    """, arguments: [bodyID]
            ).map(AgendaRows.forwardPlanItem)
        }
    }

    public func item(_ id: Int64) async throws -> ForwardPlanItem? {
        try await database.read { db in try Self.item(db, id) }
    }

    static func item(_ db: Database, _ id: Int64) throws -> ForwardPlanItem? {
        try Row.fetchOne(db, sql: "\(select) WHERE f.id = ?", arguments: [id]).map(AgendaRows.forwardPlanItem)
    }

    static func require(_ db: Database, _ id: Int64) throws -> ForwardPlanItem {
        guard let item = try item(db, id) else { throw DomainError.notFound("no forward plan item with id \(id)") }
        return item
    }

    /// The meeting must be one of the item's body, and its pack not yet issued.
    static func checkMeeting(_ db: Database, _ meetingID: Int64, bodyID: Int64) throws {
        guard let row = try Row.fetchOne(cached: db, sql: "SELECT bodyId, date FROM meeting WHERE id = ?", arguments: [meetingID]) else {
            throw DomainError.notFound("no meeting with id \(meetingID)")
        }
        guard row["bodyId"] as Int64 == bodyID else {
            throw DomainError.invalid("the meeting of \(row["date"] as String) is not a meeting of this item's body")
        }
    }

    public func propose(_ proposal: ForwardPlanProposal, for bodyID: Int64, by editor: Editor) async throws -> ForwardPlanItem {
        if let first = proposal.problems.first { throw DomainError.invalid(first.message) }
        return try await database.write(as: AgendaRows.actor(editor)) { db in
            _ = try AgendaRows.body(db, bodyID)
            if let target = proposal.targetMeetingID { try Self.checkMeeting(db, target, bodyID: bodyID) }
            try db.execute(
                sql: """
                    INSERT INTO forwardPlanItem (bodyId, title, proposer, leadOfficer, status, part, exemptReason, notes, indicatorId)
                    VALUES (?, ?, ?, ?, 'proposed', ?, ?, ?, ?)
                    """,
                arguments: [
                    bodyID, AgendaRows.clean(proposal.title), AgendaRows.clean(proposal.proposer), proposal.leadOfficer,
                    proposal.part.rawValue, proposal.part == .two ? proposal.exemptReason : nil, proposal.notes,
                    proposal.indicatorID
                ])
            let id = db.lastInsertedRowID
            try AgendaRows.recordMove(db, itemID: id, from: nil, to: .proposed, fromMeeting: nil, toMeeting: nil, reason: nil)
            if let target = proposal.targetMeetingID { try Self.place(db, id, on: target, status: .scheduled, reason: nil) }
            return try Self.require(db, id)
        }
    }

    /// Sets the item's target and status, moves its agenda item from any earlier meeting whose pack
    /// is not issued, and adds it to the new meeting's agenda.
    static func place(_ db: Database, _ id: Int64, on meetingID: Int64?, status: ForwardPlanStatus, reason: String?) throws {
        let item = try require(db, id)
        let fromMeeting = item.targetMeetingID
        try db.execute(
            sql: """
                DELETE FROM agendaItem WHERE forwardPlanItemId = ?
                AND meetingId IN (SELECT id FROM meeting WHERE packIssuedAt IS NULL AND status <> 'minutes_approved')
                """, arguments: [id])
        if let fromMeeting { try AgendaRows.renumber(db, meetingID: fromMeeting) }
        try db.execute(
            sql: "UPDATE forwardPlanItem SET status = ?, targetMeetingId = ? WHERE id = ?",
            arguments: [status.rawValue, meetingID, id])
        try AgendaRows.recordMove(
            db, itemID: id, from: item.status, to: status, fromMeeting: fromMeeting, toMeeting: meetingID,
            reason: reason)
        if let meetingID {
            let issued = try AgendaRows.joinsAsSupplementary(db, meetingID: meetingID)
            let newItem = NewAgendaItem(
                title: item.title, description: status == .deferred ? "Deferred from an earlier meeting." : nil,
                part: item.part, exemptReason: item.exemptReason, leadOfficer: item.leadOfficer,
                expectsReport: true, isSupplementary: issued, forwardPlanItemID: id)
            _ = try AgendaRows.insert(db, newItem, meetingID: meetingID, position: nil)
            try AgendaRows.renumber(db, meetingID: meetingID)
        }
    }

    public func schedule(_ itemID: Int64, for meetingID: Int64, by editor: Editor) async throws {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            let item = try Self.require(db, itemID)
            guard item.status.isOpen else {
                throw DomainError.conflict("\"\(item.title)\" is \(item.status.label.lowercased()) and cannot be scheduled")
            }
            try Self.checkMeeting(db, meetingID, bodyID: item.bodyID)
            try Self.place(db, itemID, on: meetingID, status: .scheduled, reason: nil)
        }
    }

    public func deferItem(_ itemID: Int64, to meetingID: Int64?, reason: String?, by editor: Editor) async throws {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            let item = try Self.require(db, itemID)
            guard item.status.isOpen else {
                throw DomainError.conflict("\"\(item.title)\" is \(item.status.label.lowercased()) and cannot be deferred")
            }
            var target = meetingID
            if target == nil, let current = item.targetDate {
                // The next meeting of the body after the current target, if one is scheduled.
                target = try Int64.fetchOne(
                    cached: db,
                    sql: """
                        SELECT id FROM meeting WHERE bodyId = ? AND date > ? AND status <> 'cancelled' ORDER BY date LIMIT 1
                        """, arguments: [item.bodyID, current.iso])
            }
            if let target { try Self.checkMeeting(db, target, bodyID: item.bodyID) }
            if let target, target == item.targetMeetingID {
                throw DomainError.invalid("\"\(item.title)\" is already planned for that meeting")
            }
            try Self.place(db, itemID, on: target, status: .deferred, reason: reason)
        }
    }

    public func markTaken(_ itemID: Int64, by editor: Editor) async throws {
        try await setStatus(itemID, to: .taken, reason: nil, editor: editor)
    }

    public func drop(_ itemID: Int64, reason: String?, by editor: Editor) async throws {
        try await setStatus(itemID, to: .dropped, reason: reason, editor: editor)
    }

    func setStatus(_ itemID: Int64, to status: ForwardPlanStatus, reason: String?, editor: Editor) async throws {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            let item = try Self.require(db, itemID)
            guard item.status.isOpen else { throw DomainError.conflict("\"\(item.title)\" is already \(item.status.label.lowercased())") }
            if status == .dropped {
                try db.execute(
                    sql: """
                        DELETE FROM agendaItem WHERE forwardPlanItemId = ?
                        AND meetingId IN (SELECT id FROM meeting WHERE packIssuedAt IS NULL AND status <> 'minutes_approved')
                        """, arguments: [itemID])
                if let meeting = item.targetMeetingID { try AgendaRows.renumber(db, meetingID: meeting) }
            }
            try db.execute(sql: "UPDATE forwardPlanItem SET status = ? WHERE id = ?", arguments: [status.rawValue, itemID])
            try AgendaRows.recordMove(
                db, itemID: itemID, from: item.status, to: status, fromMeeting: item.targetMeetingID,
                toMeeting: item.targetMeetingID, reason: reason)
        }
    }

    public func history(of itemID: Int64) async throws -> [ForwardPlanMove] {
        try await database.read { db in
            try Row.fetchAll(cached: db, sql: "SELECT * FROM forwardPlanMove WHERE forwardPlanItemId = ? ORDER BY id", arguments: [itemID]).map {
                ForwardPlanMove(
                    at: $0["at"], from: ($0["statusFrom"] as String?).flatMap(ForwardPlanStatus.init),
                    to: ForwardPlanStatus(rawValue: $0["statusTo"]) ?? .proposed,
                    fromDate: ($0["fromDate"] as String?).flatMap { LocalDate(iso: $0) },
                    toDate: ($0["toDate"] as String?).flatMap { LocalDate(iso: $0) }, reason: $0["reason"])
            }
        }
    }
}
