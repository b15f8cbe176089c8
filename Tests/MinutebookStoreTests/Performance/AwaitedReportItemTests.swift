import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import Testing

@testable import MinutebookStore

/// Issue 24 item 1: a sub-group's filed report put on the board's agenda fills the item the agenda
/// already awaits from that sub-group, instead of adding a new (supplementary) item beside it.
@Suite("A sub-group report fills its awaited agenda item")
struct AwaitedReportItemTests {
    func filedReport(_ seed: PerformanceSeed, author: String = "Morwenna Trelawny") async throws -> SubGroupReport {
        let repo = GRDBSubGroupReportRepository(database: seed.database)
        let draft = SubGroupReport(
            id: 0, bodyID: seed.subGroupID, meetingID: seed.meetingID, author: author,
            operationalUpdate: "Two new outreach workers started.", actionsForPartnership: ["Note the new referral form"])
        let saved = try await repo.saveDraft(draft, by: .tool("user:9"))
        try await repo.file(reportID: saved.id, on: LocalDate(year: 2031, month: 3, day: 7) ?? seed.meetingDate, by: .tool("user:9"))
        return saved
    }

    @Test("the awaited 'Domestic Abuse Sub-group update' item is filled, on a published agenda too; no item is added")
    func fillsAwaited() async throws {
        var world = PerformanceSeed.world(meeting: .agendaPublished)
        world.item("Reports from sub-groups", on: 1, number: "6", id: 70)
        world.item("Domestic Abuse Sub-group update", on: 1, number: "6a", level: 1, expectsReport: true, id: 71)
        world.item("Any other business", on: 1, number: "7", id: 72)
        let seed = try PerformanceSeed(world: world)
        let report = try await filedReport(seed)
        let itemID = try await GRDBSubGroupReportRepository(database: seed.database).placeOnAgenda(reportID: report.id, by: .tool("user:1"))
        #expect(itemID == 71)
        let items = try await seed.database.read { db in
            try Row.fetchAll(db, sql: "SELECT number, title, isSupplementary, leadOfficer FROM agendaItem WHERE meetingId = 1 ORDER BY position")
                .map {
                    "\($0["number"] as String? ?? "")|\($0["title"] as String)|\($0["isSupplementary"] as Bool)|\($0["leadOfficer"] as String? ?? "")"
                }
        }
        #expect(
            items == ["6|Reports from sub-groups|false|", "6a|Domestic Abuse Sub-group update|false|Morwenna Trelawny", "7|Any other business|false|"]
        )
        let stored = try #require(try await GRDBSubGroupReportRepository(database: seed.database).report(id: report.id))
        #expect(stored.status == .onAgenda && stored.agendaItemID == 71)
    }

    @Test("without an awaited item the report gets an item of its own")
    func addsWhenNoneAwaited() async throws {
        let seed = try PerformanceSeed()
        let report = try await filedReport(seed)
        let itemID = try await GRDBSubGroupReportRepository(database: seed.database).placeOnAgenda(reportID: report.id, by: .tool("user:1"))
        let title = try await seed.database.read { try String.fetchOne($0, sql: "SELECT title FROM agendaItem WHERE id = ?", arguments: [itemID]) }
        #expect(title == "Domestic Abuse Sub-group update")
    }
}
