import GRDB
import HummingbirdTesting
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// The admin form that starts a ModernGov migration: administrators only, a refused form comes back
/// with its values and the error summary. (A whole run through the form is e2e/test_moderngov_migration.py.)
@Suite("Migration form")
struct MigrationFormTests {
    @Test("only administrators see the form; a bad form is a 400 naming each field, its values kept, nothing started")
    func refusesBadForms() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            #expect(try await secretary.get("/admin/migrations").status == .forbidden)

            let admin = TestBrowser(client)
            try await admin.signIn(accounts.admin, Fixture.password)
            let form = try await admin.get("/admin/migrations")
            #expect(form.status == .ok)
            #expect(form.html.contains("<label for=\"site\">"))
            let bad = try await admin.post(
                "/admin/migrations",
                [
                    ("site", "not a site"), ("committee", ""), ("from", "2024-13-01"),
                    ("to", ""), ("partnership", "nowhere"), ("delay", "-1")
                ])
            #expect(bad.status == .badRequest)
            for field in ["site", "committee", "from", "partnership", "delay"] {
                #expect(bad.html.contains("href=\"#\(field)\""), "\(field) is in the error summary")
            }
            #expect(bad.html.contains("value=\"not a site\""))
            let backwards = try await admin.post(
                "/admin/migrations",
                [
                    ("site", "https://democracy.example.gov.uk"), ("committee", "12"),
                    ("from", "2024-01-01"), ("to", "2023-01-01"), ("delay", "1")
                ])
            #expect(backwards.status == .badRequest)
            #expect(backwards.html.contains("The last date must be on or after the first date"))
            #expect(try await admin.get("/admin/migrations/000000000000").status == .notFound)
        }
        let meetings = try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM migratedMeeting") }
        #expect(meetings == 0)
    }
}
