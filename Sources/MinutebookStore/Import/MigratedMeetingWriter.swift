import Foundation
import GRDB
import MinutebookCore

/// One meeting brought from another system (a ModernGov site): the meeting record to import and the
/// reports of its agenda items, each known by its id on the source site.
public struct MigratedMeeting: Sendable, Equatable {
    /// A report of one agenda item: `itemPosition` is the item's index in `record.items`.
    public struct Report: Sendable, Equatable {
        public var sourceID: String
        public var itemPosition: Int
        public var upload: ReportUpload

        public init(sourceID: String, itemPosition: Int, upload: ReportUpload) {
            self.sourceID = sourceID
            self.itemPosition = itemPosition
            self.upload = upload
        }
    }

    /// The source site's address (e.g. "https://democracy.example.gov.uk").
    public var site: String
    /// The meeting's id on the source site.
    public var sourceID: String
    /// Where the meeting came from, written into the audit ("import:<source>").
    public var source: String
    public var record: MeetingRecord
    public var reports: [Report]

    public init(site: String, sourceID: String, source: String, record: MeetingRecord, reports: [Report]) {
        self.site = site
        self.sourceID = sourceID
        self.source = source
        self.record = record
        self.reports = reports
    }
}

/// Writes a migrated meeting in ONE transaction: the meeting record through the importer's writer
/// (idempotent, audited, approved minutes never changed), then each report not stored before
/// (known by site and source id), then the meeting's source. A run stopped at any point leaves
/// whole meetings only; running again changes nothing that is already there.
public struct MigratedMeetingWriter: Sendable {
    public struct Outcome: Sendable, Equatable {
        public var meeting: MeetingImportWriter.Outcome
        public var reportsAdded: Int
    }

    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Writes one migrated meeting, audited as `actor` (default: the importer of `migrated.source`).
    public func write(_ migrated: MigratedMeeting, partnership: String? = nil, as actor: Actor? = nil) async throws -> Outcome {
        let digest = try MeetingImportWriter.digest(of: migrated.record)
        return try await database.write(as: actor ?? .importer(file: migrated.source)) { db in
            let meeting = try MeetingImportWriter.write(
                migrated.record, digest: digest, file: migrated.source,
                partnership: partnership, body: nil, status: .auto, db)
            let meetingID = meeting.meetingID
            var added = 0
            for report in migrated.reports {
                if try Int64.fetchOne(
                    db, sql: "SELECT documentId FROM migratedDocument WHERE site = ? AND sourceId = ?",
                    arguments: [migrated.site, report.sourceID]) != nil
                {
                    continue
                }
                guard
                    let itemID = try Int64.fetchOne(
                        db, sql: "SELECT id FROM agendaItem WHERE meetingId = ? AND position = ?",
                        arguments: [meetingID, report.itemPosition])
                else {
                    throw DomainError.invalid(
                        "report \(report.upload.filename) belongs to item \(report.itemPosition + 1), which the meeting of \(migrated.record.date.iso) does not have"
                    )
                }
                let documentID = try AgendaRows.insertReport(report.upload, to: itemID, published: true, db)
                try db.execute(
                    sql: "INSERT INTO migratedDocument (site, sourceId, documentId) VALUES (?, ?, ?)",
                    arguments: [migrated.site, report.sourceID, documentID])
                added += 1
            }
            try db.execute(
                sql: """
                    INSERT INTO migratedMeeting (site, sourceId, meetingId) VALUES (?, ?, ?)
                    ON CONFLICT(site, sourceId) DO UPDATE SET meetingId = excluded.meetingId WHERE meetingId IS NOT excluded.meetingId
                    """, arguments: [migrated.site, migrated.sourceID, meetingID])
            return Outcome(meeting: meeting, reportsAdded: added)
        }
    }

    /// The source ids (on `site`) of the documents already stored from it: they need not be fetched again.
    public func migratedDocuments(site: String) async throws -> Set<String> {
        try await database.read { db in
            Set(try String.fetchAll(db, sql: "SELECT sourceId FROM migratedDocument WHERE site = ?", arguments: [site]))
        }
    }
}
