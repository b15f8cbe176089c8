import Foundation
import GRDB
import MinutebookCore

/// The Matters Arising report: drafted from the body's outstanding actions, saved with the
/// secretariat's edits, published as an agenda item, closed or carried forward at the meeting.
public struct GRDBMattersArisingRepository: MattersArisingRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func mattersArising(bodyID: Int64, date: LocalDate, audience: Audience) async throws -> MattersArisingReport {
        try await database.read { db in try Self.mattersArising(bodyID: bodyID, date: date, audience: audience, db) }
    }

    static func mattersArising(bodyID: Int64, date: LocalDate, audience: Audience, _ db: Database) throws -> MattersArisingReport {
        guard let body = try Row.fetchOne(cached: db, sql: "SELECT name, partnershipId FROM body WHERE id = ?", arguments: [bodyID]) else {
            throw DomainError.notFound("there is no body \(bodyID)")
        }
        let grant = Visibility.grant(audience, bodyID: bodyID, partnershipID: body["partnershipId"])
        let meetingID = try Int64.fetchOne(cached: db, sql: "SELECT id FROM meeting WHERE bodyId = ? AND date = ?", arguments: [bodyID, date.iso])
        let saved = try meetingID.flatMap {
            try Row.fetchOne(cached: db, sql: "SELECT * FROM mattersArisingReport WHERE meetingId = ?", arguments: [$0])
        }
        var report = MattersArisingReport(bodyID: bodyID, bodyName: body["name"], meetingID: meetingID, date: date, entries: [])
        if let saved, (saved["status"] as String) == "published" {
            report.state = .published
            report.agendaItemID = saved["agendaItemId"]
            report.entries = try storedEntries(reportID: saved["id"], db).map(\.entry)
            return report.visible(to: grant)
        }
        guard grant.drafts else {
            throw DomainError.notFound("the Matters Arising report for \(date.long) has not been published")
        }
        let draft = try draftEntries(bodyID: bodyID, date: date, db)
        if let saved {
            report.state = .saved
            report.entries = MattersArising.merge(draft: draft, saved: try storedEntries(reportID: saved["id"], db).map(\.saved))
        } else {
            report.entries = draft
        }
        return report.visible(to: grant)
    }

    /// A fresh draft: outstanding actions of earlier meetings (index on body and status), and the
    /// entries the body's latest earlier report carried forward without an action behind them.
    static func draftEntries(bodyID: Int64, date: LocalDate, _ db: Database) throws -> [MattersArisingEntry] {
        let rows = try Row.fetchAll(
            db,
            sql: ActionRows.select + """

                WHERE a.bodyId = ? AND m.date < ? AND (a.status IN ('open','in_progress') OR EXISTS (
                    SELECT 1 FROM actionInference i WHERE i.actionId = a.id AND i.undoneAt IS NULL AND i.statusTo IS NOT NULL
                    AND (i.onDate > ? OR (i.onDate = ? AND i.listedOnDate))))
                """, arguments: [bodyID, date.iso, date.iso, date.iso])
        // An action that evidence settled only later was outstanding on `date`, without what later reports said of it.
        let tracked = try ActionRows.load(rows, db).map(\.tracked).map { tracked in
            var asOf = tracked
            if !asOf.action.status.isOutstanding { asOf.action.status = .open }
            asOf.history = asOf.history.filter { $0.via != .import || ($0.date ?? date) <= date }
            return asOf
        }
        var carried: [CarriedForwardEntry] = []
        if let previous = try Int64.fetchOne(
            cached: db,
            sql: """
                SELECT r.id FROM meeting m JOIN mattersArisingReport r ON r.meetingId = m.id
                WHERE m.bodyId = ? AND m.date < ? AND r.status = 'published' ORDER BY m.date DESC LIMIT 1
                """, arguments: [bodyID, date.iso])
        {
            for stored in try storedEntries(reportID: previous, db)
            where stored.outcome == .carriedForward && stored.entry.actionIDs.isEmpty {
                carried.append(CarriedForwardEntry(entryID: stored.id, entry: stored.entry))
            }
        }
        return MattersArising.draft(for: date, actions: tracked, carriedForward: carried)
    }

    struct StoredEntry {
        var id: Int64
        var entry: MattersArisingEntry
        var outcome: MattersArisingOutcome?
        var isOmitted: Bool
        /// An owner's written update was recorded after the secretariat's edit.
        var newerUpdateArrived: Bool

        var saved: MattersArising.SavedEntry {
            MattersArising.SavedEntry(entry: entry, isOmitted: isOmitted, newerUpdateArrived: newerUpdateArrived)
        }
    }

    static func storedEntries(reportID: Int64, _ db: Database) throws -> [StoredEntry] {
        var actionIDs: [Int64: [Int64]] = [:]
        for row in try Row.fetchAll(
            cached: db,
            sql: """
                SELECT ea.entryId, ea.actionId FROM mattersArisingEntry e JOIN mattersArisingEntryAction ea ON ea.entryId = e.id
                WHERE e.reportId = ? ORDER BY ea.actionId
                """, arguments: [reportID])
        {
            actionIDs[row["entryId"], default: []].append(row["actionId"])
        }
        return try Row.fetchAll(
            cached: db,
            sql: """
                SELECT e.*, (SELECT max(u.at) FROM mattersArisingEntryAction ea JOIN actionUpdate u ON u.actionId = ea.actionId
                             WHERE ea.entryId = e.id AND u.text <> '' AND u.via NOT IN ('succession','meeting')) AS latestUpdateAt,
                       o.outcome AS decided,
                       EXISTS (SELECT 1 FROM mattersArisingEntryAction ea JOIN action a ON a.id = ea.actionId
                               WHERE ea.entryId = e.id AND a.isPrivate) AS hasPrivateAction,
                       (SELECT m.status FROM minute n JOIN meeting m ON m.id = n.meetingId WHERE n.id = e.minuteId) AS minuteMeetingStatus
                FROM mattersArisingEntry e LEFT JOIN mattersArisingOutcome o ON o.entryId = e.id
                WHERE e.reportId = ? ORDER BY e.position, e.id
                """, arguments: [reportID]
        ).map { row in
            let id: Int64 = row["id"]
            let ownersJSON: String = row["owners"]
            let owners = (try? JSONDecoder().decode([String].self, from: Data(ownersJSON.utf8))) ?? []
            let entry0 = MattersArisingEntry(
                key: row["entryKey"], minute: (row["minuteNumber"] as String?).flatMap { MinuteNumber(parsing: $0) },
                minuteID: row["minuteId"], meetingDate: (row["meetingDate"] as String?).flatMap { LocalDate(iso: $0) },
                title: row["title"], resolved: row["resolved"], owners: owners, update: row["updateText"],
                status: ActionStatus(rawValue: row["status"]) ?? .open, part: AgendaPart(rawValue: row["part"]) ?? .two,
                actionIDs: actionIDs[id] ?? [], isEdited: row["isEdited"],
                outcome: (row["decided"] as String?).flatMap(MattersArisingOutcome.init(rawValue:)))
            var entry = entry0
            let key: String = row["entryKey"]
            entry.isPrivate = key.hasSuffix("-private") || row["hasPrivateAction"]
            // Read now: minutes approved since the report was published are no longer drafts.
            if let status = (row["minuteMeetingStatus"] as String?).flatMap(MeetingStatus.init(rawValue:)) {
                entry.minutesApproved = Visibility.isPublished(minutesOf: status)
            }
            let editedAt: String? = row["editedAt"]
            let latest: String? = row["latestUpdateAt"]
            let newer = entry.isEdited && latest != nil && editedAt != nil && (latest ?? "") > (editedAt ?? "")
            return StoredEntry(
                id: id, entry: entry, outcome: entry.outcome,
                isOmitted: row["isOmitted"], newerUpdateArrived: newer)
        }
    }

    /// Replaces the report's entries with `entries`, in order.
    static func writeEntries(reportID: Int64, _ entries: [MattersArising.SavedEntry], _ db: Database) throws {
        try db.execute(sql: "DELETE FROM mattersArisingEntry WHERE reportId = ?", arguments: [reportID])
        for (position, saved) in entries.enumerated() {
            let e = saved.entry
            let owners = String(decoding: try JSONEncoder().encode(e.owners), as: UTF8.self)
            let carriedFrom = e.key.hasPrefix("c") ? Int64(e.key.dropFirst()) : nil
            try db.execute(
                sql: """
                    INSERT INTO mattersArisingEntry (reportId, entryKey, position, minuteId, carriedFromEntryId, minuteNumber, meetingDate,
                        title, resolved, owners, updateText, status, part, isEdited, isOmitted, editedAt)
                    VALUES (?, ?, ?, (SELECT id FROM minute WHERE id = ?), (SELECT id FROM mattersArisingEntry WHERE id = ?), ?, ?,
                        ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%fZ','now') END)
                    """,
                arguments: [
                    reportID, e.key, position, e.minuteID, carriedFrom, e.minute?.text, e.meetingDate?.iso,
                    e.title, e.resolved, owners, e.update, e.status.rawValue, e.part.rawValue, e.isEdited,
                    saved.isOmitted, e.isEdited
                ])
            let entryID = db.lastInsertedRowID
            for actionID in Set(e.actionIDs).sorted() {
                try db.execute(
                    sql: """
                        INSERT INTO mattersArisingEntryAction (entryId, actionId) SELECT ?, id FROM action WHERE id = ?
                        """, arguments: [entryID, actionID])
            }
        }
    }

    static func meeting(_ meetingID: Int64, _ db: Database) throws -> (bodyID: Int64, date: LocalDate) {
        guard let row = try Row.fetchOne(cached: db, sql: "SELECT bodyId, date FROM meeting WHERE id = ?", arguments: [meetingID]),
            let date = LocalDate(iso: row["date"] as String)
        else {
            throw DomainError.notFound("there is no meeting \(meetingID)")
        }
        return (row["bodyId"], date)
    }

    public func saveMattersArising(meetingID: Int64, entries: [MattersArising.SavedEntry], by editor: ActionEditor) async throws {
        for saved in entries {
            if saved.entry.title.count > 500 || saved.entry.resolved.count > 10_000 || saved.entry.update.count > 10_000 {
                throw DomainError.invalid("an entry of the report is too long (titles up to 500 characters, texts up to 10,000)")
            }
        }
        try await database.write(as: Actor(editor.auditName)) { db in
            _ = try Self.meeting(meetingID, db)
            let status = try String.fetchOne(cached: db, sql: "SELECT status FROM mattersArisingReport WHERE meetingId = ?", arguments: [meetingID])
            if status == "published" { throw DomainError.conflict("the Matters Arising report of this meeting is published and fixed") }
            try db.execute(
                sql: """
                    INSERT INTO mattersArisingReport (meetingId) VALUES (?)
                    ON CONFLICT (meetingId) DO UPDATE SET savedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now')
                    """, arguments: [meetingID])
            guard
                let reportID = try Int64.fetchOne(cached: db, sql: "SELECT id FROM mattersArisingReport WHERE meetingId = ?", arguments: [meetingID])
            else {
                throw DomainError.notFound("the report could not be saved")
            }
            try Self.writeEntries(reportID: reportID, entries, db)
        }
    }

    public func publishMattersArising(meetingID: Int64, by editor: ActionEditor) async throws -> Int64 {
        try await database.write(as: Actor(editor.auditName)) { db in
            let meeting = try Self.meeting(meetingID, db)
            let report = try Self.mattersArising(
                bodyID: meeting.bodyID, date: meeting.date,
                audience: .account(
                    .init(
                        userID: 0, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: [])), db)
            guard report.state != .published else {
                throw DomainError.conflict("the Matters Arising report of this meeting is already published")
            }
            let itemID: Int64
            if let existing = try Int64.fetchOne(
                cached: db,
                sql: """
                    SELECT id FROM agendaItem WHERE meetingId = ? AND (standingKind = 'matters_arising' OR lower(title) = 'matters arising')
                    ORDER BY position LIMIT 1
                    """, arguments: [meetingID])
            {
                itemID = existing
            } else {
                try db.execute(
                    sql: """
                        INSERT INTO agendaItem (meetingId, position, title, part, isStanding, standingKind)
                        VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM agendaItem WHERE meetingId = ?), 'Matters Arising', 1, 1, 'matters_arising')
                        """, arguments: [meetingID, meetingID])
                itemID = db.lastInsertedRowID
            }
            try db.execute(
                sql: """
                    INSERT INTO mattersArisingReport (meetingId, status, agendaItemId, publishedAt)
                    VALUES (?, 'published', ?, strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                    ON CONFLICT (meetingId) DO UPDATE SET status = 'published', agendaItemId = excluded.agendaItemId,
                        publishedAt = excluded.publishedAt
                    """, arguments: [meetingID, itemID])
            guard
                let reportID = try Int64.fetchOne(cached: db, sql: "SELECT id FROM mattersArisingReport WHERE meetingId = ?", arguments: [meetingID])
            else {
                throw DomainError.notFound("the report could not be published")
            }
            try Self.writeEntries(reportID: reportID, report.entries.map { MattersArising.SavedEntry(entry: $0) }, db)
            return itemID
        }
    }

    public func recordOutcomes(meetingID: Int64, outcomes: [String: MattersArisingOutcome], by editor: ActionEditor) async throws {
        try await database.write(as: Actor(editor.auditName)) { db in
            let meeting = try Self.meeting(meetingID, db)
            guard
                let reportID = try Int64.fetchOne(
                    cached: db,
                    sql: """
                        SELECT id FROM mattersArisingReport WHERE meetingId = ? AND status = 'published'
                        """, arguments: [meetingID])
            else {
                throw DomainError.conflict("publish the Matters Arising report before recording what the meeting decided")
            }
            let entries = try Self.storedEntries(reportID: reportID, db)
            for (key, outcome) in outcomes.sorted(by: { $0.key < $1.key }) {
                guard let stored = entries.first(where: { $0.entry.key == key }) else {
                    throw DomainError.invalid("the report has no entry \(key)")
                }
                let previous = stored.outcome
                guard previous != outcome else { continue }
                try db.execute(
                    sql: """
                        INSERT INTO mattersArisingOutcome (entryId, outcome) VALUES (?, ?)
                        ON CONFLICT (entryId) DO UPDATE SET outcome = excluded.outcome, recordedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now')
                        """, arguments: [stored.id, outcome.rawValue])
                for actionID in stored.entry.actionIDs {
                    let status = try GRDBActionRepository.status(of: actionID, db)
                    // A correction (closed, then carried forward) undoes what the earlier outcome settled.
                    let corrects = previous?.actionStatus != nil && previous?.actionStatus == status
                    guard status.isOutstanding || corrects else { continue }
                    try ActionRows.recordUpdate(
                        actionID: actionID, text: outcome.note(meetingDate: meeting.date), from: status,
                        to: outcome.actionStatus ?? (corrects ? .open : nil), via: .meeting, editor: editor, db)
                }
            }
        }
    }
}

extension GRDBMattersArisingRepository {
    /// The meeting of `bodyID` on `date`, if there is one.
    public func meetingID(bodyID: Int64, date: LocalDate) async throws -> Int64? {
        try await database.read { db in
            try Int64.fetchOne(cached: db, sql: "SELECT id FROM meeting WHERE bodyId = ? AND date = ?", arguments: [bodyID, date.iso])
        }
    }
}
