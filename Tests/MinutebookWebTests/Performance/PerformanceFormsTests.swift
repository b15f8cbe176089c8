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

/// The accounts fixture plus: the youth group reports to the board (its police lead the chair, when said), the
/// board meets on `date` (in three weeks, unless said) with its agenda published, the youth group counts
/// first-time entrants (indicator 1).
func seedReporting(
    _ database: AppDatabase, meetingOn date: LocalDate = Today.date.adding(days: 21), youthLead: SeatRole = .member
) async throws -> (Fixture.Accounts, meetingDate: LocalDate) {
    var world = Fixture.world(youthReportsToBoard: true, youthLead: youthLead)
    world.meeting(of: 1, on: date.iso, status: .agendaPublished, id: 1)
    world.indicator("First-time entrants", code: "first-time-entrants", body: 2, in: 1)
    return (try await Fixture.seed(database, world: world), date)
}

@Suite("Performance forms")
struct PerformanceFormsTests {
    @Test("a sub-group report goes from the chair's form to the board's agenda to a resolution")
    func reportToResolution() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let chair = TestBrowser(client)
            try await chair.signIn(accounts.otherMember, Fixture.password)
            let form = try await chair.get("/p/riverside/bodies/youth/report")
            #expect(form.status == .ok)
            #expect(form.html.contains("Action for the partnership"))

            // Filing without an author: 400, summary linked to the field, values kept.
            let bad = try await chair.post(
                "/p/riverside/bodies/youth/report",
                [
                    ("author", ""), ("operationalUpdate", "Diversion panel met <twice>."), ("action", "file"),
                    ("actionsForPartnership", "Support the mentoring bid\nNote the new panel")
                ])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("There is a problem"))
            #expect(bad.html.contains("href=\"#author\""))
            #expect(bad.html.contains("Diversion panel met &lt;twice&gt;."))

            let filed = try await chair.post(
                "/p/riverside/bodies/youth/report",
                [
                    ("author", "Bram Tollis"), ("operationalUpdate", "Diversion panel met twice."), ("action", "file"),
                    ("actionsForPartnership", "Support the mentoring bid\nNote the new panel")
                ])
            #expect(filed.status == .seeOther)
            let location = try #require(filed.headers[.location])
            #expect(location.hasPrefix("/p/riverside/reports/"))

            // Filed but not on the agenda: not public.
            let anonymous = TestBrowser(client)
            #expect(try await anonymous.get(location).status == .notFound)
            // A board member who is not the secretariat cannot move it on.
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            _ = try await member.get(location)
            #expect(try await member.post(location + "/agenda", []).status == .forbidden)

            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            let view = try await secretary.get(location)
            #expect(view.html.contains("Put on the board's agenda"))
            #expect(try await secretary.post(location + "/agenda", []).status == .seeOther)

            // On the published agenda it is public, with its proposed resolutions.
            let published = try await anonymous.get(location)
            #expect(published.status == .ok)
            #expect(published.html.contains("RESOLVED that the Partnership support the mentoring bid."))
            #expect(!published.html.contains("Record resolutions"))

            _ = try await secretary.get(location)
            let resolved = try await secretary.post(location + "/resolutions", [("adopt", "0"), ("other", "RESOLVED that the update be noted.")])
            #expect(resolved.status == .seeOther)
        }
        let resolutions = try await database.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT r.text FROM resolution r JOIN minute m ON m.id = r.minuteId
                    JOIN agendaItem a ON a.id = m.agendaItemId WHERE a.title = 'Youth Justice Group update' ORDER BY r.position
                    """)
        }
        #expect(resolutions == ["RESOLVED that the Partnership support the mentoring bid.", "RESOLVED that the update be noted."])
        let actors = try await database.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT actor FROM audit WHERE tableName IN ('subGroupReport', 'resolution') ORDER BY actor")
        }
        #expect(actors.allSatisfy { $0.hasPrefix("user:") })
    }

    @Test("someone outside the sub-group cannot fill its report")
    func outsider() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let officer = TestBrowser(client)
            try await officer.signIn(accounts.officer, Fixture.password)
            #expect(try await officer.get("/p/riverside/bodies/youth/report").status == .forbidden)
            let anonymous = TestBrowser(client)
            #expect(try await anonymous.get("/p/riverside/bodies/youth/report").status == .seeOther)
        }
    }

    @Test("pasted figures with a bad row are refused with the line and nothing is imported; good ones import")
    func importForm() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            #expect(try await secretary.get("/p/riverside/performance/import").status == .ok)
            let bad = try await secretary.post(
                "/p/riverside/performance/import",
                [
                    ("csv", "indicator,period,value\nfirst-time-entrants,Q1 2030/31,4\nfirst-time-entrants,Q2 2030/31,four\n")
                ])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("Nothing was imported: line 3: &#39;four&#39; is not a number"))
            #expect(bad.html.contains("href=\"#csv\""))
            let count = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM indicatorActual") }
            #expect(count == 0)
            _ = try await secretary.get("/p/riverside/performance/import")
            let good = try await secretary.post(
                "/p/riverside/performance/import",
                [
                    ("csv", "indicator,period,value\nfirst-time-entrants,Q1 2030/31,4\nfirst-time-entrants,Q2 2030/31,6\n")
                ])
            #expect(good.status == .seeOther)
            #expect(good.headers[.location] == "/p/riverside/performance/import?imported=2")

            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get("/p/riverside/performance/import").status == .forbidden)
        }
    }

    @Test("the secretariat reviews a risk and the register shows the change; members see the register, the public does not")
    func riskReview() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/risks")
            let added = try await secretary.post(
                "/p/riverside/risks",
                [
                    ("reference", "R1"), ("title", "Analyst post vacant"), ("owner", "Head of Community Safety"),
                    ("inherentLikelihood", "4"), ("inherentImpact", "4"), ("residualLikelihood", "3"), ("residualImpact", "3"),
                    ("openedOn", "2025-01-10")
                ])
            #expect(added.status == .seeOther)
            let register = try await secretary.get("/p/riverside/risks")
            #expect(register.html.contains("3 × 3 = 9 (High)"))
            let badScore = try await secretary.post("/p/riverside/risks/1/review", [("residualLikelihood", "7"), ("residualImpact", "2")])
            #expect(badScore.status == .badRequest)
            _ = try await secretary.get("/p/riverside/risks")
            let reviewed = try await secretary.post(
                "/p/riverside/risks/1/review",
                [
                    ("residualLikelihood", "4"), ("residualImpact", "5"), ("note", "Second analyst left")
                ])
            #expect(reviewed.status == .seeOther)
            #expect(try await secretary.get("/p/riverside/risks").html.contains("4 × 5 = 20 (Severe)"))
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            let seen = try await member.get("/p/riverside/risks")
            #expect(seen.status == .ok)
            #expect(!seen.html.contains("Add the risk"))
            #expect(try await TestBrowser(client).get("/p/riverside/risks").status == .forbidden)
        }
    }

    @Test("a sub-group escalates a decision and an indicator onto the board's next agenda through the forward plan")
    func escalation() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let chair = TestBrowser(client)
            try await chair.signIn(accounts.otherMember, Fixture.password)
            _ = try await chair.get("/p/riverside/performance/indicators/first-time-entrants")
            #expect(chair.lastCSRF != nil)
            let kpi = try await chair.post("/p/riverside/performance/indicators/first-time-entrants/escalate", [])
            #expect(kpi.status == .seeOther)
            let decision = try await chair.post("/p/riverside/bodies/youth/escalate", [("decision", "Ask the board to fund a second panel")])
            #expect(decision.status == .seeOther)
            let outsider = TestBrowser(client)
            try await outsider.signIn(accounts.officer, Fixture.password)
            _ = try await outsider.get("/p/riverside/performance")
            #expect(try await outsider.post("/p/riverside/bodies/youth/escalate", [("decision", "x")]).status == .forbidden)
        }
        let items = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT title, status, targetMeetingId FROM forwardPlanItem WHERE bodyId = 1 ORDER BY id")
                .map { ($0["title"] as String, $0["status"] as String, $0["targetMeetingId"] as Int64?) }
        }
        #expect(
            items.map(\.0) == [
                "Indicator escalated by Youth Justice Group: First-time entrants",
                "Escalated by Youth Justice Group: Ask the board to fund a second panel"
            ])
        #expect(items.allSatisfy { $0.1 == "scheduled" && $0.2 == 1 })
        let onAgenda = try await database.read { db in
            try String.fetchAll(db, sql: "SELECT title FROM agendaItem WHERE meetingId = 1 ORDER BY position")
        }
        #expect(onAgenda.contains("Escalated by Youth Justice Group: Ask the board to fund a second panel"))
    }
}
