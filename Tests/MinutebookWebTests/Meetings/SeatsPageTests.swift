import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

@Suite("Seats page")
struct SeatsPageTests {
    static let path = "/p/riverside/bodies/board/seats"

    /// The fixture, plus an open action of the board owned through the Council Leader's seat by Ada Quill.
    static func seed(_ database: AppDatabase) async throws -> Fixture.Accounts {
        var w = Fixture.world
        let june = w.meeting(of: 1, on: "2030-06-10", status: .minutesDrafted, id: 1)
        let lighting = w.minute("Lighting in Quarry Lane", number: 12, text: "", of: june, id: 1)
        let survey = w.action("Survey the lighting in Quarry Lane", body: 1, minute: lighting, id: 1)
        w.owner(of: survey, person: 1, seat: 1)
        let accounts = try await Fixture.seed(database, world: w)
        return accounts
    }

    @Test("the secretariat hands a seat over: the successor holds it and the open action follows, with history")
    func handOver() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get(Self.path)
            #expect(page.status == .ok)
            #expect(page.html.contains("Council Leader") && page.html.contains("Ada Quill"))
            #expect(try await clerk.get("/p/riverside/bodies/board").html.contains("href=\"\(Self.path)\""))

            page = try await clerk.get(Self.path + "/1/hand-over")
            #expect(page.status == .ok)
            // Ada cannot succeed herself: she is not offered.
            #expect(!page.html.contains("<option value=\"1\""))
            // A refused form: no successor, a day before the seat was taken; values kept, errors linked.
            page = try await clerk.post(Self.path + "/1/hand-over", [("successor", ""), ("on-day", "1"), ("on-month", "1"), ("on-year", "2014")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("There is a problem"))
            #expect(page.html.contains("href=\"#successor\"") && page.html.contains("href=\"#on-day\""))
            #expect(page.html.contains("name=\"on-year\" value=\"2014\""))

            page = try await clerk.post(Self.path + "/1/hand-over", [("successor", "3"), ("on-day", "5"), ("on-month", "1"), ("on-year", "2031")])
            #expect(page.status == .seeOther)
            let location = try #require(page.headers[.location])
            page = try await clerk.get(location)
            #expect(page.html.contains("Cato Penwright now holds the seat Council Leader. 1 open action was forwarded to them."))
        }
        let holders = try await database.read { db in
            try String.fetchAll(
                db, sql: "SELECT personId || ':' || startDate || ':' || coalesce(endDate, '') FROM seatHolding WHERE seatId = 1 ORDER BY startDate")
        }
        #expect(holders == ["1:2015-05-01:2031-01-04", "3:2031-01-05:"])
        let owner = try await database.read { try Int64.fetchOne($0, sql: "SELECT personId FROM actionOwner WHERE actionId = 1") }
        #expect(owner == 3)
        let history = try await database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM actionUpdate WHERE actionId = 1") }
        #expect(history == 1)
        let actor = try await database.read {
            try String.fetchOne($0, sql: "SELECT actor FROM audit WHERE tableName = 'seatHolding' ORDER BY id DESC LIMIT 1")
        }
        #expect(actor?.hasPrefix("user:") == true)
    }

    @Test("a seat is added with its holder; a duplicate title is refused beside the field")
    func addSeat() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            _ = try await clerk.get(Self.path)
            var page = try await clerk.post(
                Self.path,
                [
                    ("title", "Borough Commander"), ("role", "vice_chairman"), ("holder", "2"),
                    ("since-day", "1"), ("since-month", "4"), ("since-year", "2029")
                ])
            #expect(page.status == .seeOther)
            page = try await clerk.get(try #require(page.headers[.location]))
            #expect(page.html.contains("The seat Borough Commander was added, held by Bram Tollis."))
            #expect(page.html.contains("Vice-Chairman"))
            page = try await clerk.post(
                Self.path,
                [
                    ("title", "council leader"), ("role", "member"), ("holder", "3"), ("since-day", "1"), ("since-month", "4"),
                    ("since-year", "2029")
                ])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("already has a seat called"))
            #expect(page.html.contains("value=\"council leader\""))
        }
        let count = try await database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM seat WHERE bodyId = 1") }
        #expect(count == 2)
    }

    @Test("members and the public cannot change seats", arguments: [false, true])
    func refused(signedIn: Bool) async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            if signedIn {
                try await browser.signIn(accounts.boardMember, Fixture.password)
                #expect(try await browser.get(Self.path).status == .forbidden)
                #expect(try await browser.post(Self.path + "/1/hand-over", [("successor", "3"), ("on", "2031-01-05")]).status == .forbidden)
            } else {
                #expect(try await browser.get(Self.path).status == .seeOther)
            }
        }
        let holders = try await database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM seatHolding WHERE seatId = 1") }
        #expect(holders == 1)
    }
}
