import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

@Suite("Set-up pages")
struct SetupPagesTests {
    static func fetch<T: DatabaseValueConvertible & Sendable>(_ database: AppDatabase, _ sql: String) async throws -> T? {
        try await database.read { try T.fetchOne($0, sql: sql) }
    }

    @Test("a site administrator creates a partnership with its board; a refused form keeps its values; others are refused")
    func createPartnership() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let admin = TestBrowser(client)
            try await admin.signIn(accounts.admin, Fixture.password)
            var page = try await admin.get("/admin/partnerships")
            #expect(page.status == .ok)
            #expect(page.html.contains("Riverside Safer Partnership"))
            page = try await admin.post(
                "/admin/partnerships",
                [
                    ("name", "Fenwick Safer Streets"), ("slug", "Fen Wick"), ("contactEmail", "not-an-address"),
                    ("reportReferencePattern", "FSS"), ("questionsWorkingDays", "4"), ("yearStartMonth", "4"), ("yearStartDay", "1"),
                    ("boardName", "")
                ])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("There is a problem"))
            for field in ["slug", "contactEmail", "reportReferencePattern", "boardName"] { #expect(page.html.contains("href=\"#\(field)\"")) }
            #expect(page.html.contains("value=\"Fenwick Safer Streets\"") && page.html.contains("value=\"not-an-address\""))
            #expect(page.html.contains("<option value=\"4\" selected>April</option>"))

            page = try await admin.post(
                "/admin/partnerships",
                [
                    ("name", "Fenwick Safer Streets"), ("slug", ""), ("contactName", "Odile Marsh"), ("contactEmail", "odile@fenwick.example"),
                    ("reportReferencePattern", "FSS{yy}{nnn}"), ("questionsWorkingDays", "3"), ("yearStartMonth", "4"), ("yearStartDay", "1"),
                    ("boardName", "Fenwick Safer Streets Board")
                ])
            #expect(page.status == .seeOther)
            #expect(page.headers[.location]?.hasPrefix("/p/fenwick-safer-streets/settings") == true)
            page = try await admin.get(try #require(page.headers[.location]))
            #expect(page.html.contains("Fenwick Safer Streets was created with its board, Fenwick Safer Streets Board."))
            #expect(page.html.contains("value=\"FSS{yy}{nnn}\""))

            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            #expect(try await clerk.get("/admin/partnerships").status == .forbidden)
            #expect(try await clerk.get("/p/fenwick-safer-streets/settings").status == .forbidden)
        }
        let board: String? = try await Self.fetch(
            database,
            """
            SELECT b.name FROM body b JOIN partnership p ON p.id = b.partnershipId WHERE p.slug = 'fenwick-safer-streets' AND b.kind = 'board'
            """)
        #expect(board == "Fenwick Safer Streets Board")
        let template: Int? = try await Self.fetch(
            database,
            """
            SELECT count(*) FROM agendaTemplateItem t JOIN body b ON b.id = t.bodyId WHERE b.name = 'Fenwick Safer Streets Board'
            """)
        #expect(template == AgendaTemplateItem.standard.count)
        let actor: String? = try await Self.fetch(database, "SELECT actor FROM audit WHERE tableName = 'partnership' ORDER BY id DESC LIMIT 1")
        #expect(actor?.contains(accounts.admin) == true)
    }

    @Test("the secretariat adds a sub-group, renames it keeping the old name, and merges a duplicate into it")
    func bodies() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let base = "/p/riverside/settings/bodies"
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get(base)
            #expect(page.status == .ok)
            page = try await clerk.post(base, [("name", ""), ("slug", ""), ("kind", "sub_group"), ("reportsTo", ""), ("visibility", "private")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#name\"") && page.html.contains("href=\"#reportsTo\""))
            #expect(page.html.contains("<option value=\"private\" selected>"))
            page = try await clerk.post(
                base,
                [
                    ("name", "Night Economy Group"), ("slug", ""), ("kind", "sub_group"), ("reportsTo", "1"),
                    ("visibility", "private")
                ])
            #expect(page.status == .seeOther)
            let id: Int64 = try #require(try await Self.fetch(database, "SELECT id FROM body WHERE name = 'Night Economy Group'"))
            page = try await clerk.post("\(base)/\(id)/rename", [("newName", "Evening Economy Group")])
            #expect(page.status == .seeOther)
            page = try await clerk.get(try #require(page.headers[.location]))
            #expect(page.html.contains("Night Economy Group is now called Evening Economy Group; the old name is kept."))
            #expect(page.html.contains("Formerly: Night Economy Group."))
            // A duplicate made by an import, merged into the renamed one: refused without the confirmation.
            page = try await clerk.post(
                base,
                [
                    ("name", "Evening Economy"), ("slug", ""), ("kind", "sub_group"), ("reportsTo", "1"),
                    ("visibility", "public")
                ])
            let duplicate: Int64 = try #require(try await Self.fetch(database, "SELECT id FROM body WHERE name = 'Evening Economy'"))
            page = try await clerk.post("\(base)/\(id)/merge", [("dropped", String(duplicate))])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#confirm\""))
            #expect(page.html.contains("<option value=\"\(duplicate)\" selected>"))
            page = try await clerk.post("\(base)/\(id)/merge", [("dropped", String(duplicate)), ("confirm", "1")])
            #expect(page.status == .seeOther)
        }
        let formerNames: String? = try await Self.fetch(
            database,
            """
            SELECT group_concat(f.name, '|') FROM bodyFormerName f JOIN body b ON b.id = f.bodyId WHERE b.name = 'Evening Economy Group'
            """)
        #expect(Set((formerNames ?? "").split(separator: "|")) == ["Night Economy Group", "Evening Economy"])
        let isPublic: Bool? = try await Self.fetch(database, "SELECT isPublic FROM body WHERE name = 'Evening Economy Group'")
        #expect(isPublic == false)
    }

    @Test("people: added with an e-mail, a bad address refused with values kept, merged, and marked as left, which ends their seats")
    func people() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let base = "/p/riverside/settings/people"
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            #expect(try await clerk.get(base).status == .ok)
            var page = try await clerk.post(
                base,
                [
                    ("fullName", "Delia Frome"), ("jobTitle", "Youth Offending Manager"), ("email", "delia@"),
                    ("phone", ""), ("organisation", "Riverside Council")
                ])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#email\"") && page.html.contains("value=\"Youth Offending Manager\""))
            page = try await clerk.post(
                base,
                [
                    ("fullName", "Delia Frome"), ("jobTitle", "Youth Offending Manager"),
                    ("email", "delia@riverside.example"), ("phone", ""), ("organisation", "RC")
                ])
            #expect(page.status == .seeOther)
            // Cato Penwright recorded twice: the duplicate's address fills the kept record.
            page = try await clerk.post(
                base,
                [
                    ("fullName", "C. Penwright"), ("jobTitle", ""), ("email", "cato@riverside.example"),
                    ("phone", ""), ("organisation", "")
                ])
            let duplicate: Int64 = try #require(try await Self.fetch(database, "SELECT id FROM person WHERE fullName = 'C. Penwright'"))
            page = try await clerk.get("\(base)/3")
            #expect(page.status == .ok)
            page = try await clerk.post("\(base)/3/merge", [("dropped", String(duplicate)), ("confirm", "1")])
            #expect(page.status == .seeOther)
            // Ada Quill leaves: a date that does not exist is refused, the boxes keep what was typed.
            page = try await clerk.post("\(base)/1/left", [("leftOn-day", "31"), ("leftOn-month", "2"), ("leftOn-year", "2031")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#leftOn-day\"") && page.html.contains("must be a real date"))
            #expect(page.html.contains("name=\"leftOn-day\" value=\"31\""))
            page = try await clerk.post("\(base)/1/left", [("leftOn-day", "28"), ("leftOn-month", "2"), ("leftOn-year", "2031")])
            #expect(page.status == .seeOther)
            page = try await clerk.get(try #require(page.headers[.location]))
            #expect(page.html.contains("Ada Quill left on 28 February 2031; their seats ended that day."))
        }
        let email: String? = try await Self.fetch(database, "SELECT email FROM person WHERE id = 3")
        #expect(email == "cato@riverside.example")
        let organisation: String? = try await Self.fetch(
            database,
            """
            SELECT o.name FROM person p JOIN organisation o ON o.id = p.organisationId WHERE p.fullName = 'Delia Frome'
            """)
        #expect(organisation == "Riverside Council")
        let ended: String? = try await Self.fetch(database, "SELECT endDate FROM seatHolding WHERE seatId = 1 AND personId = 1")
        #expect(ended == "2031-02-28")
    }

    @Test("a seat's role changes and the seat is vacated on a day given in three boxes")
    func seatUpkeep() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let seat = "/p/riverside/bodies/youth/seats/2"
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get(seat)
            #expect(page.status == .ok)
            page = try await clerk.post(seat + "/role", [("role", "vice_chairman")])
            #expect(page.status == .seeOther)
            page = try await clerk.get(try #require(page.headers[.location]))
            #expect(page.html.contains("The seat Police Youth Lead is now Vice-Chairman."))
            page = try await clerk.post(seat + "/vacate", [("lastDay-day", "1"), ("lastDay-month", ""), ("lastDay-year", "2014")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("must include a month"))
            page = try await clerk.post(seat + "/vacate", [("lastDay-day", "1"), ("lastDay-month", "1"), ("lastDay-year", "2014")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("the end cannot be before that"))
            page = try await clerk.post(seat + "/vacate", [("lastDay-day", "30"), ("lastDay-month", "6"), ("lastDay-year", "2031")])
            #expect(page.status == .seeOther)
        }
        let role: String? = try await Self.fetch(database, "SELECT role FROM seat WHERE id = 2")
        #expect(role == "vice_chairman")
        let ended: String? = try await Self.fetch(database, "SELECT endDate FROM seatHolding WHERE seatId = 2")
        #expect(ended == "2031-06-30")
    }

    @Test("a meeting moved from the web says so on its public page and in the calendar; a cancelled one says it is cancelled")
    func moveAndCancel() async throws {
        let (app, database) = try makeTestApp()
        var w = Fixture.world
        w.meeting(of: 1, on: "2031-03-12", start: "14:00", id: 1)
        w.meeting(of: 1, on: "2031-06-11", start: "14:00", id: 2)
        let accounts = try await Fixture.seed(database, world: w)
        let meeting = "/p/riverside/bodies/board/meetings/2031-03-12"
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get(meeting)
            #expect(page.html.contains("href=\"\(meeting)/change\""))
            page = try await clerk.get(meeting + "/change")
            #expect(page.status == .ok)
            #expect(page.html.contains("name=\"newDate-day\" value=\"12\""))
            page = try await clerk.post(
                meeting + "/change/move",
                [
                    ("newDate-day", "11"), ("newDate-month", "6"), ("newDate-year", "2031"),
                    ("start", "25:00"), ("reason", "The hall is closed")
                ])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#start\"") && page.html.contains("The hall is closed"))
            page = try await clerk.post(
                meeting + "/change/move",
                [
                    ("newDate-day", "26"), ("newDate-month", "3"), ("newDate-year", "2031"),
                    ("start", "10:00"), ("reason", "The hall is closed")
                ])
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/p/riverside/bodies/board/meetings/2031-03-26?saved=moved")

            let visitor = TestBrowser(client)
            page = try await visitor.get("/p/riverside/bodies/board/meetings/2031-03-26")
            #expect(page.html.contains("Moved from 12 March 2031 to 26 March 2031: The hall is closed."))

            page = try await clerk.get("/p/riverside/bodies/board/meetings/2031-06-11/change")
            page = try await clerk.post("/p/riverside/bodies/board/meetings/2031-06-11/change/cancel", [("reason", "No business")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#confirm\"") && page.html.contains("No business"))
            page = try await clerk.post("/p/riverside/bodies/board/meetings/2031-06-11/change/cancel", [("reason", "No business"), ("confirm", "1")])
            #expect(page.status == .seeOther)
            page = try await visitor.get("/p/riverside/bodies/board/meetings/2031-06-11")
            #expect(page.html.contains("This meeting is cancelled.") && page.html.contains("Cancelled: No business."))
            #expect(try await visitor.get("/p/riverside/bodies/board/meetings/2031-03-26/change").status == .seeOther)
        }
        let sequence: Int? = try await Self.fetch(database, "SELECT sequence FROM meeting WHERE id = 1")
        #expect((sequence ?? 0) >= 1)
    }

    @Test("an agenda item is changed to verbal and Part 2; a refused change keeps what was typed")
    func agendaItem() async throws {
        let (app, database) = try makeTestApp()
        var w = Fixture.world
        let march = w.meeting(of: 1, on: "2031-03-12", id: 1)
        w.item("Street lighting", on: march, number: "1", expectsReport: true, id: 7)
        let accounts = try await Fixture.seed(database, world: w)
        let item = "/p/riverside/bodies/board/meetings/2031-03-12/agenda/items/7"
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            #expect(try await clerk.get("/p/riverside/bodies/board/meetings/2031-03-12/agenda/edit").html.contains("href=\"\(item)\""))
            var page = try await clerk.get(item)
            #expect(page.status == .ok)
            #expect(page.html.contains("<option value=\"expected\" selected>"))
            page = try await clerk.post(
                item,
                [
                    ("title", "Street lighting"), ("part", "2"), ("exemptReason", ""), ("lead", "Bram Tollis"),
                    ("reference", ""), ("report", "verbal")
                ])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("href=\"#exemptReason\"") && page.html.contains("value=\"Bram Tollis\""))
            #expect(page.html.contains("<option value=\"verbal\" selected>"))
            page = try await clerk.post(
                item,
                [
                    ("title", "Street lighting"), ("part", "2"), ("exemptReason", "Commercially sensitive"),
                    ("lead", "Bram Tollis"), ("reference", ""), ("report", "verbal")
                ])
            #expect(page.status == .seeOther)
            let members = TestBrowser(client)
            try await members.signIn(accounts.officer, Fixture.password)
            #expect(try await members.get(item).status == .forbidden)
        }
        let row: String? = try await Self.fetch(
            database,
            """
            SELECT part || '|' || exemptReason || '|' || leadOfficer || '|' || expectsReport FROM agendaItem WHERE id = 7
            """)
        #expect(row == "2|Commercially sensitive|Bram Tollis|0")
    }
}
