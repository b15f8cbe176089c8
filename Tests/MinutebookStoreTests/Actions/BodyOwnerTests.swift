import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import Testing

@testable import MinutebookStore

/// An action owned by "the Group" or "All" is the body's, printed by its name, never as a person
/// called "Group" (issue 24, item 12).
@Suite("Actions owned by a whole body")
struct BodyOwnerTests {
    typealias F = ActionStoreFixture

    @Test("'Group' and 'the Group' owners read as the body, in Matters Arising, the tracker and the meeting page")
    func bodyOwner() async throws {
        let f = try F.make()
        var w = TestWorld()
        w.owner(of: 3, code: "Group")
        w.owner(of: 5, freeText: "the Group")
        try f.database.plant(w)
        try await f.database.write(as: .system) { db in
            try db.execute(sql: "DELETE FROM actionOwner WHERE actionId IN (3, 5) AND personId IS NOT NULL")
        }
        let repository = GRDBActionRepository(database: f.database)
        let matters = GRDBMattersArisingRepository(database: f.database)
        let march = try #require(LocalDate(iso: "2023-03-20"))
        let report = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: F.secretariat)
        let rehab = try #require(report.entries.first { $0.minute?.text == "44" })
        #expect(rehab.owners == ["Riverside Safety Board"])
        #expect(rehab.update == "Awaiting update from Riverside Safety Board.")
        let tracked = try #require(try await repository.action(id: 5, in: 1, audience: F.secretariat))
        #expect(tracked.owners.map(\.bodyID) == [f.bodyID])
        #expect(tracked.owners.first?.isUnmatched == false)

        let detail = try #require(try await GRDBMeetingRepository(database: f.database).meetingDetail(id: 1, audience: F.secretariat))
        let owners = detail.minutes.flatMap(\.actions).first { $0.action.id == 3 }?.owners
        #expect(owners?.map(\.name) == ["Riverside Safety Board"])
        #expect(owners?.map(\.displayCode) == ["Group"])
    }

    @Test(
        "the words that name the whole body",
        arguments: zip(
            ["Group", "the Group", "ALL", "all members", "Board", "Groupie", "Group Manager", "CH"],
            [true, true, true, true, true, false, false, false]))
    func words(_ text: String, _ whole: Bool) {
        #expect(ActionOwner.namesWholeBody(text) == whole)
    }
}
