import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// A performance report put on a board agenda that is already published joins it as a supplementary
/// item, and the secretariat is told so in the confirmation (issue 24, item 10).
@Suite("Escalations into a published agenda")
struct EscalationSupplementaryTests {
    static let everything = Audience.account(.init(userID: 0, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))

    @Test(
        "into a published agenda: supplementary, and the banner says the agenda was already published",
        arguments: [("agenda_published", true), ("scheduled", false)])
    func placed(_ status: String, _ supplementary: Bool) async throws {
        let (app, database) = try makeTestApp()
        let (accounts, date) = try await seedReporting(database)
        try await database.write(as: .system) { db in
            try db.execute(sql: "UPDATE meeting SET status = ? WHERE id = 1", arguments: [status])
        }
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/performance")
            let placed = try await secretary.post("/p/riverside/performance/agenda", [("kind", "indicators")])
            #expect(placed.status == .seeOther)
            let location = try #require(placed.headers[.location])
            let banner = try await secretary.get(location)
            #expect(banner.status == .ok)
            #expect(banner.html.contains("already published") == supplementary)
            #expect(banner.html.contains("joins it as a supplementary item") == supplementary)
            #expect(banner.html.contains("meeting on \(date.long): the pack will carry it") == !supplementary)
        }
        let agenda = try #require(try await GRDBAgendaRepository(database: database).agenda(of: 1, audience: Self.everything))
        let item = try #require(agenda.entries.first { $0.item.title == PerformanceAgendaReport.Kind.indicators.defaultTitle })
        #expect(item.isSupplementary == supplementary)
    }
}
