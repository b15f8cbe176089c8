import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// Issue 24 item 1: an indicator a sub-group escalates becomes the board's agenda item with content:
/// the pack carries the escalation note, the indicator's figures and its chart, not "no report".
@Suite("An escalated indicator in the pack")
struct EscalatedIndicatorPackTests {
    @Test("escalating an indicator puts its note, figures and chart into both editions of the pack")
    func escalatedIndicatorCarriesItsFigures() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        let year = PerformanceYear(containing: YearMonth(Today.date))
        var world = try database.world()
        world.target(of: 1, yearStart: year.start.iso, 120)
        world.actual(of: 1, month: year.start.iso, 14)
        try database.plant(world)
        try await app.test(.router) { client in
            let chair = TestBrowser(client)
            try await chair.signIn(accounts.otherMember, Fixture.password)
            _ = try await chair.get("/p/riverside/performance/indicators/first-time-entrants")
            #expect(try await chair.post("/p/riverside/performance/indicators/first-time-entrants/escalate", []).status == .seeOther)
        }
        let everything = Audience.account(.init(userID: 0, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))
        let agenda = try #require(try await GRDBAgendaRepository(database: database).agenda(of: 1, audience: everything))
        let item = try #require(agenda.entries.first { $0.item.title == "Indicator escalated by Youth Justice Group: First-time entrants" })
        for edition in [PackEdition.members, .public] {
            let fragments = try await PerformancePackSection.fragments(for: agenda, edition: edition, repositories: .sqlite(database))
            let paper = try #require(fragments[item.id], "\(edition)")
            #expect(paper.contains("Escalated to the board by Youth Justice Group."))
            #expect(paper.contains("Escalation note"))
            #expect(paper.contains("expected"))
            #expect(paper.contains("First-time entrants"))
            #expect(paper.contains("<svg"))
        }
    }
}
