import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// Issue 20: a body's quorum for votes is a setting on its page (blank: the default rule), refused in
/// words when it is not a number, audited when saved.
@Suite("The body's quorum on its settings page")
struct BodyQuorumPagesTests {
    @Test("the settings page shows the default rule, refuses a quorum that is not a number keeping it, and saves one")
    func quorumSetting() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let page = "/p/riverside/settings/bodies/1"
        let (slug, name): (String, String) = try #require(
            try await database.read { db in
                try Row.fetchOne(db, sql: "SELECT slug, name FROM body WHERE id = 1").map { ($0["slug"], $0["name"]) }
            })
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var shown = try await clerk.get(page)
            #expect(shown.status == .ok)
            #expect(shown.html.contains("Quorum for votes"))
            #expect(shown.html.contains(Quorum.defaultRule))
            let form = [("slug", slug), ("kind", "board"), ("reportsTo", ""), ("visibility", "public")]
            shown = try await clerk.post(page, form + [("quorum", "a few")])
            #expect(shown.status == .badRequest)
            #expect(shown.html.contains("href=\"#quorum\""))
            #expect(shown.html.contains("value=\"a few\""))
            #expect(try await database.read { db in try Int.fetchOne(db, sql: "SELECT quorum FROM body WHERE id = 1") } == nil)
            shown = try await clerk.post(page, form + [("quorum", "4")])
            #expect(shown.status == .seeOther)
            shown = try await clerk.get(page)
            #expect(shown.html.contains("The settings of \(name) were saved.") || shown.status == .ok)
            #expect(shown.html.contains("id=\"quorum\"") && shown.html.contains("value=\"4\""))
        }
        #expect(try await database.read { db in try Int.fetchOne(db, sql: "SELECT quorum FROM body WHERE id = 1") } == 4)
        let audited = try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE tableName = 'body' AND operation = 'update'")
        }
        #expect((audited ?? 0) >= 1)
    }
}
