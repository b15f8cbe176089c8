import Foundation
import GRDB
import MinutebookCore
@testable import MinutebookStore

/// An invented partnership for search tests: a board with approved, draft and Part 2 minutes,
/// a sub-group, and agendas published and not.
struct SearchFixture {
    let database: AppDatabase
    static let boardID: Int64 = 1
    static let subGroupID: Int64 = 2
    static let approvedMeetingID: Int64 = 10
    static let draftMeetingID: Int64 = 11
    static let scheduledMeetingID: Int64 = 12
    static let olderMeetingID: Int64 = 13

    static func make() throws -> SearchFixture {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-search-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                INSERT INTO partnership (id, slug, name) VALUES (1, 'millbrook', 'Safer Millbrook Partnership');
                INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Safer Millbrook Board', 'board');
                INSERT INTO body (id, partnershipId, slug, name, kind, reportsToBodyId) VALUES (2, 1, 'resilience', 'Resilience Sub-Group', 'sub_group', 1);
                INSERT INTO meeting (id, bodyId, date, municipalYear, status, approvedAt) VALUES
                    (10, 1, '2019-12-10', 2019, 'held', NULL),
                    (11, 1, '2020-03-02', 2019, 'minutes_drafted', NULL),
                    (12, 1, '2020-06-15', 2020, 'scheduled', NULL),
                    (13, 2, '2016-02-01', 2015, 'held', NULL);
                """)
            // Approved minutes are fixed, so the approved meetings' minutes go in before approval.
            try db.execute(sql: """
                INSERT INTO agendaItem (id, meetingId, position, number, title) VALUES (100, 10, 1, '5', 'Emergency Planning Update');
                INSERT INTO minute (id, meetingId, agendaItemId, bodyId, municipalYear, position, number, title, part, text) VALUES
                    (1000, 10, 100, 1, 2019, 1, 41, 'Emergency Planning Update', 1,
                     'The Board noted the report on the winter flood exercise at Harrow Lane depot.'),
                    (1001, 10, NULL, 1, 2019, 2, 42, 'Exempt Contract Matter', 2,
                     'Members discussed the tender from Quillfeather Logistics for the depot.'),
                    (1300, 13, NULL, 2, 2015, 1, 7, 'Exercise Programme', 1,
                     'A tabletop exercise on casualty reception was held with the ambulance trust.');
                INSERT INTO resolution (id, minuteId, position, text) VALUES
                    (5000, 1000, 1, 'An update on the mass casualty exercise is brought to the next meeting.'),
                    (5001, 1000, 2, 'The voluntary sector is invited to take part.');
                """)
            try db.execute(sql: """
                UPDATE meeting SET status = 'minutes_approved', approvedAt = '2020-03-02' WHERE id = 10;
                UPDATE meeting SET status = 'minutes_approved', approvedAt = '2016-05-01' WHERE id = 13;
                INSERT INTO agendaItem (id, meetingId, position, number, title) VALUES (110, 11, 1, '4', 'Knife Crime Reduction Plan');
                INSERT INTO minute (id, meetingId, agendaItemId, bodyId, municipalYear, position, number, title, part, text) VALUES
                    (1100, 11, 110, 1, 2019, 1, 55, 'Knife Crime Reduction Plan', 1,
                     'The draft plan proposes weapon sweeps near Copperfield Park.');
                INSERT INTO agendaItem (id, meetingId, position, number, title) VALUES (120, 12, 1, '3', 'Lantern Festival Safety');
                """)
        }
        return SearchFixture(database: database)
    }

    var repository: GRDBSearchRepository { GRDBSearchRepository(database: database) }

    /// A member sitting on the board (not the sub-group).
    static let boardMember = Audience.account(.init(userID: 7, role: .member, partnershipID: 1, personID: nil,
                                                    memberOfBodyIDs: [boardID]))
    /// An officer of another partnership.
    static let outsider = Audience.account(.init(userID: 8, role: .secretariat, partnershipID: 99, personID: nil,
                                                 memberOfBodyIDs: []))
}
