import Foundation
import GRDB
import MinutebookCore
import MinutebookTools

public struct GRDBAgendaRepository: AgendaRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func scheduleMeeting(_ schedule: MeetingSchedule, by editor: Editor) async throws -> Meeting {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            let body = try AgendaRows.body(db, schedule.bodyID)
            guard let partnershipRow = try Row.fetchOne(cached: db, sql: "SELECT * FROM partnership WHERE id = ?", arguments: [body.partnershipID]),
                let bodyRow = try Row.fetchOne(cached: db, sql: "SELECT defaultVenue, defaultStart FROM body WHERE id = ?", arguments: [body.id])
            else { throw DomainError.notFound("no partnership for body \(body.name)") }
            let partnership = Rows.partnership(partnershipRow)
            if try Bool.fetchOne(
                cached: db, sql: "SELECT 1 FROM meeting WHERE bodyId = ? AND date = ?",
                arguments: [body.id, schedule.date.iso]) == true
            {
                throw DomainError.conflict("\(body.name) already has a meeting on \(schedule.date.long)")
            }
            let start = schedule.start ?? (bodyRow["defaultStart"] as String?).flatMap { LocalTime(hhmm: $0) }
            let venue = schedule.venue ?? (bodyRow["defaultVenue"] as String?)
            let year = MunicipalYear(containing: schedule.date, start: partnership.yearStart)
            try db.execute(
                sql: """
                    INSERT INTO meeting (bodyId, date, municipalYear, startTime, venue, virtualLink) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [body.id, schedule.date.iso, year.startYear, start?.hhmm, venue, schedule.virtualLink])
            let meetingID = db.lastInsertedRowID

            let previous = try String.fetchOne(
                cached: db, sql: "SELECT MAX(date) FROM meeting WHERE bodyId = ? AND date < ? AND status <> 'cancelled'",
                arguments: [body.id, schedule.date.iso]
            ).flatMap { LocalDate(iso: $0) }
            let subGroups = try String.fetchAll(
                cached: db, sql: "SELECT name FROM body WHERE reportsToBodyId = ? ORDER BY name", arguments: [body.id])
            // Deferred items waiting for "the next meeting" roll on to this one.
            let rolled = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT f.*, NULL AS targetDate FROM forwardPlanItem f
                    WHERE f.bodyId = ? AND f.status = 'deferred' AND f.targetMeetingId IS NULL ORDER BY f.id
                    """, arguments: [body.id]
            ).map(AgendaRows.forwardPlanItem)
            let questionsDays =
                try Int.fetchOne(
                    cached: db, sql: "SELECT questionsWorkingDays FROM partnership WHERE id = ?",
                    arguments: [partnership.id]) ?? 4
            let deadlines = MeetingDeadlines(meeting: schedule.date, policy: DeadlinePolicy(questionsWorkingDays: questionsDays))
            let items = AgendaDraft.items(
                template: try Self.template(db, bodyID: body.id), forwardPlan: rolled,
                subGroups: subGroups, meetingDate: schedule.date, previousMeetingDate: previous,
                deadlines: deadlines)
            for item in items { _ = try AgendaRows.insert(db, item, meetingID: meetingID, position: nil) }
            try AgendaRows.renumber(db, meetingID: meetingID)
            for plan in rolled {
                try db.execute(
                    sql: "UPDATE forwardPlanItem SET status = 'scheduled', targetMeetingId = ? WHERE id = ?",
                    arguments: [meetingID, plan.id])
                try AgendaRows.recordMove(
                    db, itemID: plan.id, from: .deferred, to: .scheduled, fromMeeting: nil,
                    toMeeting: meetingID, reason: "rolled on to the next meeting")
            }
            return try AgendaRows.meeting(db, meetingID)
        }
    }

    public func agenda(of meetingID: Int64, audience: Audience) async throws -> Agenda? {
        try await database.read { db in
            try Self.agenda(db, meetingID: meetingID) { Visibility.grant(audience, bodyID: $0.id, partnershipID: $0.partnershipID) }
        }
    }

    static func agenda(_ db: Database, meetingID: Int64, grant grantFor: (Body) -> Visibility.Grant) throws -> Agenda? {
        guard let meetingRow = try Row.fetchOne(cached: db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [meetingID]) else { return nil }
        let meeting = Rows.meeting(meetingRow)
        let body = try AgendaRows.body(db, meeting.bodyID)
        let grant = grantFor(body)
        let reports = Dictionary(
            grouping: try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT d.id, d.agendaItemId, d.title, d.filename, d.mediaType, d.byteCount, d.sha256, d.version, d.createdAt
                    FROM document d JOIN agendaItem a ON a.id = d.agendaItemId
                    WHERE a.meetingId = ? ORDER BY d.version DESC
                    """, arguments: [meetingID]
            ).map(AgendaRows.report), by: \.agendaItemID)
        let entries = try Row.fetchAll(cached: db, sql: "SELECT * FROM agendaItem WHERE meetingId = ? ORDER BY position", arguments: [meetingID])
            .map { AgendaRows.entry($0, reports: reports[$0["id"]] ?? []) }
            .filter { Visibility.canSeeItem(part: $0.item.part, meetingStatus: meeting.status, grant: grant) }
        return Agenda(meeting: meeting, body: body, entries: entries)
    }

    public func addItem(_ item: NewAgendaItem, to meetingID: Int64, at position: Int?, by editor: Editor) async throws -> Int64 {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            var item = item
            if try AgendaRows.joinsAsSupplementary(db, meetingID: meetingID) { item.isSupplementary = true }
            let id = try AgendaRows.insert(db, item, meetingID: meetingID, position: position)
            try AgendaRows.renumber(db, meetingID: meetingID)
            return id
        }
    }

    public func updateItem(_ itemID: Int64, _ change: AgendaItemChange, by editor: Editor) async throws {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM agendaItem WHERE id = ?", arguments: [itemID]) else {
                throw DomainError.notFound("no agenda item with id \(itemID)")
            }
            var entry = AgendaRows.entry(row, reports: [])
            var draft = NewAgendaItem(
                title: change.title ?? entry.item.title, level: change.level ?? entry.level,
                description: change.description ?? entry.description, part: change.part ?? entry.item.part,
                exemptReason: change.exemptReason ?? entry.item.exemptReason,
                leadOfficer: change.leadOfficer ?? entry.item.leadOfficer,
                reportReference: change.reportReference ?? entry.item.reportReference,
                expectsReport: change.expectsReport ?? entry.expectsReport)
            if draft.part == .one { draft.exemptReason = nil }
            if let first = draft.problems.first { throw DomainError.invalid(first.message) }
            entry.level = draft.level
            try db.execute(
                sql: """
                    UPDATE agendaItem SET title = ?, level = ?, description = ?, part = ?, exemptReason = ?, leadOfficer = ?,
                        reportReference = ?, expectsReport = ? WHERE id = ?
                    """,
                arguments: [
                    AgendaRows.clean(draft.title), draft.level, draft.description, draft.part.rawValue, draft.exemptReason,
                    draft.leadOfficer, draft.reportReference, draft.expectsReport, itemID
                ])
            try db.execute(sql: "UPDATE document SET part = ? WHERE agendaItemId = ?", arguments: [draft.part.rawValue, itemID])
            try AgendaRows.renumber(db, meetingID: entry.item.meetingID)
        }
    }

    public func moveItem(_ itemID: Int64, to position: Int, by editor: Editor) async throws {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            guard let meetingID = try Int64.fetchOne(cached: db, sql: "SELECT meetingId FROM agendaItem WHERE id = ?", arguments: [itemID]) else {
                throw DomainError.notFound("no agenda item with id \(itemID)")
            }
            var ids = try Int64.fetchAll(cached: db, sql: "SELECT id FROM agendaItem WHERE meetingId = ? ORDER BY position", arguments: [meetingID])
            guard (1...ids.count).contains(position) else {
                throw DomainError.invalid("position \(position) is outside the agenda (1 to \(ids.count))")
            }
            ids.removeAll { $0 == itemID }
            ids.insert(itemID, at: position - 1)
            try db.execute(sql: "UPDATE agendaItem SET position = -position WHERE meetingId = ?", arguments: [meetingID])
            for (index, id) in ids.enumerated() {
                try db.execute(sql: "UPDATE agendaItem SET position = ? WHERE id = ?", arguments: [index + 1, id])
            }
            try AgendaRows.renumber(db, meetingID: meetingID)
        }
    }

    public func removeItem(_ itemID: Int64, by editor: Editor) async throws {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            guard
                let row = try Row.fetchOne(
                    cached: db, sql: "SELECT meetingId, forwardPlanItemId FROM agendaItem WHERE id = ?",
                    arguments: [itemID])
            else {
                throw DomainError.notFound("no agenda item with id \(itemID)")
            }
            let meetingID: Int64 = row["meetingId"]
            if let planID = row["forwardPlanItemId"] as Int64? {
                try db.execute(
                    sql: "UPDATE forwardPlanItem SET status = 'proposed', targetMeetingId = NULL WHERE id = ?",
                    arguments: [planID])
                try AgendaRows.recordMove(
                    db, itemID: planID, from: .scheduled, to: .proposed, fromMeeting: meetingID,
                    toMeeting: nil, reason: "removed from the agenda")
            }
            try db.execute(sql: "DELETE FROM agendaItem WHERE id = ?", arguments: [itemID])
            try AgendaRows.renumber(db, meetingID: meetingID)
        }
    }

    public func attachReport(_ upload: ReportUpload, to itemID: Int64, by editor: Editor) async throws -> ReportVersion {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            let id = try AgendaRows.insertReport(upload, to: itemID, db)
            guard let stored = try Row.fetchOne(cached: db, sql: "SELECT * FROM document WHERE id = ?", arguments: [id]) else {
                throw DomainError.notFound("the report just stored could not be read back")
            }
            return AgendaRows.report(stored)
        }
    }

    public func reportContent(documentID: Int64, audience: Audience) async throws -> [UInt8]? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT d.content, max(d.part, coalesce(a.part, 1)) AS part, d.isPublished, m.status, m.bodyId, d.partnershipId
                        FROM document d LEFT JOIN agendaItem a ON a.id = d.agendaItemId
                        JOIN meeting m ON m.id = coalesce(d.meetingId, a.meetingId)
                        WHERE d.id = ?
                        """, arguments: [documentID])
            else { return nil }
            let grant = Visibility.grant(audience, bodyID: row["bodyId"], partnershipID: row["partnershipId"])
            let status = MeetingStatus(rawValue: row["status"]) ?? .scheduled
            guard
                Visibility.canSeeDocument(
                    part: AgendaPart(rawValue: row["part"]) ?? .two, isPublished: row["isPublished"],
                    meetingStatus: status, grant: grant)
            else {
                throw DomainError.forbidden("This report is not yours to read: it is unpublished or exempt from publication (Part 2).")
            }
            return (row["content"] as Data?).map { [UInt8]($0) } ?? []
        }
    }

    public func nextReportReference(for meetingID: Int64) async throws -> String? {
        try await database.read { db in
            guard
                let row = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT p.id, p.reportReferencePattern, m.date FROM meeting m JOIN body b ON b.id = m.bodyId
                        JOIN partnership p ON p.id = b.partnershipId WHERE m.id = ?
                        """, arguments: [meetingID])
            else { throw DomainError.notFound("no meeting with id \(meetingID)") }
            guard let text = row["reportReferencePattern"] as String?, !text.isEmpty else { return nil }
            let pattern = try ReportReferencePattern(text)
            let existing = try String.fetchAll(
                cached: db,
                sql: """
                    SELECT a.reportReference FROM agendaItem a JOIN meeting m ON m.id = a.meetingId JOIN body b ON b.id = m.bodyId
                    WHERE b.partnershipId = ? AND a.reportReference IS NOT NULL
                    """, arguments: [row["id"] as Int64])
            let year = LocalDate(iso: row["date"] as String)?.year ?? 2000
            return pattern.next(year: year, existing: existing)
        }
    }

    @discardableResult
    public func recordIssue(
        of meetingID: Int64, on date: LocalDate, publicPack: PackFiles, membersPack: PackFiles,
        reason: String?, by editor: Editor
    ) async throws -> PackIssue {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            guard
                let row = try Row.fetchOne(
                    cached: db,
                    sql: """
                        SELECT m.date, m.status, b.slug, b.partnershipId FROM meeting m JOIN body b ON b.id = m.bodyId WHERE m.id = ?
                        """, arguments: [meetingID])
            else { throw DomainError.notFound("no meeting with id \(meetingID)") }
            let status = MeetingStatus(rawValue: row["status"]) ?? .scheduled
            if let problem = FixedAgenda.reissueProblem(status: status, reason: reason) { throw DomainError.invalid(problem) }
            let reason = FixedAgenda.isFixed(status) ? reason?.trimmingCharacters(in: .whitespacesAndNewlines) : nil
            // Two statements: naming `status` in the first would touch a column an approved meeting fixes.
            try db.execute(
                sql: "UPDATE meeting SET packIssuedAt = ?, agendaPublishedAt = COALESCE(agendaPublishedAt, ?) WHERE id = ?",
                arguments: [date.iso, date.iso, meetingID])
            try db.execute(
                sql: "UPDATE meeting SET status = 'agenda_published' WHERE id = ? AND status = 'scheduled'",
                arguments: [meetingID])
            // The public pack carries the latest report of every Part 1 item: those reports are now published.
            try db.execute(
                sql: """
                    UPDATE document SET isPublished = 1
                    WHERE meetingId = ? AND isPublished = 0 AND part = 1
                    AND agendaItemId IN (SELECT id FROM agendaItem WHERE meetingId = ? AND part = 1)
                    AND version = (SELECT MAX(d.version) FROM document d WHERE d.agendaItemId = document.agendaItemId)
                    """, arguments: [meetingID, meetingID])
            let version =
                (try Int.fetchOne(
                    cached: db,
                    sql: """
                        SELECT MAX(version) FROM document WHERE meetingId = ? AND agendaItemId IS NULL AND title = 'Agenda pack'
                        """, arguments: [meetingID]) ?? 0) + 1
            let stem = "\(row["slug"] as String)-\(row["date"] as String)-agenda-pack"
            for (bytes, format) in [(publicPack.pdf, ReportFormat.pdf), (publicPack.html, ReportFormat.html)] {
                try db.execute(
                    sql: """
                        INSERT INTO document (partnershipId, meetingId, title, filename, mediaType, byteCount, sha256, version, part,
                            isPublished, content) VALUES (?, ?, 'Agenda pack', ?, ?, ?, ?, ?, 1, 1, ?)
                        """,
                    arguments: [
                        row["partnershipId"] as Int64, meetingID, "\(stem).\(format == .pdf ? "pdf" : "html")",
                        format.mediaType, bytes.count, SHA256Hex.digest(bytes), version, Data(bytes)
                    ])
            }
            try db.execute(
                sql: "INSERT INTO packIssue (meetingId, issuedOn, version, reason) VALUES (?, ?, ?, ?)",
                arguments: [meetingID, date.iso, version, reason])
            let issueID = db.lastInsertedRowID
            for (bytes, format) in [(membersPack.pdf, ReportFormat.pdf), (membersPack.html, ReportFormat.html)] {
                try db.execute(
                    sql: """
                        INSERT INTO packIssueMembersFile (packIssueId, format, mediaType, byteCount, sha256, content)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        issueID, format == .pdf ? "pdf" : "html", format.mediaType, bytes.count,
                        SHA256Hex.digest(bytes), Data(bytes)
                    ])
            }
            return PackIssue(
                id: issueID, meetingID: meetingID, issuedOn: date, version: version,
                pdfByteCount: publicPack.pdf.count)
        }
    }

    public func recordMailing(of issueID: Int64, emailed: Int, note: String?, by editor: Editor) async throws {
        try await database.write(as: AgendaRows.actor(editor)) { db in
            try db.execute(
                sql: """
                    UPDATE packIssue SET emailed = ?, mailNote = ?,
                        mailedAt = CASE WHEN ? > 0 THEN strftime('%Y-%m-%dT%H:%M:%SZ','now') ELSE NULL END WHERE id = ?
                    """, arguments: [emailed, note, emailed, issueID])
            guard db.changesCount == 1 else { throw DomainError.notFound("no pack issue with id \(issueID)") }
        }
    }

    public func packIssue(of meetingID: Int64) async throws -> PackIssue? {
        try await database.read { db in try Self.packIssue(of: meetingID, db) }
    }

    static func packIssue(of meetingID: Int64, _ db: Database) throws -> PackIssue? {
        try Row.fetchOne(
            cached: db,
            sql: """
                SELECT i.*, (SELECT d.byteCount FROM document d WHERE d.meetingId = i.meetingId AND d.agendaItemId IS NULL
                             AND d.title = 'Agenda pack' AND d.version = i.version AND d.mediaType = 'application/pdf') AS pdfBytes
                FROM packIssue i WHERE i.meetingId = ? ORDER BY i.id DESC LIMIT 1
                """, arguments: [meetingID]
        ).map { row in
            let issued: String = row["issuedOn"]
            return PackIssue(
                id: row["id"], meetingID: row["meetingId"], issuedOn: LocalDate(iso: issued) ?? LocalDate(dayNumber: 0),
                version: row["version"], pdfByteCount: row["pdfBytes"] ?? 0, emailed: row["emailed"],
                mailedAt: row["mailedAt"], mailNote: row["mailNote"], reason: row["reason"])
        }
    }

    public func issuedPack(
        of meetingID: Int64, edition: PackEdition, format: ReportFormat,
        audience: Audience
    ) async throws -> IssuedPackFile? {
        try await database.read { db in
            let body = try AgendaRows.body(db, try AgendaRows.meeting(db, meetingID).bodyID)
            guard Visibility.canSeeIssuedPack(edition, grant: Visibility.grant(audience, bodyID: body.id, partnershipID: body.partnershipID)) else {
                throw Visibility.membersPackRefusal(bodyName: body.name)
            }
            let row: Row?
            switch edition {
            case .public:
                row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT content, sha256 FROM document WHERE meetingId = ? AND agendaItemId IS NULL AND title = 'Agenda pack'
                        AND isPublished = 1 AND part = 1 AND mediaType = ? ORDER BY version DESC LIMIT 1
                        """, arguments: [meetingID, format.mediaType])
            case .members:
                row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT f.content, f.sha256 FROM packIssueMembersFile f
                        WHERE f.packIssueId = (SELECT i.id FROM packIssue i WHERE i.meetingId = ? ORDER BY i.id DESC LIMIT 1)
                        AND f.format = ?
                        """, arguments: [meetingID, format == .pdf ? "pdf" : "html"])
            }
            return row.map { row in
                IssuedPackFile(bytes: (row["content"] as Data?).map { [UInt8]($0) } ?? [], sha256: row["sha256"] ?? "")
            }
        }
    }

    public func publishedPack(of meetingID: Int64, format: ReportFormat) async throws -> [UInt8]? {
        try await database.read { db in
            try Row.fetchOne(
                cached: db,
                sql: """
                    SELECT content FROM document WHERE meetingId = ? AND agendaItemId IS NULL AND title = 'Agenda pack'
                    AND isPublished = 1 AND part = 1 AND mediaType = ? ORDER BY version DESC LIMIT 1
                    """, arguments: [meetingID, format.mediaType]
            ).map { row -> [UInt8] in (row["content"] as Data?).map { [UInt8]($0) } ?? [] }
        }
    }
}
