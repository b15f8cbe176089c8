import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// The secretariat creates and edits indicators, targets, strategies and the directory in the app;
/// refused forms come back with status 400, the values typed and an error summary linked to fields.
@Suite("Secretariat performance forms")
struct SecretariatFormsTests {
    @Test("indicator definition and a part-year target: errors re-shown, then saved and shown pro rata")
    func indicatorAndTarget() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            let overview = try await secretary.get("/p/riverside/performance")
            #expect(overview.html.contains("/p/riverside/performance/new-indicator"))
            _ = try await secretary.get("/p/riverside/performance/new-indicator")
            let bad = try await secretary.post(
                "/p/riverside/performance/new-indicator",
                [
                    ("code", "Burglary Rate!"), ("name", "Burglary <dwelling>"), ("unit", "count"), ("direction", "down"),
                    ("body", "1"), ("amber", "5"), ("exceptional", "15")
                ])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("There is a problem"))
            #expect(bad.html.contains("href=\"#code\""))
            #expect(bad.html.contains("value=\"Burglary &lt;dwelling&gt;\""))
            #expect(bad.html.contains("<option value=\"down\" selected>"))

            let made = try await secretary.post(
                "/p/riverside/performance/new-indicator",
                [
                    ("code", "dwelling-burglary"), ("name", "Dwelling burglary"), ("unit", "count"), ("direction", "down"),
                    ("owner", "Vale Police"), ("source", "Police recorded crime"), ("body", "1"), ("amber", "5"), ("exceptional", "15"),
                    ("published", "1")
                ])
            #expect(made.status == .seeOther)
            #expect(made.headers[.location] == "/p/riverside/performance/indicators/dwelling-burglary/target")
            let duplicate = try await secretary.post(
                "/p/riverside/performance/new-indicator",
                [
                    ("code", "dwelling-burglary"), ("name", "Again"), ("unit", "count"), ("direction", "down"), ("body", "1"),
                    ("amber", "5"), ("exceptional", "15")
                ])
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.html.contains("already exists"))

            _ = try await secretary.get("/p/riverside/performance/indicators/dwelling-burglary/target")
            let badTarget = try await secretary.post(
                "/p/riverside/performance/indicators/dwelling-burglary/target",
                [
                    ("year", "2024"), ("value", "six hundred"), ("kind", "cumulative"), ("activeFrom", "2023-01")
                ])
            #expect(badTarget.status == .badRequest)
            #expect(badTarget.html.contains("href=\"#value\""))
            #expect(badTarget.html.contains("href=\"#activeFrom\""))
            #expect(badTarget.html.contains("value=\"six hundred\""))
            let target = try await secretary.post(
                "/p/riverside/performance/indicators/dwelling-burglary/target",
                [
                    ("year", "2024"), ("value", "600"), ("kind", "cumulative"), ("activeFrom", "2024-10")
                ])
            #expect(target.status == .seeOther)
            let page = try await secretary.get("/p/riverside/performance/indicators/dwelling-burglary/target")
            #expect(page.html.contains("600 (300 pro rata, from Oct 2024)"))

            _ = try await secretary.get("/p/riverside/performance/indicators/dwelling-burglary/edit")
            let renamed = try await secretary.post(
                "/p/riverside/performance/indicators/dwelling-burglary/edit",
                [
                    ("name", "Burglary of homes"), ("unit", "count"), ("direction", "down"), ("owner", "Vale Police"),
                    ("source", "Police recorded crime"), ("body", "2"), ("amber", "2.5"), ("exceptional", "0")
                ])
            #expect(renamed.status == .seeOther)
            // Unpublished by the edit: the public no longer sees it; the secretariat does, with the new name.
            #expect(try await TestBrowser(client).get("/p/riverside/performance/indicators/dwelling-burglary").status == .notFound)
            #expect(try await secretary.get("/p/riverside/performance/indicators/dwelling-burglary").html.contains("Burglary of homes"))

            // A board member is not the secretariat; the public is sent to sign in.
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get("/p/riverside/performance/new-indicator").status == .forbidden)
            _ = try await member.get("/p/riverside/performance")
            #expect(try await member.post("/p/riverside/performance/new-indicator", [("code", "x"), ("name", "X")]).status == .forbidden)
            #expect(try await TestBrowser(client).get("/p/riverside/performance/new-indicator").status == .seeOther)
        }
        let stored = try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT name, bodyId, amberBasisPoints FROM indicator WHERE code = 'dwelling-burglary'")
                .map { row -> String in "\(row["name"] as String) \(row["bodyId"] as Int64) \(row["amberBasisPoints"] as Int)" }
        }
        #expect(stored == "Burglary of homes 2 250")
        let audited = try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE tableName = 'indicatorTarget' AND actor LIKE 'user:%'")
        }
        #expect(audited == 1)
    }

    @Test("a strategy built in the app: priority, objective, action with lead and milestone, edited, exported, published")
    func strategyAndDeliveryPlan() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/strategies/new")
            let badYears = try await secretary.post(
                "/p/riverside/strategies", [("title", "Safer Riverside"), ("firstYear", "2027"), ("lastYear", "2024")])
            #expect(badYears.status == .badRequest)
            #expect(badYears.html.contains("href=\"#lastYear\""))
            #expect(badYears.html.contains("value=\"Safer Riverside\""))
            let made = try await secretary.post(
                "/p/riverside/strategies", [("title", "Safer Riverside"), ("firstYear", "2024"), ("lastYear", "2027")])
            #expect(made.status == .seeOther)
            let edit = try #require(made.headers[.location])
            let base = String(edit.dropLast("/edit".count))
            _ = try await secretary.get(edit)
            #expect(try await secretary.post(base + "/priorities", [("priorityName", ""), ("prioritySummary", "kept words")]).status == .badRequest)
            _ = try await secretary.get(edit)
            #expect(
                try await secretary.post(base + "/priorities", [("priorityName", "Prevention"), ("prioritySummary", "Stronger together")]).status
                    == .seeOther)
            let withPriority = try await secretary.get(edit)
            #expect(withPriority.html.contains("Prevention"))
            let priorityID = try await database.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM strategyPriority") }
            #expect(
                try await secretary.post(
                    base + "/objectives",
                    [
                        ("objectivePriority", String(try #require(priorityID))),
                        ("objectiveText", "Fewer young people enter the justice system")
                    ]
                ).status == .seeOther)
            let objectiveID = try #require(try await database.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM strategyObjective") })

            _ = try await secretary.get(base + "/actions/new?objective=\(objectiveID)")
            let noLead = try await secretary.post(
                base + "/actions",
                [
                    ("indicatorsListed", "1"), ("objective", String(objectiveID)), ("title", "Mentoring scheme"), ("lead", ""),
                    ("status", "not_started"), ("milestoneTitle", "Mentors recruited"), ("milestoneDue", "2025-02-30"), ("indicator", "1")
                ])
            #expect(noLead.status == .badRequest)
            #expect(noLead.html.contains("href=\"#lead\""))
            #expect(noLead.html.contains("href=\"#milestoneDue\""))
            #expect(noLead.html.contains("value=\"Mentoring scheme\""))
            #expect(noLead.html.contains("id=\"indicator-1\" name=\"indicator\" checked"))
            let added = try await secretary.post(
                base + "/actions",
                [
                    ("indicatorsListed", "1"), ("objective", String(objectiveID)), ("title", "Mentoring scheme"),
                    ("lead", "Youth Justice Service Manager"), ("due", "2025-09-30"), ("status", "not_started"),
                    ("milestoneTitle", "Mentors recruited"), ("milestoneDue", "2025-02-28"), ("indicator", "1")
                ])
            #expect(added.status == .seeOther)
            let actionPage = try #require(added.headers[.location])
            _ = try await secretary.get(actionPage)
            let badStatus = try await secretary.post(
                actionPage,
                [
                    ("indicatorsListed", "1"), ("title", "Mentoring scheme"),
                    ("lead", "YJS Manager"), ("status", "sideways")
                ])
            #expect(badStatus.status == .badRequest)
            #expect(badStatus.html.contains("href=\"#status\""))
            #expect(badStatus.html.contains("value=\"YJS Manager\""))
            _ = try await secretary.get(actionPage)
            #expect(
                try await secretary.post(
                    actionPage,
                    [
                        ("indicatorsListed", "1"), ("title", "Mentoring scheme"), ("lead", "YJS Manager"),
                        ("due", "2025-09-30"), ("status", "off_track"), ("note", "Funding late"),
                        ("indicator", "1")
                    ]
                ).status == .seeOther)
            _ = try await secretary.get(actionPage)
            #expect(
                try await secretary.post(actionPage + "/milestones", [("milestoneTitle", "Panel trained"), ("milestoneDue", "")]).status
                    == .badRequest)
            _ = try await secretary.get(actionPage)
            #expect(
                try await secretary.post(actionPage + "/milestones", [("milestoneTitle", "Panel trained"), ("milestoneDue", "2025-05-01")]).status
                    == .seeOther)

            let csv = try await secretary.get(base + "/plan.csv")
            #expect(csv.status == .ok)
            #expect(
                csv.html.contains(
                    "Prevention,Fewer young people enter the justice system,Mentoring scheme,YJS Manager,2025-09-30,Off track,Funding late,Mentors recruited (due 2025-02-28); Panel trained (due 2025-05-01),First-time entrants"
                ))

            // Draft: not for the public, neither page nor CSV; published: both.
            let anonymous = TestBrowser(client)
            #expect(try await anonymous.get(base).status == .notFound)
            #expect(try await anonymous.get(base + "/plan.csv").status == .notFound)
            _ = try await secretary.get(edit)
            #expect(try await secretary.post(base + "/publish", []).status == .seeOther)
            #expect(try await anonymous.get(base).html.contains("Funding late"))
            #expect(try await anonymous.get(base + "/plan.csv").status == .ok)
        }
    }

    @Test("the outline is put right: priorities and objectives move up and down, and an empty one is removed; one with work under it is not")
    func outlineEditing() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/strategies/new")
            let made = try await secretary.post(
                "/p/riverside/strategies", [("title", "Safer Riverside"), ("firstYear", "2024"), ("lastYear", "2027")])
            let edit = try #require(made.headers[.location])
            let base = String(edit.dropLast("/edit".count))
            for name in ["Prevention", "Enforcement", "Recovery"] {
                _ = try await secretary.get(edit)
                #expect(try await secretary.post(base + "/priorities", [("priorityName", name), ("prioritySummary", "")]).status == .seeOther)
            }
            func ids() async throws -> [Int64] {
                try await database.read { try Int64.fetchAll($0, sql: "SELECT id FROM strategyPriority ORDER BY position") }
            }
            let (prevention, enforcement, recovery) = (try await ids()[0], try await ids()[1], try await ids()[2])
            var page = try await secretary.get(edit)
            #expect(page.html.contains("Move up<span class=\"visually-hidden\"> the priority Recovery</span>"))
            #expect(try await secretary.post(base + "/priorities/\(recovery)/move", [("direction", "up")]).status == .seeOther)
            #expect(try await ids() == [prevention, recovery, enforcement])
            _ = try await secretary.get(edit)
            page = try await secretary.post(base + "/priorities/\(prevention)/move", [("direction", "up")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#priority-\(prevention)\"") && page.html.contains("It is already first"))
            #expect(try await ids() == [prevention, recovery, enforcement])

            _ = try await secretary.get(edit)
            for text in ["Fewer repeat victims", "Faster referrals"] {
                #expect(
                    try await secretary.post(base + "/objectives", [("objectivePriority", String(prevention)), ("objectiveText", text)]).status
                        == .seeOther)
                _ = try await secretary.get(edit)
            }
            let objectives = try await database.read { try Int64.fetchAll($0, sql: "SELECT id FROM strategyObjective ORDER BY position") }
            #expect(try await secretary.post(base + "/objectives/\(objectives[1])/move", [("direction", "up")]).status == .seeOther)
            let reordered = try await database.read { try String.fetchAll($0, sql: "SELECT text FROM strategyObjective ORDER BY position") }
            #expect(reordered == ["Faster referrals", "Fewer repeat victims"])

            // A priority with objectives stays; an empty one goes.
            _ = try await secretary.get(edit)
            page = try await secretary.post(base + "/priorities/\(prevention)/remove", [])
            #expect(page.status == .badRequest && page.html.contains("still has objectives"))
            _ = try await secretary.get(edit)
            #expect(try await secretary.post(base + "/objectives/\(objectives[0])/remove", []).status == .seeOther)
            _ = try await secretary.get(edit)
            #expect(try await secretary.post(base + "/priorities/\(enforcement)/remove", []).status == .seeOther)
            #expect(try await ids() == [prevention, recovery])

            // A member cannot change the outline.
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            _ = try await member.get("/p/riverside/performance")
            #expect(try await member.post(base + "/priorities/\(recovery)/remove", []).status == .forbidden)
        }
        let removals = try await database.read {
            try Int.fetchOne(
                $0, sql: "SELECT count(*) FROM audit WHERE tableName IN ('strategyPriority', 'strategyObjective') AND operation = 'delete'")
        }
        #expect(removals == 2)
    }

    @Test("a directory entry on a seat follows the seat to its next holder; contacts only for signed-in members")
    func directoryFollowsSeat() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/directory/new")
            let bad = try await secretary.post("/p/riverside/directory/new", [("theme", "Domestic abuse"), ("email", "not-an-address")])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("href=\"#seat\""))
            #expect(bad.html.contains("href=\"#email\""))
            #expect(bad.html.contains("value=\"Domestic abuse\""))
            #expect(
                try await secretary.post(
                    "/p/riverside/directory/new",
                    [
                        ("theme", "Domestic abuse"), ("seat", "1"), ("phone", "01632 960 123")
                    ]
                ).status == .seeOther)
            #expect(try await secretary.get("/p/riverside/directory").html.contains("Ada Quill"))
        }
        // The seat changes hands: the directory shows the new holder with no edit.
        var handOver = TestWorld()
        handOver.handOver(1, to: 3, on: "2025-02-01")
        try database.plant(handOver)
        try await app.test(.router) { client in
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            let page = try await member.get("/p/riverside/directory")
            #expect(page.html.contains("Cato Penwright"))
            #expect(!page.html.contains("Ada Quill"))
            #expect(!page.html.contains("/directory/1/edit"))
            let anonymousCSV = try await TestBrowser(client).get("/p/riverside/directory.csv")
            #expect(anonymousCSV.html.contains("Domestic abuse"))
            #expect(!anonymousCSV.html.contains("Cato"))
            #expect(!anonymousCSV.html.contains("01632"))

            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/directory/1/edit")
            #expect(
                try await secretary.post("/p/riverside/directory/1/edit", [("theme", "Domestic abuse and VAWG"), ("seat", ""), ("person", "2")])
                    .status == .seeOther)
            #expect(try await secretary.get("/p/riverside/directory").html.contains("Bram Tollis"))
            _ = try await secretary.get("/p/riverside/directory/1/edit")
            #expect(try await secretary.post("/p/riverside/directory/1/delete", []).status == .seeOther)
            #expect(try await secretary.get("/p/riverside/directory").html.contains("No leads have been listed yet"))
        }
    }

    @Test("risk forms re-show what was typed with an error summary and status 400")
    func riskFormErrors() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/risks/new")
            let bad = try await secretary.post(
                "/p/riverside/risks",
                [
                    ("reference", "R1"), ("title", ""), ("owner", "Head of <Community> Safety"), ("inherentLikelihood", "9"),
                    ("inherentImpact", "4"), ("residualLikelihood", "3"), ("residualImpact", "3"), ("openedOn", "2025-13-01")
                ])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("<title>Error: Add a risk"))
            for field in ["title", "inherentLikelihood", "openedOn"] { #expect(bad.html.contains("href=\"#\(field)\"")) }
            #expect(bad.html.contains("value=\"Head of &lt;Community&gt; Safety\""))
            #expect(bad.html.contains("value=\"2025-13-01\""))
            #expect(bad.html.contains("aria-invalid=\"true\""))
            let good = [
                ("reference", "R1"), ("title", "Analyst post vacant"), ("owner", "Head of Community Safety"),
                ("inherentLikelihood", "4"), ("inherentImpact", "4"), ("residualLikelihood", "3"), ("residualImpact", "3"),
                ("openedOn", "2025-01-10")
            ]
            _ = try await secretary.get("/p/riverside/risks/new")
            #expect(try await secretary.post("/p/riverside/risks", good).status == .seeOther)
            _ = try await secretary.get("/p/riverside/risks/new")
            let duplicate = try await secretary.post("/p/riverside/risks", good)
            #expect(duplicate.status == .badRequest)
            #expect(duplicate.html.contains("already has a risk R1"))

            _ = try await secretary.get("/p/riverside/risks/1/review")
            let badReview = try await secretary.post(
                "/p/riverside/risks/1/review",
                [
                    ("residualLikelihood", "7"), ("residualImpact", "2"), ("reviewedOn", "2024-01-01"), ("note", "Second analyst left")
                ])
            #expect(badReview.status == .badRequest)
            #expect(badReview.html.contains("href=\"#residualLikelihood\""))
            #expect(badReview.html.contains("href=\"#reviewedOn\""))
            #expect(badReview.html.contains("Second analyst left</textarea>"))
            _ = try await secretary.get("/p/riverside/risks/1/review")
            #expect(try await secretary.post("/p/riverside/risks/1/close", [("closedOn", "2025-03-01")]).status == .seeOther)
        }
        let closed = try await database.read { db in try String.fetchOne(db, sql: "SELECT closedOn FROM risk WHERE reference = 'R1'") }
        #expect(closed == "2025-03-01")
    }
}
