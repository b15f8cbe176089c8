import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// After the meeting: what it decided for each row of the published report (closed, carried forward,
/// dropped), the matter followed across meetings, the overview by organisation, and "Request updates"
/// explained when no mail server is configured.
@Suite("Matters Arising outcomes, threads and the overview by organisation")
struct MeetingOutcomesPageTests {
    static let march = "/p/riverside/bodies/board/meetings/2018-03-26/matters-arising"
    static let june = "/p/riverside/bodies/board/meetings/2018-06-25/matters-arising"

    /// The Matters Arising fixture, plus a June meeting and a March minute that reports back on 180.
    static func seed(_ database: AppDatabase) async throws -> Fixture.Accounts {
        var w = MattersArisingPageTests.world
        w.meeting(of: 1, on: "2018-06-25", id: 3)
        let update = w.minute("Flood Exercise Update", number: 201, text: "The exercise was held on 15 April.", of: 2, id: 3)
        w.resolution("The lessons learnt are reported in June.", of: update)
        let accounts = try await MattersArisingPageTests.seed(database, world: w)
        return accounts
    }

    static func statuses(_ database: AppDatabase) async throws -> [String] {
        try await database.read { try String.fetchAll($0, sql: "SELECT status FROM action ORDER BY id") }
    }

    @Test("the meeting closes, carries forward or drops each row; the actions follow with history; carried rows come back")
    func outcomes() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            _ = try await clerk.get(Self.march)
            // Before publishing there is nothing to decide.
            #expect(try await clerk.post(Self.march + "/outcomes", [("outcome-m1", "closed")]).status == .conflict)
            #expect(try await clerk.post(Self.march + "/publish", []).status == .found)
            var page = try await clerk.get(Self.march)
            #expect(page.html.contains("name=\"outcome-m1\"") && page.html.contains("<option value=\"dropped\">Dropped</option>"))
            #expect(page.html.contains("<label for=\"outcome-m1\">What the meeting decided (Minute 180)</label>"))

            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            _ = try await member.get(Self.march)
            #expect(try await member.post(Self.march + "/outcomes", [("outcome-m1", "closed")]).status == .forbidden)
            #expect(try await clerk.post(Self.march + "/outcomes", [("outcome-m1", "finished")]).status == .badRequest)
            #expect(try await Self.statuses(database) == ["open", "open"])

            page = try await clerk.post(Self.march + "/outcomes", [("outcome-m1", "carried_forward"), ("outcome-m2", "closed")])
            #expect(page.status == .found)
            #expect(try await Self.statuses(database) == ["open", "done"])
            page = try await clerk.get(Self.march + "?done=outcomes")
            #expect(page.html.contains("What the meeting decided has been recorded"))
            #expect(page.html.contains("<option value=\"carried_forward\" selected>"))
            // The carried-forward row comes back in June's draft; the closed one does not.
            page = try await clerk.get(Self.june)
            #expect(page.html.contains("Minute 180") && !page.html.contains("Minute 181"))
            let history = try await database.read {
                try String.fetchAll($0, sql: "SELECT text FROM actionUpdate WHERE actionId = 1 ORDER BY id")
            }
            #expect(history == ["Carried forward at the meeting of 26 March 2018."])

            // A correction: the row is dropped after all; June's draft is then empty.
            #expect(try await clerk.post(Self.march + "/outcomes", [("outcome-m1", "dropped")]).status == .found)
            #expect(try await Self.statuses(database) == ["dropped", "done"])
            page = try await clerk.get(Self.june)
            #expect(page.html.contains("There are no matters arising from previous meetings."))
            let anonymous = TestBrowser(client)
            page = try await anonymous.get(Self.march)
            #expect(page.html.contains("<strong>Meeting decision:</strong> Dropped") && !page.html.contains("<select"))
        }
        let actors = try await database.read {
            try String.fetchAll($0, sql: "SELECT DISTINCT actor FROM audit WHERE tableName = 'mattersArisingOutcome'")
        }
        #expect(actors.count == 1 && actors.first?.hasPrefix("user:") == true)
    }

    @Test("a later minute is linked to the matter and one page shows the thread")
    func thread() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get("/p/riverside/minutes/1/thread")
            #expect(page.status == .ok)
            #expect(page.html.contains("No later minute has been linked to this matter yet."))
            #expect(page.html.contains("<option value=\"3\">Minute 201, 26 March 2018: Flood Exercise Update</option>"))
            #expect(try await clerk.post("/p/riverside/minutes/1/thread", [("later", "1")]).status == .badRequest)
            #expect(try await clerk.post("/p/riverside/minutes/1/thread", [("later", "3")]).status == .found)
            page = try await clerk.get("/p/riverside/minutes/1/thread")
            #expect(page.html.contains("Minute 180, 19 December 2017: Flood Exercise"))
            #expect(page.html.contains("Minute 201, 26 March 2018: Flood Exercise Update"))
            #expect(page.html.contains("The lessons learnt are reported in June."))
            // From the later minute the same thread shows.
            page = try await clerk.get("/p/riverside/minutes/3/thread")
            #expect(page.html.contains("An update on the flood exercise is brought to the next meeting."))
            // The Matters Arising row links to the thread.
            page = try await clerk.get(Self.march)
            #expect(page.html.contains("href=\"/p/riverside/minutes/1/thread\""))

            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            page = try await member.get("/p/riverside/minutes/1/thread")
            #expect(page.status == .ok && !page.html.contains("Link a later minute") && !page.html.contains("Unlink"))
            #expect(try await member.post("/p/riverside/minutes/1/thread", [("later", "3")]).status == .forbidden)
            #expect(try await member.post("/p/riverside/minutes/1/thread/unlink", [("other", "3")]).status == .forbidden)
            // The Part 2 minute's thread is not for someone off the body.
            let officer = TestBrowser(client)
            try await officer.signIn(accounts.officer, Fixture.password)
            #expect(try await officer.get("/p/riverside/minutes/2/thread").status == .notFound)

            // A link made by mistake is undone from either end, and only a direct link can be.
            page = try await clerk.get("/p/riverside/minutes/3/thread")
            #expect(page.html.contains("Unlink<span class=\"visually-hidden\"> Minute 180, 19 December 2017 from this matter"))
            #expect(try await clerk.post("/p/riverside/minutes/3/thread/unlink", [("other", "2")]).status == .badRequest)
            #expect(try await clerk.post("/p/riverside/minutes/3/thread/unlink", [("other", "1")]).status == .found)
            page = try await clerk.get("/p/riverside/minutes/1/thread?done=unlinked")
            #expect(page.html.contains("The minute has been unlinked from this matter."))
            #expect(page.html.contains("No later minute has been linked to this matter yet."))
        }
        let audited = try await database.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM audit WHERE tableName = 'minuteThread' AND operation = 'delete' AND actor LIKE 'user:%'")
        }
        #expect(audited == 1)
    }

    @Test("the overview counts each organisation's actions that the reader may see, linking to the filtered tracker")
    func overview() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try database.writeSync(as: .system) { db in
            try db.execute(sql: "UPDATE action SET dueDate = '2018-01-31' WHERE id = 1")
        }
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get("/p/riverside/actions/organisations")
            #expect(page.status == .ok)
            #expect(page.html.contains("<a href=\"/p/riverside/actions?organisation=1\">Riverside Council</a>"))
            #expect(
                page.html.contains(
                    "<a href=\"/p/riverside/actions?organisation=1&amp;overdue=1\" aria-label=\"1 overdue actions of Riverside Council\">1</a>"))
            #expect(page.html.contains("aria-label=\"1 open actions of Vale Police\""))
            page = try await clerk.get("/p/riverside/actions?organisation=2&status=open")
            #expect(page.html.contains(MattersArisingPageTests.secret))
            #expect(page.html.contains("<option value=\"2\" selected>Vale Police</option>"))
            // An officer off the board sees neither the draft minutes' actions nor their counts.
            let officer = TestBrowser(client)
            try await officer.signIn(accounts.officer, Fixture.password)
            page = try await officer.get("/p/riverside/actions/organisations")
            #expect(page.status == .ok && !page.html.contains("Vale Police") && !page.html.contains("Riverside Council"))
        }
    }

    @Test("without a mail server, Request updates is explained rather than offered, and refused")
    func requestUpdatesNeedsMail() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            let page = try await clerk.get(Self.march)
            #expect(page.html.contains("Email is not set up on this site"))
            #expect(!page.html.contains("Request updates by email"))
            let refused = try await clerk.post(Self.march + "/request-updates", [])
            #expect(refused.status == .conflict && refused.html.contains("Email is not set up on this site"))
        }
        #expect(try await database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM updateRequest") } == 0)
    }
}
