import Foundation
import GRDB
import MinutebookCore

/// Row conversions and shared queries of the agenda repositories.
enum AgendaRows {
    static func actor(_ editor: Editor) -> Actor { Actor(editor) }

    static func entry(_ row: Row, reports: [ReportVersion]) -> AgendaEntry {
        let item = AgendaItem(
            id: row["id"], meetingID: row["meetingId"], position: row["position"], number: row["number"],
            title: row["title"], part: AgendaPart(rawValue: row["part"]) ?? .one,
            exemptReason: row["exemptReason"], isStanding: row["isStanding"],
            leadOfficer: row["leadOfficer"], reportReference: row["reportReference"])
        let stored: String? = row["standingKind"]
        return AgendaEntry(
            item: item, level: row["level"], kind: stored.flatMap(StandingItemKind.init),
            description: row["description"], expectsReport: row["expectsReport"],
            isSupplementary: row["isSupplementary"], forwardPlanItemID: row["forwardPlanItemId"], reports: reports,
            unknownKind: stored)
    }

    static func report(_ row: Row) -> ReportVersion {
        ReportVersion(
            id: row["id"], agendaItemID: row["agendaItemId"], title: row["title"], filename: row["filename"],
            format: ReportFormat(mediaType: row["mediaType"]) ?? .pdf, byteCount: row["byteCount"],
            sha256: row["sha256"], version: row["version"], createdAt: row["createdAt"])
    }

    /// Stores `upload` as the item's next report version (with the item's part) and returns its id.
    /// `published` marks it public at once (a report the source site had already published).
    static func insertReport(_ upload: ReportUpload, to itemID: Int64, published: Bool = false, _ db: Database) throws -> Int64 {
        guard
            let row = try Row.fetchOne(
                cached: db,
                sql: """
                    SELECT a.meetingId, a.part, b.partnershipId FROM agendaItem a JOIN meeting m ON m.id = a.meetingId
                    JOIN body b ON b.id = m.bodyId WHERE a.id = ?
                    """, arguments: [itemID])
        else { throw DomainError.notFound("no agenda item with id \(itemID)") }
        let version = (try Int.fetchOne(cached: db, sql: "SELECT MAX(version) FROM document WHERE agendaItemId = ?", arguments: [itemID]) ?? 0) + 1
        let title = clean(upload.title).isEmpty ? upload.filename : clean(upload.title)
        let part: Int = row["part"]
        try db.execute(
            sql: """
                INSERT INTO document (partnershipId, meetingId, agendaItemId, title, filename, mediaType, byteCount, sha256,
                    version, part, isPublished, content, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                row["partnershipId"] as Int64, row["meetingId"] as Int64, itemID, title, upload.filename,
                upload.format.mediaType, upload.content.count, upload.sha256, version, part,
                published && part == 1 ? 1 : 0, Data(upload.content), upload.text
            ])
        let id = db.lastInsertedRowID
        try db.execute(sql: "UPDATE agendaItem SET expectsReport = 1 WHERE id = ? AND expectsReport = 0", arguments: [itemID])
        return id
    }

    static func forwardPlanItem(_ row: Row) -> ForwardPlanItem {
        ForwardPlanItem(
            id: row["id"], bodyID: row["bodyId"], title: row["title"], proposer: row["proposer"],
            leadOfficer: row["leadOfficer"], targetMeetingID: row["targetMeetingId"],
            targetDate: (row["targetDate"] as String?).flatMap { LocalDate(iso: $0) },
            status: ForwardPlanStatus(rawValue: row["status"]) ?? .proposed,
            part: AgendaPart(rawValue: row["part"]) ?? .one, exemptReason: row["exemptReason"], notes: row["notes"],
            indicatorID: row["indicatorId"])
    }

    /// Whether an item added to the meeting now is supplementary (`AgendaEntry.joinsAsSupplementary`).
    static func joinsAsSupplementary(_ db: Database, meetingID: Int64) throws -> Bool {
        guard let row = try Row.fetchOne(cached: db, sql: "SELECT status, packIssuedAt FROM meeting WHERE id = ?", arguments: [meetingID]) else {
            throw DomainError.notFound("no meeting with id \(meetingID)")
        }
        return AgendaEntry.joinsAsSupplementary(
            meetingStatus: MeetingStatus(rawValue: row["status"]) ?? .scheduled,
            packIssued: (row["packIssuedAt"] as String?) != nil)
    }

    static func meeting(_ db: Database, _ id: Int64) throws -> Meeting {
        guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM meeting WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("no meeting with id \(id)")
        }
        return Rows.meeting(row)
    }

    static func body(_ db: Database, _ id: Int64) throws -> Body {
        guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM body WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("no body with id \(id)")
        }
        return Rows.body(row)
    }

    /// Writes item numbers from the order and levels, and keeps positions 1...n.
    static func renumber(_ db: Database, meetingID: Int64) throws {
        let rows = try Row.fetchAll(
            cached: db, sql: "SELECT id, level FROM agendaItem WHERE meetingId = ? ORDER BY position",
            arguments: [meetingID])
        let numbers = AgendaNumbering.numbers(levels: rows.map { $0["level"] })
        // Two steps so the unique (meetingId, position) never collides mid-way.
        try db.execute(sql: "UPDATE agendaItem SET position = -position WHERE meetingId = ?", arguments: [meetingID])
        for (index, row) in rows.enumerated() {
            let id: Int64 = row["id"]
            try db.execute(
                sql: "UPDATE agendaItem SET position = ?, number = ? WHERE id = ?",
                arguments: [index + 1, numbers[index], id])
        }
    }

    /// Inserts `item` at `position` (1-based) or at the end of Part 1 when nil; returns its id.
    static func insert(_ db: Database, _ item: NewAgendaItem, meetingID: Int64, position: Int?) throws -> Int64 {
        let problems = item.problems
        if let first = problems.first { throw DomainError.invalid(first.message) }
        let count = try Int.fetchOne(cached: db, sql: "SELECT COUNT(*) FROM agendaItem WHERE meetingId = ?", arguments: [meetingID]) ?? 0
        let target: Int
        if let position {
            guard (1...(count + 1)).contains(position) else {
                throw DomainError.invalid("position \(position) is outside the agenda (1 to \(count + 1))")
            }
            target = position
        } else if item.part == .one, item.kind != .anyOtherBusiness, item.kind != .nextMeeting,
            let before = try Int.fetchOne(
                cached: db,
                sql: """
                    SELECT MIN(position) FROM agendaItem WHERE meetingId = ?
                    AND (part = 2 OR standingKind IN ('any_other_business', 'next_meeting'))
                    """, arguments: [meetingID])
        {
            // New business goes before any other business, the date of the next meeting and Part 2.
            target = before
        } else {
            target = count + 1
        }
        try db.execute(
            sql: "UPDATE agendaItem SET position = -position - 1 WHERE meetingId = ? AND position >= ?",
            arguments: [meetingID, target])
        try db.execute(sql: "UPDATE agendaItem SET position = -position WHERE meetingId = ? AND position < 0", arguments: [meetingID])
        try db.execute(
            sql: """
                INSERT INTO agendaItem (meetingId, position, title, part, exemptReason, isStanding, standingKind, leadOfficer,
                    reportReference, isSupplementary, level, description, expectsReport, forwardPlanItemId)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                meetingID, target, clean(item.title), item.part.rawValue, item.part == .two ? item.exemptReason : nil,
                item.kind != nil, item.kind?.rawValue, item.leadOfficer, item.reportReference,
                item.isSupplementary, item.level, item.description, item.expectsReport, item.forwardPlanItemID
            ])
        return db.lastInsertedRowID
    }

    static func recordMove(
        _ db: Database, itemID: Int64, from: ForwardPlanStatus?, to: ForwardPlanStatus,
        fromMeeting: Int64?, toMeeting: Int64?, reason: String?
    ) throws {
        func date(_ id: Int64?) throws -> String? {
            guard let id else { return nil }
            return try String.fetchOne(cached: db, sql: "SELECT date FROM meeting WHERE id = ?", arguments: [id])
        }
        try db.execute(
            sql: """
                INSERT INTO forwardPlanMove (forwardPlanItemId, statusFrom, statusTo, fromDate, toDate, reason)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [itemID, from?.rawValue, to.rawValue, try date(fromMeeting), try date(toMeeting), reason])
    }

    /// Text without surrounding white space.
    static func clean(_ text: String) -> String {
        var s = Substring(text)
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
