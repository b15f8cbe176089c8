import Foundation
import GRDB
import MinutebookCore

public struct GRDBSubGroupReportRepository: SubGroupReportRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func report(id: Int64) async throws -> SubGroupReport? {
        try await database.read { db in try Self.report(id: id, db) }
    }

    public func meeting(of report: SubGroupReport) async throws -> Meeting? {
        try await database.read { db in
            try Row.fetchOne(cached: db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [report.meetingID]).map(Rows.meeting)
        }
    }

    public func reports(forMeeting meetingID: Int64) async throws -> [SubGroupReport] {
        try await database.read { db in
            try Self.reports(sql: "SELECT * FROM subGroupReport WHERE meetingId = ? ORDER BY id", [meetingID], db)
        }
    }

    public func reports(ofSubGroup bodyID: Int64) async throws -> [SubGroupReport] {
        try await database.read { db in
            try Self.reports(
                sql: """
                    SELECT r.* FROM subGroupReport r JOIN meeting m ON m.id = r.meetingId WHERE r.bodyId = ? ORDER BY m.date DESC
                    """, [bodyID], db)
        }
    }

    public func saveDraft(_ report: SubGroupReport, by editor: Editor) async throws -> SubGroupReport {
        try await database.write(as: Actor(editor)) { db in try Self.saveDraft(report, db) }
    }

    /// Creates or updates the draft inside the caller's transaction.
    static func saveDraft(_ report: SubGroupReport, _ db: Database) throws -> SubGroupReport {
        guard let subGroup = try PerformanceRows.body(id: report.bodyID, db), subGroup.kind == .subGroup else {
            throw DomainError.invalid("Reports are filed by sub-groups")
        }
        guard let boardID = try Int64.fetchOne(cached: db, sql: "SELECT bodyId FROM meeting WHERE id = ?", arguments: [report.meetingID]) else {
            throw DomainError.notFound("No such board meeting")
        }
        guard boardID == subGroup.reportsToBodyID else {
            throw DomainError.invalid("\(subGroup.name) does not report to the body of that meeting")
        }
        let existing = try Row.fetchOne(
            cached: db, sql: "SELECT id, status FROM subGroupReport WHERE bodyId = ? AND meetingId = ?",
            arguments: [report.bodyID, report.meetingID])
        if let existing, (existing["status"] as String) == SubGroupReportStatus.onAgenda.rawValue {
            throw DomainError.conflict("The report is already on the agenda and can no longer be edited")
        }
        let arguments: StatementArguments = [
            report.filedOn?.iso, report.lastBoardOn?.iso, report.author, report.operationalUpdate,
            report.strategicUpdate, report.actionPlanUpdate
        ]
        let id: Int64
        if let existing {
            id = existing["id"]
            try db.execute(
                sql: """
                    UPDATE subGroupReport SET filedOn = ?, lastBoardOn = ?, author = ?, operationalUpdate = ?, strategicUpdate = ?,
                        actionPlanUpdate = ? WHERE id = ?
                    """, arguments: arguments + [id])
            try db.execute(sql: "DELETE FROM subGroupReportAction WHERE reportId = ?", arguments: [id])
        } else {
            try db.execute(
                sql: """
                    INSERT INTO subGroupReport (filedOn, lastBoardOn, author, operationalUpdate, strategicUpdate, actionPlanUpdate, bodyId, meetingId)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: arguments + [report.bodyID, report.meetingID])
            id = db.lastInsertedRowID
        }
        let actions = report.actionsForPartnership.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        for (i, text) in actions.enumerated() {
            try db.execute(sql: "INSERT INTO subGroupReportAction (reportId, position, text) VALUES (?, ?, ?)", arguments: [id, i + 1, text])
        }
        guard let saved = try Self.report(id: id, db) else { throw DomainError.notFound("The report was not saved") }
        return saved
    }

    public func file(reportID: Int64, on date: LocalDate, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in try Self.file(reportID: reportID, on: date, db) }
    }

    /// Files the draft inside the caller's transaction.
    static func file(reportID: Int64, on date: LocalDate, _ db: Database) throws {
        guard var report = try Self.report(id: reportID, db) else { throw DomainError.notFound("No such report") }
        guard report.status == .draft else { throw DomainError.conflict("The report has already been filed") }
        report.filedOn = report.filedOn ?? date
        let problems = SubGroupReportRules.problemsFiling(report)
        guard problems.isEmpty else {
            throw DomainError.invalid(problems.map(\.message).joined(separator: "; "))
        }
        try db.execute(
            sql: "UPDATE subGroupReport SET status = 'submitted', filedOn = ? WHERE id = ?",
            arguments: [report.filedOn?.iso, reportID])
    }

    public func placeOnAgenda(reportID: Int64, by editor: Editor) async throws -> Int64 {
        try await database.write(as: Actor(editor)) { db in
            guard let report = try Self.report(id: reportID, db) else { throw DomainError.notFound("No such report") }
            guard report.status == .submitted else {
                throw DomainError.conflict(report.status == .draft ? "The report has not been filed yet" : "The report is already on the agenda")
            }
            guard let subGroup = try PerformanceRows.body(id: report.bodyID, db) else { throw DomainError.notFound("No such sub-group") }
            let status = try String.fetchOne(cached: db, sql: "SELECT status FROM meeting WHERE id = ?", arguments: [report.meetingID])
            guard let status, let meetingStatus = MeetingStatus(rawValue: status), meetingStatus < .minutesApproved, meetingStatus != .cancelled
            else {
                throw DomainError.conflict("The board meeting's minutes are approved or the meeting is cancelled")
            }
            // The sub-group's awaited item ("<sub-group> update", drafted from the template) is filled;
            // only without one is an item added.
            if let awaited = try Self.awaitedItem(for: subGroup.name, meetingID: report.meetingID, db) {
                try db.execute(
                    sql: "UPDATE subGroupReport SET status = 'on_agenda', agendaItemId = ? WHERE id = ?",
                    arguments: [awaited, reportID])
                if !report.author.isEmpty {
                    try db.execute(
                        sql: "UPDATE agendaItem SET leadOfficer = ? WHERE id = ? AND (leadOfficer IS NULL OR leadOfficer = '')",
                        arguments: [report.author, awaited])
                }
                return awaited
            }
            // The agenda's own insert and renumbering: the item goes before any Part 2 items, and is
            // supplementary when the agenda is already published.
            let item = NewAgendaItem(
                title: "\(subGroup.name) update", leadOfficer: report.author.isEmpty ? nil : report.author,
                isSupplementary: try AgendaRows.joinsAsSupplementary(db, meetingID: report.meetingID))
            let itemID = try AgendaRows.insert(db, item, meetingID: report.meetingID, position: nil)
            try AgendaRows.renumber(db, meetingID: report.meetingID)
            try db.execute(sql: "UPDATE subGroupReport SET status = 'on_agenda', agendaItemId = ? WHERE id = ?", arguments: [itemID, reportID])
            return itemID
        }
    }

    /// The meeting's item awaiting the sub-group's report: titled "<sub-group> update" (any case) or
    /// just the sub-group's name, expecting a report, with no uploaded paper and no filed report on it.
    static func awaitedItem(for subGroupName: String, meetingID: Int64, _ db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db,
            sql: """
                SELECT i.id FROM agendaItem i
                WHERE i.meetingId = ? AND i.expectsReport = 1
                  AND (i.title = ? COLLATE NOCASE OR i.title = ? COLLATE NOCASE)
                  AND NOT EXISTS (SELECT 1 FROM subGroupReport r WHERE r.agendaItemId = i.id)
                  AND NOT EXISTS (SELECT 1 FROM document d WHERE d.agendaItemId = i.id)
                ORDER BY i.position LIMIT 1
                """, arguments: [meetingID, "\(subGroupName) update", subGroupName])
    }

    /// Records the board's resolutions on the report's agenda item: the minute of that item is created
    /// if it has none yet (numbered later with the rest of the minutes), and each text is added in order.
    public func resolve(reportID: Int64, resolutions: [String], by editor: Editor) async throws -> Int64 {
        let texts = resolutions.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !texts.isEmpty else { throw DomainError.invalid("Enter at least one resolution") }
        return try await database.write(as: Actor(editor)) { db in
            guard let report = try Self.report(id: reportID, db), let itemID = report.agendaItemID else {
                throw DomainError.conflict("The report is not on the agenda")
            }
            guard
                let item = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT a.title, a.part, a.position, m.id AS meetingId, m.bodyId, m.municipalYear
                        FROM agendaItem a JOIN meeting m ON m.id = a.meetingId WHERE a.id = ?
                        """, arguments: [itemID])
            else { throw DomainError.notFound("The agenda item is gone") }
            var minuteID = try Int64.fetchOne(cached: db, sql: "SELECT id FROM minute WHERE agendaItemId = ?", arguments: [itemID])
            if minuteID == nil {
                try db.execute(
                    sql: """
                        INSERT INTO minute (meetingId, agendaItemId, bodyId, municipalYear, position, title, part)
                        VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM minute WHERE meetingId = ?), ?, ?)
                        """,
                    arguments: [item["meetingId"], itemID, item["bodyId"], item["municipalYear"], item["meetingId"], item["title"], item["part"]])
                minuteID = db.lastInsertedRowID
            }
            guard let minuteID else { throw DomainError.notFound("The minute was not saved") }
            for text in texts {
                try db.execute(
                    sql: """
                        INSERT INTO resolution (minuteId, position, text) VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM resolution WHERE minuteId = ?), ?)
                        """, arguments: [minuteID, minuteID, text])
            }
            return minuteID
        }
    }

    public func filingNotice(reportID: Int64, on date: LocalDate) async throws -> ReportFiledNotice? {
        try await database.read { db in
            guard let report = try Self.report(id: reportID, db),
                let row = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT sg.name AS subGroupName, b.id AS boardId, b.partnershipId, b.name AS boardName, m.date,
                               p.slug, p.contactName, p.contactEmail
                        FROM subGroupReport r JOIN body sg ON sg.id = r.bodyId JOIN meeting m ON m.id = r.meetingId
                        JOIN body b ON b.id = m.bodyId JOIN partnership p ON p.id = b.partnershipId
                        WHERE r.id = ?
                        """, arguments: [reportID])
            else { return nil }
            let boardID: Int64 = row["boardId"]
            let seats = try GRDBBodyRepository.seats(
                db, bodyID: boardID, on: date,
                grant: Visibility.grant(.system, bodyID: boardID, partnershipID: row["partnershipId"]))
            let contact = (row["contactEmail"] as String?).map {
                PackMember(name: (row["contactName"] as String?) ?? "The secretariat", role: .secretariat, email: $0)
            }
            return ReportFiledNotice(
                reportID: reportID, partnershipSlug: row["slug"], subGroupName: row["subGroupName"],
                boardName: row["boardName"], meetingDate: PerformanceRows.date(row["date"]) ?? date,
                author: report.author, filedOn: report.filedOn,
                recipients: ReportFiledNotice.secretariat(of: seats, contact: contact))
        }
    }

    static func report(id: Int64, _ db: Database) throws -> SubGroupReport? {
        try reports(sql: "SELECT * FROM subGroupReport WHERE id = ?", [id], db).first
    }

    static func reports(sql: String, _ arguments: StatementArguments, _ db: Database) throws -> [SubGroupReport] {
        let rows = try Row.fetchAll(db, sql: sql, arguments: arguments)
        return try rows.map { row in
            let id: Int64 = row["id"]
            let actions = try String.fetchAll(
                cached: db, sql: "SELECT text FROM subGroupReportAction WHERE reportId = ? ORDER BY position", arguments: [id])
            return SubGroupReport(
                id: id, bodyID: row["bodyId"], meetingID: row["meetingId"],
                status: SubGroupReportStatus(rawValue: row["status"]) ?? .draft,
                filedOn: PerformanceRows.date(row["filedOn"]), lastBoardOn: PerformanceRows.date(row["lastBoardOn"]),
                author: row["author"], operationalUpdate: row["operationalUpdate"], strategicUpdate: row["strategicUpdate"],
                actionPlanUpdate: row["actionPlanUpdate"], actionsForPartnership: actions, agendaItemID: row["agendaItemId"])
        }
    }
}
