import Foundation
import GRDB
import MinutebookCore
@testable import MinutebookStore

/// An invented partnership whose board met on 5 December 2022 (minutes 40-49) and meets next on
/// 20 March 2023. Actions hang off minutes 41, 42, 44, 45, 46a, 46b, 47 and 48; those of 45 and 46b
/// were done between meetings. Colin Hart holds the Area Commander seat; Pia Wendt will succeed him.
struct ActionStoreFixture {
    let database: AppDatabase
    let bodyID: Int64 = 1
    let otherBodyID: Int64 = 2
    let december: Int64 = 1
    let march: Int64 = 2
    let seatID: Int64 = 1
    let colin: Int64 = 1
    let pia: Int64 = 2
    let nadia: Int64 = 3
    let ivo: Int64 = 4
    /// Minute id of each number.
    let minutes: [String: Int64] = ["40": 1, "41": 2, "42": 3, "44": 4, "45": 5, "46a": 6, "46b": 7, "47": 8, "48": 9, "49": 10]
    /// Action id of each minute's action.
    let actions: [String: Int64] = ["41": 1, "42": 2, "44": 3, "45": 4, "46a": 5, "46b": 6, "47": 7, "48": 8]

    static func make() throws -> ActionStoreFixture {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-actions-\(UUID().uuidString).sqlite").path
        let fixture = ActionStoreFixture(database: try AppDatabase(path: path))
        try fixture.seed()
        return fixture
    }

    func seed() throws {
        try database.writeSync(as: Actor("test:fixture")) { db in
            try db.execute(sql: """
                INSERT INTO partnership (id, slug, name) VALUES (1, 'riverside', 'Riverside Safety Partnership');
                INSERT INTO organisation (id, partnershipId, name, abbreviation) VALUES (1, 1, 'Riverside Police', 'RP'), (2, 1, 'Riverside Council', 'RC');
                INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Riverside Safety Board', 'board'),
                    (2, 1, 'youth', 'Youth Sub Group', 'sub_group');
                INSERT INTO person (id, partnershipId, fullName, initials, organisationId, email) VALUES
                    (1, 1, 'Colin Hart', 'CH', 1, 'colin.hart@police.example'),
                    (2, 1, 'Pia Wendt', 'PW', 1, 'pia.wendt@police.example'),
                    (3, 1, 'Nadia Okafor', 'NO', 2, 'nadia.okafor@council.example'),
                    (4, 1, 'Ivo Brandt', 'IB', 2, 'ivo.brandt@council.example');
                INSERT INTO seat (id, bodyId, title, organisationId) VALUES (1, 1, 'Area Commander', 1);
                INSERT INTO seatHolding (seatId, personId, startDate) VALUES (1, 1, '2021-06-01');
                INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (1, 1, '2022-12-05', 2022, 'minutes_drafted'),
                    (2, 1, '2023-03-20', 2022, 'scheduled'), (3, 2, '2022-11-01', 2022, 'minutes_drafted');
                """)
            let titles = [("40", "Apologies for Absence"), ("41", "Flood Exercise"), ("42", "Extremism Plan Update"),
                          ("44", "Rehabilitation Company Update"), ("45", "Neighbourhood Board Update"),
                          ("46a", "Offender Management Update"), ("46b", "Youth Sub Group Update"),
                          ("47", "Nuisance Bikes Update"), ("48", "Items for the Next Agenda"), ("49", "Any Other Business")]
            for (position, (number, title)) in titles.enumerated() {
                let n = MinuteNumber(parsing: number) ?? MinuteNumber(0)
                try db.execute(sql: """
                    INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, letter, title, text)
                    VALUES (?, 1, 1, 2022, ?, ?, ?, ?, ?)
                    """, arguments: [minutes[number], position + 1, n.number, n.letter, title, "The Board discussed \(title.lowercased())."])
                if let actionID = actions[number], let minuteID = minutes[number] {
                    try db.execute(sql: "INSERT INTO resolution (id, minuteId, position, text) VALUES (?, ?, 1, ?)",
                                   arguments: [actionID, minuteID, "RESOLVED that the \(title.lowercased()) be followed up."])
                    try db.execute(sql: "INSERT INTO action (id, bodyId, minuteId, resolutionId, text, status) VALUES (?, 1, ?, ?, ?, ?)",
                                   arguments: [actionID, minuteID, actionID, "Follow up \(title)",
                                               number == "45" || number == "46b" ? "done" : "open"])
                }
            }
            // Owners: 41 Nadia and a code nobody matches; 42 Ivo; 44 Nadia; 45 Colin; 46a Ivo; 46b Nadia; 47 Colin (CH); 48 the seat.
            try db.execute(sql: """
                INSERT INTO actionOwner (actionId, personId, code) VALUES (1, 3, 'NO'), (2, 4, 'IB'), (3, 3, 'NO'), (4, 1, 'CH'),
                    (5, 4, 'IB'), (6, 3, 'NO'), (7, 1, 'CH');
                INSERT INTO actionOwner (actionId, code) VALUES (1, 'QX');
                INSERT INTO actionOwner (actionId, seatId) VALUES (8, 1);
                -- A Part 2 minute of the sub-group with a secret action: never in the board's report.
                INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text)
                    VALUES (20, 3, 2, 2022, 1, 7, 'Exempt Case Review', 2, 'SECRET-CASE-DETAIL');
                INSERT INTO action (id, bodyId, minuteId, text, status) VALUES (20, 2, 20, 'SECRET-ACTION about a named family', 'open');
                INSERT INTO actionOwner (actionId, personId) VALUES (20, 1);
                """)
        }
    }

    static let clerk = ActionEditor(auditName: "user:9:clerk@riverside.example", displayName: "Sam Clerk")
    static let secretariat = Audience.account(.init(userID: 9, role: .secretariat, partnershipID: 1, personID: nil, memberOfBodyIDs: []))
}
