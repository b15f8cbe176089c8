import Foundation
import GRDB
import MinutebookCore

/// What settling a body's history changed.
public struct SettleSummary: Sendable, Equatable {
    public var updates = 0
    public var settled = 0
    public var withdrawn = 0
    /// Seats held on the date of issue by the members the pack's cover is addressed to.
    public var seats = 0
    /// Agenda items given the lead officer their printed agenda names.
    public var leads = 0

    public init() {}

    public var description: String {
        "history: \(updates) updates from Matters Arising reports, \(settled) actions settled"
            + (withdrawn > 0 ? ", \(withdrawn) earlier inferences withdrawn" : "")
            + (seats > 0 ? "; cover: \(seats) seats held on the date of issue" : "")
            + (leads > 0 ? "; agenda: \(leads) lead officers" : "")
    }
}

/// Settling imported history from the evidence packs hold (HistoryEvidence in Core decides; this
/// applies its conclusions in one transaction, audited).
extension GRDBActionRepository {
    /// Keeps a pack's Matters Arising report and agenda as evidence for `bodyName` (found or created
    /// as the importer does), then settles the body's history. Reading the same pack again changes nothing.
    /// A cover's members hold seats of the body on its date of issue (`meetingDate` when it gives none).
    public func recordEvidence(
        bodyName: String, partnership: String?, report: ReportEvidence?, agenda: AgendaEvidence?,
        cover: PackCover? = nil, meetingDate: LocalDate? = nil,
        actor: Actor
    ) async throws -> (bodyID: Int64, summary: SettleSummary) {
        try await database.write(as: actor) { db in
            let partnershipRow = try ImportDirectory.partnership(named: partnership, forBody: bodyName, db)
            let body = try ImportDirectory.body(named: bodyName, in: partnershipRow, db)
            if let report { try Self.store(report, bodyID: body.id, db) }
            if let agenda { try Self.store(agenda, addressedTo: cover?.addressedTo, bodyID: body.id, db) }
            var summary = try Self.settleHistory(bodyID: body.id, db)
            if let cover {
                summary.seats = try ImportCover.write(
                    cover, meetingDate: meetingDate ?? agenda?.meetingDate ?? report?.meetingDate,
                    partnershipID: partnershipRow.id, bodyID: body.id, db)
            }
            return (body.id, summary)
        }
    }

    /// Settles the history of a body's actions from every piece of evidence held (after minutes are imported).
    public func settleHistory(bodyID: Int64, actor: Actor) async throws -> SettleSummary {
        try await database.write(as: actor) { db in try Self.settleHistory(bodyID: bodyID, db) }
    }

    static func store(_ report: ReportEvidence, bodyID: Int64, _ db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM mattersArisingEvidence WHERE bodyId = ? AND meetingDate = ? AND reference = ?
                """, arguments: [bodyID, report.meetingDate.iso, report.reference])
        try db.execute(
            sql: """
                INSERT INTO mattersArisingEvidence (bodyId, meetingDate, reference, file, line) VALUES (?, ?, ?, ?, ?)
                """, arguments: [bodyID, report.meetingDate.iso, report.reference, report.source.file, report.source.line])
        let id = db.lastInsertedRowID
        for (position, e) in report.entries.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO mattersArisingEvidenceEntry (evidenceId, position, minuteNumber, meetingDate, title, resolved, updateText, updateDate, line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, position, e.minute?.text, e.meetingDate?.iso, e.title, e.resolved, e.update, e.updateDate?.iso, e.line])
        }
    }

    static func store(_ agenda: AgendaEvidence, addressedTo: String? = nil, bodyID: Int64, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM agendaEvidence WHERE bodyId = ? AND meetingDate = ?", arguments: [bodyID, agenda.meetingDate.iso])
        let addressee = addressedTo?.trimmingCharacters(in: .whitespacesAndNewlines)
        try db.execute(
            sql: "INSERT INTO agendaEvidence (bodyId, meetingDate, file, addressedTo) VALUES (?, ?, ?, ?)",
            arguments: [bodyID, agenda.meetingDate.iso, agenda.file, addressee?.isEmpty == false ? addressee : nil])
        let id = db.lastInsertedRowID
        for (position, item) in agenda.items.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO agendaEvidenceItem (evidenceId, position, number, title, part, firstPage, lastPage, lead, line)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, position, item.number, item.title, item.part.rawValue, item.firstPage, item.lastPage, item.lead, item.line])
        }
    }

    static func evidence(bodyID: Int64, _ db: Database) throws -> (reports: [ReportEvidence], agendas: [AgendaEvidence]) {
        var reports: [ReportEvidence] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM mattersArisingEvidence WHERE bodyId = ? ORDER BY meetingDate, id", arguments: [bodyID]) {
            guard let date = LocalDate(iso: row["meetingDate"] as String) else { continue }
            let entries = try Row.fetchAll(
                db, sql: "SELECT * FROM mattersArisingEvidenceEntry WHERE evidenceId = ? ORDER BY position",
                arguments: [row["id"]]
            ).map { e in
                ReportEvidence.Entry(
                    minute: (e["minuteNumber"] as String?).flatMap { MinuteNumber(parsing: $0) },
                    meetingDate: (e["meetingDate"] as String?).flatMap { LocalDate(iso: $0) },
                    title: e["title"], resolved: e["resolved"], update: e["updateText"],
                    updateDate: (e["updateDate"] as String?).flatMap { LocalDate(iso: $0) }, line: e["line"])
            }
            reports.append(
                ReportEvidence(
                    reference: row["reference"], meetingDate: date,
                    source: EvidenceSource(file: row["file"], line: row["line"]), entries: entries))
        }
        var agendas: [AgendaEvidence] = []
        for row in try Row.fetchAll(db, sql: "SELECT * FROM agendaEvidence WHERE bodyId = ? ORDER BY meetingDate", arguments: [bodyID]) {
            guard let date = LocalDate(iso: row["meetingDate"] as String) else { continue }
            let items = try Row.fetchAll(
                db, sql: "SELECT * FROM agendaEvidenceItem WHERE evidenceId = ? ORDER BY position",
                arguments: [row["id"]]
            ).map { i in
                AgendaEvidence.Item(
                    number: i["number"], title: i["title"], part: AgendaPart(rawValue: i["part"]) ?? .two,
                    firstPage: i["firstPage"], lastPage: i["lastPage"], lead: i["lead"], line: i["line"])
            }
            agendas.append(AgendaEvidence(meetingDate: date, file: row["file"], items: items))
        }
        return (reports, agendas)
    }

    /// Works out every inference from the evidence held and brings the stored ones in line: those no
    /// longer drawn are withdrawn (their history line removed, the status they set restored), new ones
    /// are applied. Undone inferences stay undone. The result does not depend on the order the
    /// documents came in. The bodies linked to it (the same body under another name) are settled
    /// too, as the Matters Arising reports noted in either's minutes bear on both (a lapse).
    static func settleHistory(bodyID: Int64, _ db: Database) throws -> SettleSummary {
        let bodies = try linkedBodies(bodyID, db)
        let noted = try notedMattersArising(bodies: bodies, db)
        var total = SettleSummary()
        for id in bodies.sorted() {
            let one = try settleHistory(bodyID: id, noted: noted, db)
            total.updates += one.updates
            total.settled += one.settled
            total.withdrawn += one.withdrawn
            total.leads += one.leads
        }
        return total
    }

    static func settleHistory(bodyID: Int64, noted: [NotedMattersArising], _ db: Database) throws -> SettleSummary {
        var summary = SettleSummary()
        let actions = try Row.fetchAll(
            db,
            sql: """
                SELECT a.id, a.text, m.date, n.number, n.letter, n.title, r.text AS resolution, im.file
                FROM action a JOIN minute n ON n.id = a.minuteId JOIN meeting m ON m.id = n.meetingId
                LEFT JOIN resolution r ON r.id = a.resolutionId LEFT JOIN importedMeeting im ON im.meetingId = m.id
                WHERE a.bodyId = ?
                """, arguments: [bodyID]
        ).compactMap { row -> EvidenceAction? in
            guard let date = LocalDate(iso: row["date"] as String) else { return nil }
            let number = (row["number"] as Int?).map { MinuteNumber($0, letter: row["letter"] ?? "") }
            let resolution: String? = row["resolution"]
            let text: String = row["text"]
            return EvidenceAction(
                actionID: row["id"], meetingDate: date, minute: number, minuteTitle: row["title"] ?? "",
                resolved: [resolution, text].compactMap { $0 }.joined(separator: " "), minutesFile: row["file"])
        }
        let meetingDates = try String.fetchAll(db, sql: "SELECT date FROM meeting WHERE bodyId = ?", arguments: [bodyID])
            .compactMap { LocalDate(iso: $0) }
        let (reports, agendas) = try evidence(bodyID: bodyID, db)
        let derived = HistoryEvidence.infer(
            actions: actions, reports: reports, agendas: agendas, meetingDates: meetingDates, noted: noted)
        var wanted: [String: HistoryInference] = [:]
        for inference in derived { wanted["\(inference.actionID)|\(inference.key)"] = inference }

        let existing = try Row.fetchAll(
            db,
            sql: """
                SELECT i.* FROM actionInference i JOIN action a ON a.id = i.actionId WHERE a.bodyId = ? ORDER BY i.id DESC
                """, arguments: [bodyID])
        var present: Set<String> = []
        for row in existing {
            let key = "\(row["actionId"] as Int64)|\(row["inferenceKey"] as String)"
            present.insert(key)
            if (row["undoneAt"] as String?) == nil, wanted[key] == nil {
                try withdraw(row, db)
                summary.withdrawn += 1
            }
        }
        for inference in derived.sorted(by: { ($0.date, $0.actionID) < ($1.date, $1.actionID) })
        where !present.contains("\(inference.actionID)|\(inference.key)") {
            guard try apply(inference, db) else { continue }
            if inference.settles { summary.settled += 1 } else { summary.updates += 1 }
        }
        summary.leads = try ImportAgendaLeads.apply(bodyID: bodyID, agendas: agendas, db)
        return summary
    }

    /// Writes the history line (dated as the evidence is, attributed to the document) and, for a
    /// settlement of an outstanding action, the status. A settlement of an action already closed is
    /// not recorded.
    static func apply(_ inference: HistoryInference, _ db: Database) throws -> Bool {
        let status = try Self.status(of: inference.actionID, db)
        if inference.settles && !status.isOutstanding { return false }
        let to: ActionStatus? = inference.settles ? .done : nil
        let at = inference.date.iso + "T12:00:00Z"
        try db.execute(
            sql: """
                INSERT INTO actionUpdate (actionId, at, authorName, text, statusFrom, statusTo, via)
                VALUES (?, ?, ?, ?, ?, ?, 'import')
                """,
            arguments: [
                inference.actionID, at, "\(inference.attribution) (\(inference.source.label))", inference.text,
                to.map { _ in status.rawValue }, to?.rawValue
            ])
        let updateID = db.lastInsertedRowID
        if let to {
            try db.execute(
                sql: "UPDATE action SET status = ?, closedAt = ? WHERE id = ?",
                arguments: [to.rawValue, inference.date.iso + "T12:00:00Z", inference.actionID])
        }
        try db.execute(
            sql: """
                INSERT INTO actionInference (actionId, inferenceKey, kind, onDate, listedOnDate, text, file, line, updateId, statusFrom, statusTo)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                inference.actionID, inference.key, inference.kind.rawValue, inference.date.iso, inference.listedOnDate,
                inference.text, inference.source.file, inference.source.line, updateID,
                to.map { _ in status.rawValue }, to?.rawValue
            ])
        return true
    }

    /// Takes an inference back: its history line goes and the status it set returns to what it was
    /// (unless someone has changed the action since).
    static func withdraw(_ row: Row, _ db: Database) throws {
        let actionID: Int64 = row["actionId"]
        if let updateID = row["updateId"] as Int64? {
            try db.execute(sql: "DELETE FROM actionUpdate WHERE id = ?", arguments: [updateID])
        }
        if let to = row["statusTo"] as String?, let from = row["statusFrom"] as String?,
            try Self.status(of: actionID, db).rawValue == to
        {
            try db.execute(sql: "UPDATE action SET status = ?, closedAt = NULL WHERE id = ?", arguments: [from, actionID])
        }
        try db.execute(sql: "DELETE FROM actionInference WHERE id = ?", arguments: [row["id"] as Int64])
    }

    /// The inferences recorded on an action, oldest evidence first.
    public func inferences(actionID: Int64) async throws -> [StoredInference] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM actionInference WHERE actionId = ? ORDER BY onDate, id", arguments: [actionID]).compactMap {
                row in
                guard let kind = HistoryInference.Kind(rawValue: row["kind"]), let date = LocalDate(iso: row["onDate"] as String) else { return nil }
                return StoredInference(
                    id: row["id"], actionID: actionID, kind: kind, date: date, text: row["text"],
                    source: EvidenceSource(file: row["file"], line: row["line"]),
                    statusTo: (row["statusTo"] as String?).flatMap(ActionStatus.init(rawValue:)), undoneAt: row["undoneAt"])
            }
        }
    }

    /// The secretariat undoes an inference: the action is restored as it was before it (its inferred
    /// history line removed, its status back), a history line says who undid what, and the inference
    /// is never drawn again.
    public func undoInference(id: Int64, by editor: ActionEditor) async throws {
        try await database.write(as: Actor(editor.auditName)) { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM actionInference WHERE id = ?", arguments: [id]) else {
                throw DomainError.notFound("there is no inference \(id)")
            }
            guard (row["undoneAt"] as String?) == nil else { throw DomainError.conflict("this inference was already undone") }
            let actionID: Int64 = row["actionId"]
            let before = try Self.status(of: actionID, db)
            if let updateID = row["updateId"] as Int64? {
                try db.execute(sql: "DELETE FROM actionUpdate WHERE id = ?", arguments: [updateID])
            }
            var restored: ActionStatus?
            if let to = row["statusTo"] as String?, let from = (row["statusFrom"] as String?).flatMap(ActionStatus.init(rawValue:)),
                before.rawValue == to
            {
                restored = from
            }
            let text: String = row["text"]
            try ActionRows.recordUpdate(actionID: actionID, text: "Undone: \(text)", from: before, to: restored, via: .web, editor: editor, db)
            try db.execute(
                sql: """
                    UPDATE actionInference SET undoneAt = strftime('%Y-%m-%dT%H:%M:%SZ','now'), undoneBy = ?, updateId = NULL WHERE id = ?
                    """, arguments: [editor.displayName, id])
        }
    }

    /// Every still-open action of the body's meetings before `date`: counted, and closed when `apply`
    /// (each with a history line, audited as the editor).
    public func closeActions(
        bodyID: Int64, before date: LocalDate, apply: Bool, by editor: ActionEditor,
        via channel: ActionUpdateChannel
    ) async throws -> Int {
        let sql = """
            SELECT a.id, a.status FROM action a JOIN minute n ON n.id = a.minuteId JOIN meeting m ON m.id = n.meetingId
            WHERE a.bodyId = ? AND a.status IN ('open','in_progress') AND m.date < ? ORDER BY a.id
            """
        guard apply else {
            return try await database.read { db in try Row.fetchAll(db, sql: sql, arguments: [bodyID, date.iso]).count }
        }
        return try await database.write(as: Actor(editor.auditName)) { db in
            let rows = try Row.fetchAll(db, sql: sql, arguments: [bodyID, date.iso])
            for row in rows {
                try ActionRows.recordUpdate(
                    actionID: row["id"], text: "Closed with every action from meetings before \(date.long).",
                    from: ActionStatus(rawValue: row["status"]) ?? .open, to: .done, via: channel, editor: editor, db)
            }
            return rows.count
        }
    }
}
