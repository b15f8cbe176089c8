import Foundation
import GRDB
import MinutebookCore
import MinutebookTools

/// Stores an imported `MeetingRecord`: partnership and body found or created by name, people
/// found or created, the seats attendees hold that day, then the meeting's attendance, agenda items,
/// minutes, resolutions and actions, all in ONE transaction written as the importer. Importing the
/// same record again changes nothing; a corrected record updates the meeting in place (every change
/// audited); approved minutes are never changed. The minutes' status follows `ImportedMinutesStatus`.
public struct MeetingImportWriter: MinutesImportRepository {
    public typealias Outcome = MeetingImportOutcome

    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// The digest that identifies what was read (stable JSON of the record).
    public static func digest(of record: MeetingRecord) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return SHA256Hex.digest([UInt8](try encoder.encode(record)))
    }

    /// Writes one meeting in one transaction, audited as `actor` (default: the importer of `file`).
    public func write(
        _ record: MeetingRecord, file: String, partnership: String? = nil, body: String? = nil,
        status: ImportedMinutesStatus = .auto, as actor: Actor? = nil
    ) async throws -> Outcome {
        let digest = try Self.digest(of: record)
        return try await database.write(as: actor ?? .importer(file: file)) { db in
            try Self.write(record, digest: digest, file: file, partnership: partnership, body: body, status: status, db)
        }
    }

    public func importMeeting(
        _ record: MeetingRecord, file: String, partnership: String?, body: String?,
        status: ImportedMinutesStatus, by editor: Editor?
    ) async throws -> Outcome {
        try await write(record, file: file, partnership: partnership, body: body, status: status, as: editor.map(Actor.init))
    }

    static func write(
        _ record: MeetingRecord, digest: String, file: String, partnership partnershipName: String?,
        body bodyName: String?, status rule: ImportedMinutesStatus, _ db: Database
    ) throws -> Outcome {
        let partnership = try ImportDirectory.partnership(named: partnershipName, forBody: record.body, db)
        let body = try ImportDirectory.body(named: bodyName ?? record.body, in: partnership, db)
        let yearStart = MunicipalYearStart(month: partnership.yearStartMonth, day: partnership.yearStartDay) ?? .may
        let year = MunicipalYear(containing: record.date, start: yearStart).startYear

        var meetingID: Int64
        var created = false
        if let row = try Row.fetchOne(
            db, sql: "SELECT id, status FROM meeting WHERE bodyId = ? AND date = ?",
            arguments: [body.id, record.date.iso])
        {
            meetingID = row["id"]
            let previous = try String.fetchOne(
                db, sql: "SELECT recordSha256 FROM importedMeeting WHERE meetingId = ?",
                arguments: [meetingID])
            if previous == digest {
                // The same document: only a status the rule now asks for (e.g. --status approved).
                let notes = try ImportApproval.apply(rule, record: record, meetingID: meetingID, bodyID: body.id, db)
                return notes.isEmpty ? .unchanged(meetingID: meetingID) : .updated(meetingID: meetingID, warnings: notes)
            }
            if (row["status"] as String) == MeetingStatus.minutesApproved.rawValue {
                throw DomainError.conflict("the minutes of \(record.body) on \(record.date.iso) are approved and cannot be changed by an import")
            }
            try db.execute(
                sql: """
                    UPDATE meeting SET municipalYear = ?, startTime = ?, endTime = ?, venue = ?,
                        status = CASE WHEN status IN ('scheduled','agenda_published','held') THEN 'minutes_drafted' ELSE status END
                    WHERE id = ? AND (municipalYear IS NOT ? OR startTime IS NOT ? OR endTime IS NOT ? OR venue IS NOT ?
                        OR status IN ('scheduled','agenda_published','held'))
                    """,
                arguments: [
                    year, record.start?.hhmm, record.end?.hhmm, record.venue, meetingID,
                    year, record.start?.hhmm, record.end?.hhmm, record.venue
                ])
        } else {
            try db.execute(
                sql: """
                    INSERT INTO meeting (bodyId, date, municipalYear, startTime, endTime, venue, status)
                    VALUES (?, ?, ?, ?, ?, ?, 'minutes_drafted')
                    """, arguments: [body.id, record.date.iso, year, record.start?.hhmm, record.end?.hhmm, record.venue])
            meetingID = db.lastInsertedRowID
            created = true
        }

        var people = ImportPeople(partnershipID: partnership.id, bodyID: body.id, date: record.date)
        try ImportMinutes.attendance(record.attendance, meetingID: meetingID, bodyID: body.id, people: &people, db)
        var warnings = try ImportMinutes.items(record, meetingID: meetingID, bodyID: body.id, year: year, people: &people, db)

        let approves = ImportApproval.stored(record.approvesMinutesOf)
        try db.execute(
            sql: """
                INSERT INTO importedMeeting (meetingId, file, recordSha256, approvesMinutesOf) VALUES (?, ?, ?, ?)
                ON CONFLICT(meetingId) DO UPDATE SET file = excluded.file, recordSha256 = excluded.recordSha256,
                    approvesMinutesOf = excluded.approvesMinutesOf, importedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now')
                """, arguments: [meetingID, file, digest, approves])
        warnings += try ImportApproval.apply(rule, record: record, meetingID: meetingID, bodyID: body.id, db)
        // Packs read before or after these minutes say what became of their actions.
        _ = try GRDBActionRepository.settleHistory(bodyID: body.id, db)
        return created ? .created(meetingID: meetingID, warnings: warnings) : .updated(meetingID: meetingID, warnings: warnings)
    }
}

/// Partnerships and bodies found by name or slug, or created.
enum ImportDirectory {
    struct PartnershipRow { var id: Int64; var yearStartMonth: Int; var yearStartDay: Int }
    struct BodyRow { var id: Int64 }

    static func slug(_ name: String) -> String {
        var out = ""
        var dash = false
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c); dash = false } else if !dash && !out.isEmpty { out.append("-"); dash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "body" : String(out.prefix(60))
    }

    static func uniqueSlug(_ base: String, table: String, scope: (column: String, id: Int64)?, _ db: Database) throws -> String {
        var candidate = base
        var n = 2
        while true {
            let sql = "SELECT 1 FROM \(table) WHERE slug = ?" + (scope.map { " AND \($0.column) = \($0.id)" } ?? "")
            if try Int.fetchOne(db, sql: sql, arguments: [candidate]) == nil { return candidate }
            candidate = "\(base)-\(n)"
            n += 1
        }
    }

    static func partnership(named name: String?, forBody bodyName: String, _ db: Database) throws -> PartnershipRow {
        func row(_ r: Row) -> PartnershipRow { PartnershipRow(id: r["id"], yearStartMonth: r["yearStartMonth"], yearStartDay: r["yearStartDay"]) }
        if let name {
            if let r = try Row.fetchOne(
                db, sql: "SELECT * FROM partnership WHERE slug = ? OR name = ? COLLATE NOCASE",
                arguments: [name, name])
            {
                return row(r)
            }
            return row(try create(name, db))
        }
        // The partnership that already has this body, else the only one, else one named after the body.
        if let r = try Row.fetchOne(
            db,
            sql: """
                SELECT p.* FROM partnership p JOIN body b ON b.partnershipId = p.id WHERE b.name = ? COLLATE NOCASE
                UNION ALL SELECT p.* FROM partnership p JOIN body b ON b.partnershipId = p.id JOIN bodyFormerName f ON f.bodyId = b.id
                WHERE f.name = ? COLLATE NOCASE LIMIT 1
                """, arguments: [bodyName, bodyName])
        {
            return row(r)
        }
        let all = try Row.fetchAll(db, sql: "SELECT * FROM partnership LIMIT 2")
        if all.count == 1 { return row(all[0]) }
        let derived = partnershipName(fromBody: bodyName)
        if let r = try Row.fetchOne(db, sql: "SELECT * FROM partnership WHERE name = ? COLLATE NOCASE", arguments: [derived]) {
            return row(r)
        }
        return row(try create(derived, db))
    }

    static func create(_ name: String, _ db: Database) throws -> Row {
        let slug = try uniqueSlug(slug(name), table: "partnership", scope: nil, db)
        try db.execute(sql: "INSERT INTO partnership (slug, name) VALUES (?, ?)", arguments: [slug, name])
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM partnership WHERE id = ?", arguments: [db.lastInsertedRowID]) else {
            throw DomainError.conflict("could not create the partnership \(name)")
        }
        return row
    }

    /// "Safer Bromley Partnership Strategic Group" → "Safer Bromley Partnership".
    static func partnershipName(fromBody body: String) -> String {
        let words = body.split(separator: " ")
        if let i = words.lastIndex(where: { $0.lowercased() == "partnership" }), i > 0 {
            return words[...i].joined(separator: " ")
        }
        return body
    }

    static func body(named name: String, in partnership: PartnershipRow, _ db: Database) throws -> BodyRow {
        if let id = try Int64.fetchOne(
            db,
            sql: """
                SELECT id FROM body WHERE partnershipId = ? AND (slug = ? OR name = ? COLLATE NOCASE)
                """, arguments: [partnership.id, name, name])
        {
            return BodyRow(id: id)
        }
        // A body renamed or merged since keeps its former names: minutes under the old name join it.
        if let id = try Int64.fetchOne(
            db,
            sql: """
                SELECT b.id FROM bodyFormerName f JOIN body b ON b.id = f.bodyId
                WHERE b.partnershipId = ? AND (f.slug = ? OR f.name = ? COLLATE NOCASE) ORDER BY f.id DESC LIMIT 1
                """, arguments: [partnership.id, name, name])
        {
            return BodyRow(id: id)
        }
        let slug = try uniqueSlug(slug(name), table: "body", scope: ("partnershipId", partnership.id), db)
        try db.execute(
            sql: "INSERT INTO body (partnershipId, slug, name, kind) VALUES (?, ?, ?, 'board')",
            arguments: [partnership.id, slug, name])
        return BodyRow(id: db.lastInsertedRowID)
    }
}
