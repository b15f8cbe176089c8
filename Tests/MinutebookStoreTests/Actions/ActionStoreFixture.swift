import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport

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
        try database.plant(world)
    }

    /// The partnership as governance.
    var world: TestWorld {
        var w = TestWorld()
        let riverside = w.partnership("Riverside Safety Partnership", slug: "riverside", id: 1)
        let police = w.organisation("Riverside Police", abbreviation: "RP", in: riverside, id: 1)
        let council = w.organisation("Riverside Council", abbreviation: "RC", in: riverside, id: 2)
        let board = w.body("Riverside Safety Board", slug: "board", in: riverside, id: bodyID)
        let youth = w.body("Youth Sub Group", slug: "youth", kind: .subGroup, in: riverside, id: otherBodyID)
        let colinHart = w.person("Colin Hart", initials: "CH", organisation: police, email: "colin.hart@police.example", in: riverside, id: colin)
        w.person("Pia Wendt", initials: "PW", organisation: police, email: "pia.wendt@police.example", in: riverside, id: pia)
        let nadiaOkafor = w.person(
            "Nadia Okafor", initials: "NO", organisation: council, email: "nadia.okafor@council.example", in: riverside,
            id: nadia)
        let ivoBrandt = w.person("Ivo Brandt", initials: "IB", organisation: council, email: "ivo.brandt@council.example", in: riverside, id: ivo)
        let seat = w.seat("Area Commander", on: board, organisation: police, id: seatID)
        w.holding(seat, by: colinHart, from: "2021-06-01")
        let decemberMeeting = w.meeting(of: board, on: "2022-12-05", status: .minutesDrafted, id: december)
        w.meeting(of: board, on: "2023-03-20", id: march)
        let youthMeeting = w.meeting(of: youth, on: "2022-11-01", status: .minutesDrafted, id: 3)
        let titles = [
            ("40", "Apologies for Absence"), ("41", "Flood Exercise"), ("42", "Extremism Plan Update"),
            ("44", "Rehabilitation Company Update"), ("45", "Neighbourhood Board Update"),
            ("46a", "Offender Management Update"), ("46b", "Youth Sub Group Update"),
            ("47", "Nuisance Bikes Update"), ("48", "Items for the Next Agenda"), ("49", "Any Other Business")
        ]
        for (number, title) in titles {
            let n = MinuteNumber(parsing: number) ?? MinuteNumber(0)
            let minute = w.minute(
                title, number: n.number, letter: n.letter, text: "The Board discussed \(title.lowercased()).",
                of: decemberMeeting, id: minutes[number])
            if let actionID = actions[number] {
                let resolution = w.resolution("RESOLVED that the \(title.lowercased()) be followed up.", of: minute, id: actionID)
                w.action(
                    "Follow up \(title)", body: board, minute: minute, resolution: resolution,
                    status: number == "45" || number == "46b" ? .done : .open, id: actionID)
            }
        }
        // Owners: 41 Nadia and a code nobody matches; 42 Ivo; 44 Nadia; 45 Colin; 46a Ivo; 46b Nadia; 47 Colin (CH); 48 the seat.
        for (minute, person, code) in [
            ("41", nadiaOkafor, "NO"), ("42", ivoBrandt, "IB"), ("44", nadiaOkafor, "NO"), ("45", colinHart, "CH"),
            ("46a", ivoBrandt, "IB"), ("46b", nadiaOkafor, "NO"), ("47", colinHart, "CH")
        ] {
            w.owner(of: actions[minute] ?? 0, person: person, code: code)
        }
        w.owner(of: actions["41"] ?? 0, code: "QX")
        w.owner(of: actions["48"] ?? 0, seat: seat)
        // A Part 2 minute of the sub-group with a secret action: never in the board's report.
        let exempt = w.minute("Exempt Case Review", number: 7, text: "SECRET-CASE-DETAIL", part: .two, of: youthMeeting, id: 20)
        let secret = w.action("SECRET-ACTION about a named family", body: youth, minute: exempt, id: 20)
        w.owner(of: secret, person: colinHart)
        return w
    }

    static let clerk = ActionEditor(auditName: "user:9:clerk@riverside.example", displayName: "Sam Clerk")
    static let secretariat = Audience.account(.init(userID: 9, role: .secretariat, partnershipID: 1, personID: nil, memberOfBodyIDs: []))
}
