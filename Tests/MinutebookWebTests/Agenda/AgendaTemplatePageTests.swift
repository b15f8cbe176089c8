import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("Standing items and forward plan pages")
struct AgendaTemplatePageTests {
    static let template = "/p/riverside/bodies/board/agenda-template"

    @Test("the secretariat adds, saves, reorders and removes standing items; refused forms keep their values; only the secretariat, with CSRF")
    func standingItems() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let agendas = GRDBAgendaRepository(database: database)
        try await app.test(.router) { client in
            #expect(try await TestBrowser(client).get(Self.template).status == .seeOther, "signed out: to the sign-in page")
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get(Self.template).status == .forbidden)

            #expect(!(try await member.get("/p/riverside/bodies/board").html.contains("agenda-template")))
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            #expect(
                try await secretary.get("/p/riverside/bodies/board").html.contains(
                    "href=\"/p/riverside/bodies/board/agenda-template\">Standing items"))
            let page = try await secretary.get(Self.template)
            #expect(page.status == .ok && page.html.contains("Apologies for absence") && page.html.contains("standard standing items"))
            #expect(page.html.contains("<label for=\"title-1\">") && page.html.contains("<label for=\"new-exemptReason\">"))

            // A Part 2 item without its reason comes back with the values typed and a linked summary.
            let refused = try await secretary.post(
                Self.template,
                [
                    ("title", "Confidential <case> review"), ("kind", ""), ("part", "2"),
                    ("exemptReason", "")
                ])
            #expect(refused.status == .badRequest)
            #expect(refused.html.contains("There is a problem") && refused.html.contains("href=\"#new-exemptReason\""))
            #expect(refused.html.contains("value=\"Confidential &lt;case&gt; review\""))
            #expect(refused.html.contains("aria-invalid=\"true\""))
            #expect(try await agendas.hasOwnTemplate(1) == false, "nothing was saved")

            let forged = try await secretary.post(Self.template, [("title", "Forged"), ("part", "1")], omitCSRF: true)
            #expect(forged.status == .forbidden)

            let added = try await secretary.post(
                Self.template,
                [
                    ("title", "Confidential case review"), ("kind", ""), ("part", "2"),
                    ("exemptReason", "Information about individuals")
                ])
            #expect(added.status == .seeOther)
            var items = try await agendas.template(of: 1)
            let count = AgendaTemplateItem.standard.count + 1
            #expect(items.count == count && items.last?.part == .two)

            // Move it up twice, save item 1 with a new title, refuse a blank title on item 2, remove item 2.
            _ = try await secretary.get(Self.template)
            #expect(try await secretary.post("\(Self.template)/\(count)/up", []).status == .seeOther)
            #expect(try await secretary.post("\(Self.template)/\(count - 1)/up", []).status == .seeOther)
            items = try await agendas.template(of: 1)
            #expect(items[count - 3].title == "Confidential case review")
            #expect(
                try await secretary.post(
                    "\(Self.template)/1/save",
                    [
                        ("title", "Apologies and substitutions"), ("kind", "apologies"),
                        ("part", "1"), ("description", "")
                    ]
                ).status == .seeOther)
            let blank = try await secretary.post("\(Self.template)/2/save", [("title", "  "), ("kind", "previous_minutes"), ("part", "1")])
            #expect(blank.status == .badRequest && blank.html.contains("href=\"#title-2\"") && blank.html.contains("Enter the standing item"))
            #expect(try await secretary.post("\(Self.template)/2/remove", []).status == .seeOther)
            items = try await agendas.template(of: 1)
            #expect(items.first?.title == "Apologies and substitutions" && items.first?.kind == .apologies)
            #expect(!items.contains { $0.kind == .previousMinutes } && items.count == count - 1)
            #expect(try await secretary.post("\(Self.template)/99/remove", []).status == .notFound)

            // The next meeting scheduled is drafted from the edited template.
            _ = try await secretary.get("/p/riverside/bodies/board/schedule")
            #expect(try await secretary.post("/p/riverside/bodies/board/schedule", [("date", "2026-03-12")]).status == .seeOther)
            let edit = try await secretary.get("/p/riverside/bodies/board/meetings/2026-03-12/agenda/edit")
            #expect(
                edit.html.contains("Apologies and substitutions")
                    && edit.html.contains("Confidential case review <strong>(Part 2: Information about individuals)</strong>"))
        }
        let audited = try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE tableName = 'agendaTemplateItem' AND actor LIKE 'user:%'")
        }
        #expect((audited ?? 0) > 0, "template changes are audited under the signed-in user")
    }

    @Test("the forward plan page takes an item through proposed, scheduled, deferred and taken, drops another, and shows each history")
    func forwardPlanStatuses() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let plans = GRDBForwardPlanRepository(database: database)
        let plan = "/p/riverside/bodies/board/forward-plan"
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            for date in ["2099-03-12", "2099-06-18"] {
                _ = try await secretary.get("/p/riverside/bodies/board/schedule")
                _ = try await secretary.post("/p/riverside/bodies/board/schedule", [("date", date)])
            }
            _ = try await secretary.get(plan)
            for title in ["CCTV strategy", "Street drinking review"] {
                #expect(try await secretary.post(plan, [("title", title), ("proposer", "Ada Quill"), ("target", "")]).status == .seeOther)
            }
            let items = try await plans.items(of: 1)
            let cctv = try #require(items.first { $0.title == "CCTV strategy" })
            let drinking = try #require(items.first { $0.title == "Street drinking review" })
            #expect(cctv.status == .proposed)

            var page = try await secretary.get(plan)
            #expect(page.html.contains("<label for=\"schedule-\(cctv.id)\">Schedule for</label>"))
            #expect(try await secretary.post("\(plan)/\(cctv.id)/schedule", [("target", "2099-03-12")]).status == .seeOther)
            #expect(try await plans.item(cctv.id)?.status == .scheduled)
            let noMeeting = try await secretary.post("\(plan)/\(cctv.id)/schedule", [("target", "")])
            #expect(noMeeting.status == .badRequest && noMeeting.html.contains("href=\"#schedule-\(cctv.id)\""))
            _ = try await secretary.get(plan)
            #expect(
                try await secretary.post("\(plan)/\(cctv.id)/defer", [("target", "2099-06-18"), ("reason", "awaiting costs")]).status == .seeOther)
            let again = try await secretary.post("\(plan)/\(cctv.id)/defer", [("target", "2099-06-18")])
            #expect(again.status == .badRequest && again.html.contains("already planned for that meeting"))
            _ = try await secretary.get(plan)
            #expect(try await secretary.post("\(plan)/\(cctv.id)/taken", []).status == .seeOther)
            #expect(try await secretary.post("\(plan)/\(drinking.id)/drop", [("reason", "covered by the ASB plan")]).status == .seeOther)
            let late = try await secretary.post("\(plan)/\(drinking.id)/taken", [])
            #expect(late.status == .badRequest && late.html.contains("already dropped"))

            page = try await secretary.get(plan)
            for text in [
                "Taken", "Dropped", "Deferred, from 12 March 2099 to 18 June 2099 (awaiting costs)", "Scheduled, for 12 March 2099",
                "Proposed", "covered by the ASB plan"
            ] {
                #expect(page.html.contains(text), "the plan page shows \(text)")
            }
            #expect(try await plans.history(of: cctv.id).map(\.to) == [.proposed, .scheduled, .deferred, .taken])
            #expect(try await plans.history(of: drinking.id).map(\.to) == [.proposed, .dropped])
        }
    }
}
