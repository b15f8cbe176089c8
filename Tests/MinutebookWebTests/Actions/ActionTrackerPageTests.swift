import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("Action tracker pages")
struct ActionTrackerPageTests {
    @Test("My actions, a body's tracker with CSV, bulk status change and an action's page with its history")
    func tracker() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MattersArisingPageTests.seed(database)
        try await app.test(.router) { client in
            let chair = TestBrowser(client)
            var page = try await chair.openTracker(as: accounts.boardMember)
            #expect(page.html.contains("My actions"))
            #expect(page.html.contains(ActionTracker.flood))
            #expect(!page.html.contains(ActionTracker.review))
            // The owner adds an update on the action's page.
            page = try await chair.get("/p/riverside/actions/1")
            #expect(page.html.contains("An update on the flood exercise"))
            page = try await chair.post("/p/riverside/actions/1", [("update", "Date fixed for April."), ("status", "in_progress")])
            #expect(page.status == .found)
            page = try await chair.get("/p/riverside/actions/1")
            #expect(page.html.contains("Date fixed for April."))
            #expect(page.html.contains("Open → In progress"))

            let clerk = TestBrowser(client)
            page = try await clerk.openTracker(as: accounts.secretariat, "?body=board")
            #expect(page.html.contains(ActionTracker.review))
            let csv = try await clerk.get("/p/riverside/actions?body=board&format=csv")
            #expect(csv.html.contains("id,body,minute"))
            #expect(csv.html.contains("Date fixed for April."))
            page = try await clerk.post(
                "/p/riverside/actions/status", [("action", "1"), ("action", "2"), ("status", "done"), ("back", "/p/riverside/actions?body=board")])
            #expect(page.status == .found)
            // A member reads the history: the secretariat's change is named by role, never by the
            // account's sign-in e-mail, and the member's own update likewise (issue 17, item 13).
            page = try await chair.get("/p/riverside/actions/1")
            #expect(page.html.contains("· Secretariat ·"))
            #expect(page.html.contains("In progress → Done"))
            #expect(!page.html.contains(accounts.secretariat), "a member sees an editor's sign-in e-mail")
            let history = page.html.components(separatedBy: "<ol class=\"history\">").last ?? ""
            #expect(!history.contains(accounts.boardMember) && !history.contains("@"))
            // A member cannot change statuses in bulk.
            _ = try await chair.get("/p/riverside/actions")
            #expect(try await chair.post("/p/riverside/actions/status", [("action", "1"), ("status", "open")]).status == .forbidden)
        }
        let statuses = try await database.read { try String.fetchAll($0, sql: "SELECT status FROM action ORDER BY id") }
        #expect(statuses == ["done", "done"])
    }
}
