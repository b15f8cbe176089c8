import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// Issue 24 item 13: the tracker filters by owner, organisation, status and due date, each kept in
/// the URL, and its default view is useful for every role (never a 400, never empty by default).
@Suite("Action tracker filters")
struct TrackerFilterTests {
    @Test("the secretariat's default view is the partnership's outstanding actions, not an error")
    func secretariatDefault() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MattersArisingPageTests.seed(database)
        try await app.test(.router) { client in
            let page = try await TestBrowser(client).openTracker(as: accounts.secretariat)
            #expect(page.html.contains("<h1>Outstanding actions</h1>"))
            #expect(page.html.contains(ActionTracker.flood))
            #expect(page.html.contains(ActionTracker.review))
        }
    }

    @Test("owner, organisation, status and due date filter the list, and the form keeps each choice from the URL")
    func filters() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MattersArisingPageTests.seed(
            database, world: ActionTracker.world(floodDue: "2018-02-15", reviewDue: "2018-05-01"))
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            var page = try await clerk.openTracker(as: accounts.secretariat, "?owner=2")
            #expect(page.html.contains("Actions owned by Bram Tollis"))
            #expect(page.html.contains("Review \(MattersArisingPageTests.secret)"))
            #expect(!page.html.contains("Flood exercise update"))
            #expect(page.html.contains("<option value=\"2\" selected>Bram Tollis</option>"))

            page = try await clerk.get("/p/riverside/actions?organisation=1")
            #expect(page.html.contains("Flood exercise update"))
            #expect(!page.html.contains("Review \(MattersArisingPageTests.secret)"))

            page = try await clerk.get("/p/riverside/actions?due=2018-03-01")
            #expect(page.html.contains("Flood exercise update"))
            #expect(!page.html.contains("Review \(MattersArisingPageTests.secret)"))
            #expect(page.html.contains("value=\"2018-03-01\""))
            // The CSV link carries the same filters.
            #expect(page.html.contains("/p/riverside/actions?due=2018-03-01&amp;format=csv"))

            _ = try await clerk.post("/p/riverside/actions/status", [("action", "1"), ("status", "done")])
            page = try await clerk.get("/p/riverside/actions?body=board")
            #expect(!page.html.contains("Flood exercise update"), "done actions are not outstanding")
            page = try await clerk.get("/p/riverside/actions?body=board&status=done")
            #expect(page.html.contains("Flood exercise update"))
            #expect(page.html.contains("<option value=\"done\" selected>"))
            page = try await clerk.get("/p/riverside/actions?body=board&status=any")
            #expect(page.html.contains("Flood exercise update") && page.html.contains("Review \(MattersArisingPageTests.secret)"))

            // A value that names nothing is a readable 400.
            #expect(try await clerk.get("/p/riverside/actions?owner=99").status == .badRequest)
            #expect(try await clerk.get("/p/riverside/actions?due=soon").status == .badRequest)
        }
    }

    @Test("a member who owns nothing outstanding sees the partnership's outstanding actions, said so")
    func memberWithNothing() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MattersArisingPageTests.seed(database)
        try await app.test(.router) { client in
            let chair = TestBrowser(client)
            var page = try await chair.openTracker(as: accounts.boardMember)
            #expect(page.html.contains("<h1>My actions</h1>"))
            let clerk = TestBrowser(client)
            _ = try await clerk.openTracker(as: accounts.secretariat)
            _ = try await clerk.post("/p/riverside/actions/status", [("action", "1"), ("status", "done")])
            page = try await chair.get("/p/riverside/actions")
            #expect(page.status == .ok)
            #expect(page.html.contains("You own no actions that match"))
            #expect(page.html.contains("<h1>Outstanding actions</h1>"))
        }
    }
}
