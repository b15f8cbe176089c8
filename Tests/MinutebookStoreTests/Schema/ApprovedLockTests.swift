import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// Everything that belongs to an approved meeting is fixed by the schema itself, for every kind of
/// statement (INSERT, UPDATE, DELETE, REPLACE, cascades), except what the product still does to an
/// approved meeting on purpose: corrections as new notes, action progress, new pack versions.
@Suite("Approved meetings are locked in the schema")
struct ApprovedLockTests {
    static let digest = String(repeating: "a", count: 64)

    /// Meeting 1 (approved) with an agenda item and its report, attendance, a minute with a
    /// resolution and an action (owner, update), a correction and a pack; meeting 2 is a draft.
    func approvedMeeting() throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        try database.writeSync(as: .system) { db in
            try db.execute(
                sql: """
                    INSERT INTO partnership (id, slug, name) VALUES (1, 'sample', 'Sample Partnership');
                    INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Board', 'board');
                    INSERT INTO person (id, partnershipId, fullName) VALUES (1, 1, 'Ada Example');
                    INSERT INTO meeting (id, bodyId, date, municipalYear) VALUES (1, 1, '2017-12-19', 2017);
                    INSERT INTO meeting (id, bodyId, date, municipalYear) VALUES (2, 1, '2018-03-26', 2017);
                    INSERT INTO agendaItem (id, meetingId, position, title) VALUES (1, 1, 0, 'Performance');
                    INSERT INTO document (id, partnershipId, meetingId, agendaItemId, title, filename, mediaType, byteCount, sha256)
                        VALUES (1, 1, 1, 1, 'Performance report', 'r.pdf', 'application/pdf', 1, '\(Self.digest)');
                    INSERT INTO attendance (id, meetingId, personId, name, status) VALUES (1, 1, 1, 'Ada Example', 'present');
                    INSERT INTO minute (id, meetingId, agendaItemId, bodyId, municipalYear, position, number, title)
                        VALUES (1, 1, 1, 1, 2017, 1, 175, 'Performance');
                    INSERT INTO resolution (id, minuteId, position, text) VALUES (1, 1, 1, 'The Board noted the report.');
                    INSERT INTO action (id, bodyId, minuteId, text) VALUES (1, 1, 1, 'Circulate the figures');
                    INSERT INTO actionOwner (id, actionId, code) VALUES (1, 1, 'AE');
                    INSERT INTO actionUpdate (id, actionId, text) VALUES (1, 1, 'Started');
                    UPDATE meeting SET status = 'minutes_approved', approvedAt = '2018-03-26', approvedAtMeetingId = 2,
                        approvalNote = 'agreed as a true record' WHERE id = 1;
                    INSERT INTO minuteCorrection (id, minuteId, text) VALUES (1, 1, 'The figure in 175 was 12, not 21.');
                    """)
        }
        return database
    }

    func snapshot(_ database: AppDatabase) throws -> String {
        try database.writer.read { db in
            try [
                "meeting", "agendaItem", "document", "attendance", "minute", "resolution", "minuteCorrection", "action",
                "actionUpdate"
            ].map { table in
                try String.fetchOne(
                    db,
                    sql: "SELECT group_concat(json, '|') FROM (SELECT quote(t.rowid) || ':' || "
                        + "(SELECT group_concat(quote(x.id)) FROM \"\(table)\" x) AS json FROM \"\(table)\" t)") ?? ""
            }.joined(separator: "\n")
                + (try String.fetchOne(
                    db,
                    sql: """
                        SELECT group_concat(text) FROM (SELECT text FROM minute UNION ALL SELECT title FROM agendaItem
                        UNION ALL SELECT text FROM resolution UNION ALL SELECT text FROM action UNION ALL SELECT name FROM attendance
                        UNION ALL SELECT text FROM minuteCorrection UNION ALL SELECT text FROM actionUpdate
                        UNION ALL SELECT coalesce(approvalNote, '') || approvedAt || date FROM meeting)
                        """) ?? "")
        }
    }

    @Test(
        "every kind of change to an approved meeting's record is refused and leaves it whole",
        arguments: [
            // attendance, including the INSERT that used to pass
            "INSERT INTO attendance (meetingId, name, status) VALUES (1, 'Late Arrival', 'present')",
            "UPDATE attendance SET status = 'apologies' WHERE id = 1",
            "DELETE FROM attendance WHERE id = 1",
            "REPLACE INTO attendance (id, meetingId, name, status) VALUES (1, 2, 'Moved Away', 'present')",
            // minutes and resolutions, including REPLACE into another meeting
            "REPLACE INTO minute (id, meetingId, bodyId, municipalYear, position, number, title) VALUES (1, 2, 1, 2017, 1, 176, 'Gone')",
            "REPLACE INTO minute (meetingId, bodyId, municipalYear, position, number, title) VALUES (2, 1, 2017, 1, 175, 'Same number')",
            "UPDATE minute SET meetingId = 2 WHERE id = 1",
            "INSERT INTO resolution (minuteId, position, text) VALUES (1, 2, 'Added later')",
            "UPDATE resolution SET text = 'Rewritten' WHERE id = 1",
            "REPLACE INTO resolution (id, minuteId, position, text) VALUES (1, 1, 1, 'Rewritten')",
            // corrections are notes: added, never changed
            "UPDATE minuteCorrection SET text = 'Quietly changed' WHERE id = 1",
            "DELETE FROM minuteCorrection WHERE id = 1",
            // actions: the recorded text and links are fixed; the history is append-only
            "UPDATE action SET text = 'Something else' WHERE id = 1",
            "DELETE FROM action WHERE id = 1",
            "INSERT INTO action (bodyId, minuteId, text) VALUES (1, 1, 'Invented afterwards')",
            "UPDATE actionUpdate SET text = 'Never started' WHERE id = 1",
            "DELETE FROM actionUpdate WHERE id = 1",
            // the agenda and its papers
            "INSERT INTO agendaItem (meetingId, position, title) VALUES (1, 5, 'Added afterwards')",
            "UPDATE agendaItem SET position = 9 WHERE id = 1",
            "DELETE FROM agendaItem WHERE id = 1",
            "INSERT INTO document (partnershipId, meetingId, agendaItemId, title, filename, mediaType, byteCount, sha256, version) VALUES (1, 1, 1, 'v2', 'r2.pdf', 'application/pdf', 1, '\(digest)', 2)",
            "UPDATE document SET filename = 'other.pdf' WHERE id = 1",
            "DELETE FROM document WHERE id = 1",
            // the meeting: approval details, date, status, and deletion with its cascades
            "UPDATE meeting SET approvalNote = 'not agreed' WHERE id = 1",
            "UPDATE meeting SET approvedAt = '2019-01-01' WHERE id = 1",
            "UPDATE meeting SET date = '2017-12-20' WHERE id = 1",
            "DELETE FROM meeting WHERE id = 1",
            "DELETE FROM meeting WHERE id = 2",
            "DELETE FROM body WHERE id = 1",
            "DELETE FROM partnership WHERE id = 1",
            "REPLACE INTO meeting (id, bodyId, date, municipalYear) VALUES (1, 1, '2017-12-19', 2017)"
        ])
    func refused(_ sql: String) throws {
        let database = try approvedMeeting()
        let before = try snapshot(database)
        let error = #expect(throws: DomainError.self) {
            try database.writeSync(as: .system) { try $0.execute(sql: sql) }
        }
        #expect(error?.kind == .conflict)
        #expect(try snapshot(database) == before)
    }

    @Test(
        "what the product still does to an approved meeting keeps working",
        arguments: [
            "INSERT INTO minuteCorrection (minuteId, text) VALUES (1, 'A second correction')",
            "UPDATE action SET status = 'done', closedAt = '2018-05-01T10:00:00Z' WHERE id = 1",
            "UPDATE action SET dueDate = '2018-09-30' WHERE id = 1",
            "INSERT INTO actionUpdate (actionId, text, statusFrom, statusTo) VALUES (1, 'Figures sent', 'open', 'done')",
            "UPDATE actionOwner SET code = 'BX' WHERE id = 1",
            "INSERT INTO document (partnershipId, meetingId, title, filename, mediaType, byteCount, sha256, version, isPublished) VALUES (1, 1, 'Agenda pack', 'p.pdf', 'application/pdf', 1, '\(digest)', 2, 1)",
            "UPDATE document SET isPublished = 1 WHERE id = 1",
            "UPDATE meeting SET packIssuedAt = '2018-01-02' WHERE id = 1",
            "DELETE FROM person WHERE id = 1",
            "DELETE FROM minute WHERE meetingId = 2"
        ])
    func allowed(_ sql: String) throws {
        let database = try approvedMeeting()
        try database.writeSync(as: .system) { try $0.execute(sql: sql) }
    }

    @Test("a REPLACE of a draft row leaves its audit delete row, like a DELETE")
    func replaceIsAudited() throws {
        let database = try approvedMeeting()
        try database.writeSync(as: .system) { db in
            try db.execute(
                sql: """
                    INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title) VALUES (7, 2, 1, 2017, 1, 180, 'Draft');
                    REPLACE INTO minute (id, meetingId, bodyId, municipalYear, position, number, title) VALUES (7, 2, 1, 2017, 1, 180, 'Redrafted');
                    """)
        }
        let operations = try database.writer.read { try Audit.history(of: "minute", rowID: 7, $0).map(\.operation) }
        #expect(operations == ["insert", "delete", "insert"])
    }
}
