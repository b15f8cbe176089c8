import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport

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
        try database.plant(world)
        return SearchFixture(database: database)
    }

    /// The partnership as governance; approved minutes are fixed, so the approved meetings' minutes go in before approval.
    static var world: TestWorld {
        var w = TestWorld()
        let millbrook = w.partnership("Safer Millbrook Partnership", slug: "millbrook", id: 1)
        let board = w.body("Safer Millbrook Board", slug: "board", in: millbrook, id: boardID)
        let resilience = w.body("Resilience Sub-Group", slug: "resilience", kind: .subGroup, reportsTo: board, in: millbrook, id: subGroupID)
        let approved = w.meeting(of: board, on: "2019-12-10", status: .held, id: approvedMeetingID)
        let draft = w.meeting(of: board, on: "2020-03-02", status: .minutesDrafted, id: draftMeetingID)
        let scheduled = w.meeting(of: board, on: "2020-06-15", id: scheduledMeetingID)
        let older = w.meeting(of: resilience, on: "2016-02-01", status: .held, id: olderMeetingID)
        let planning = w.item("Emergency Planning Update", on: approved, number: "5", id: 100)
        let planningMinute = w.minute(
            "Emergency Planning Update", number: 41,
            text: "The Board noted the report on the winter flood exercise at Harrow Lane depot.",
            of: approved, item: planning, id: 1000)
        w.minute(
            "Exempt Contract Matter", number: 42, text: "Members discussed the tender from Quillfeather Logistics for the depot.",
            part: .two, of: approved, id: 1001)
        w.minute(
            "Exercise Programme", number: 7, text: "A tabletop exercise on casualty reception was held with the ambulance trust.",
            of: older, id: 1300)
        w.resolution("An update on the mass casualty exercise is brought to the next meeting.", of: planningMinute, id: 5000)
        w.resolution("The voluntary sector is invited to take part.", of: planningMinute, id: 5001)
        w.approve(approved, on: "2020-03-02")
        w.approve(older, on: "2016-05-01")
        let knifeCrime = w.item("Knife Crime Reduction Plan", on: draft, number: "4", id: 110)
        w.minute(
            "Knife Crime Reduction Plan", number: 55, text: "The draft plan proposes weapon sweeps near Copperfield Park.",
            of: draft, item: knifeCrime, id: 1100)
        w.item("Lantern Festival Safety", on: scheduled, number: "3", id: 120)
        return w
    }

    var repository: GRDBSearchRepository { GRDBSearchRepository(database: database) }

    /// A member sitting on the board (not the sub-group).
    static let boardMember = Audience.account(
        .init(
            userID: 7, role: .member, partnershipID: 1, personID: nil,
            memberOfBodyIDs: [boardID]))
    /// An officer of another partnership.
    static let outsider = Audience.account(
        .init(
            userID: 8, role: .secretariat, partnershipID: 99, personID: nil,
            memberOfBodyIDs: []))
}
