import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// The sub-group chair's emailed link: 256-bit, hashed, expiring at the deadline, single-use; the
/// report is filed through it without an account, and a used, expired or altered link changes nothing.
@Suite("Sub-group report by emailed link")
struct ReportLinkTests {
    func seed(_ database: AppDatabase) async throws -> ReportRequestMail {
        _ = try await seedReporting(database)
        try await database.write(as: .system) { db in try db.execute(sql: "UPDATE seat SET role = 'chairman' WHERE id = 2") }
        return try await GRDBReportRequestRepository(database: database)
            .createRequest(subGroupID: 2, meetingID: 1, today: Today.date, by: .tool("test"))
    }

    @Test("the chair files the report through the link once; errors keep the typed text; used, expired and altered links are refused")
    func fileByLink() async throws {
        let (app, database) = try makeTestApp()
        let mail = try await seed(database)
        #expect(mail.email == "bram@riverside.example" && mail.name == "Bram Tollis")
        #expect(mail.token.utf8.count == 43)
        #expect(mail.expires == SubGroupReportRules.deadline(for: Today.date.adding(days: 21)).iso + "T23:59:59Z")
        let stored = try await database.read { db in try String.fetchAll(db, sql: "SELECT tokenHash FROM reportRequest") }
        #expect(stored.count == 1 && stored.first != mail.token && stored.first?.count == 64)
        let link = "/report-links/\(mail.token)"
        try await app.test(.router) { client in
            let chair = TestBrowser(client)
            let page = try await chair.get(link)
            #expect(page.status == .ok)
            #expect(page.html.contains("Bram Tollis, please file the report"))
            #expect(page.headers[.cacheControl] == "no-store")
            #expect(try await chair.post(link, [("author", "Bram Tollis")], omitCSRF: true).status == .forbidden)

            let bad = try await chair.post(
                link,
                [
                    ("author", ""), ("operationalUpdate", "Panel met <twice>."), ("lastBoardOn", "2025-02-30"),
                    ("actionsForPartnership", "Support the mentoring bid")
                ])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("href=\"#author\"") && bad.html.contains("href=\"#lastBoardOn\""))
            #expect(bad.html.contains("Panel met &lt;twice&gt;.</textarea>") && bad.html.contains("value=\"2025-02-30\""))

            let filed = try await chair.post(
                link,
                [
                    ("author", "Bram Tollis"), ("operationalUpdate", "Panel met twice."),
                    ("strategicUpdate", "Bid drafted."), ("actionsForPartnership", "Support the mentoring bid")
                ])
            #expect(filed.status == .ok && filed.html.contains("the report is filed"))
            let again = try await TestBrowser(client).get(link)
            #expect(again.status == .gone && again.html.contains("already been used"))
            let replay = try await chair.post(link, [("author", "Someone else"), ("operationalUpdate", "Changed.")])
            #expect(replay.status == .gone)
            var altered = Array(mail.token)
            altered[0] = altered[0] == "A" ? "B" : "A"
            #expect(try await TestBrowser(client).get("/report-links/\(String(altered))").status == .notFound)
            #expect(try await TestBrowser(client).get("/report-links/short").status == .notFound)
        }
        let report = try await database.read { db in
            try Row.fetchOne(db, sql: "SELECT status, author, operationalUpdate FROM subGroupReport WHERE bodyId = 2 AND meetingId = 1")
                .map { "\($0["status"] as String)|\($0["author"] as String)|\($0["operationalUpdate"] as String)" }
        }
        #expect(report == "submitted|Bram Tollis|Panel met twice.")
        let actors = try await database.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT actor FROM audit WHERE tableName = 'subGroupReport'")
        }
        #expect(actors == ["magic-link:person:2"])

        // A second link for the same meeting is refused: the report is filed.
        await #expect(throws: DomainError.self) {
            _ = try await GRDBReportRequestRepository(database: database).createRequest(
                subGroupID: 2, meetingID: 1, today: Today.date, by: .tool("test"))
        }
    }

    @Test("an expired link and a link asked for after the deadline are refused")
    func expiry() async throws {
        let (app, database) = try makeTestApp()
        let mail = try await seed(database)
        try await database.write(as: .system) { db in
            try db.execute(sql: "UPDATE reportRequest SET expiresAt = '2020-01-01T00:00:00Z'")
        }
        try await app.test(.router) { client in
            let page = try await TestBrowser(client).get("/report-links/\(mail.token)")
            #expect(page.status == .gone && page.html.contains("expired"))
        }
        let afterDeadline = SubGroupReportRules.deadline(for: Today.date.adding(days: 21)).adding(days: 1)
        await #expect(throws: DomainError.self) {
            _ = try await GRDBReportRequestRepository(database: database).createRequest(
                subGroupID: 2, meetingID: 1, today: afterDeadline, by: .tool("test"))
        }
        let drafts = try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM subGroupReport") }
        #expect(drafts == 0)
    }

    @Test("only the secretariat sees the email button; without mail settings the site says so and sends nothing")
    func requestButton() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, _) = try await seedReporting(database)
        try await app.test(.router) { client in
            let chair = TestBrowser(client)
            try await chair.signIn(accounts.otherMember, Fixture.password)
            #expect(!(try await chair.get("/p/riverside/bodies/youth/report").html.contains("Email the chair a link")))
            #expect(try await chair.post("/p/riverside/bodies/youth/report/request", []).status == .forbidden)
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            #expect(try await secretary.get("/p/riverside/bodies/youth/report").html.contains("Email the chair a link"))
            let refused = try await secretary.post("/p/riverside/bodies/youth/report/request", [])
            #expect(refused.status == .conflict && refused.html.contains("does not send email"))
        }
        #expect(try await database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reportRequest") } == 0)
    }

    @Test("the email names the meeting and deadline and carries the one link")
    func message() throws {
        let date = try #require(LocalDate(iso: "2031-03-20"))
        let deadline = SubGroupReportRules.deadline(for: date)
        let mail = ReportRequestMail(
            personID: 2, name: "Bram Tollis", email: "bram@riverside.example", token: String(repeating: "a", count: 43),
            expires: deadline.iso + "T23:59:59Z", subGroupName: "Youth Justice Group", boardName: "Riverside Board",
            meetingDate: date, deadline: deadline)
        let message = ReportRequestMailer.message(for: mail, baseURL: "https://minutes.example/")
        #expect(message.subject == "Report requested: Youth Justice Group to the Riverside Board, 20 March 2031")
        #expect(message.body.contains("https://minutes.example/report-links/" + String(repeating: "a", count: 43) + "\n"))
        #expect(message.body.contains("by \(deadline.longWithWeekday)"))
    }

    @Test("when the mail server refuses, the report link just made is withdrawn: no link works that nobody was sent")
    func refusedMailWithdrawsTheLink() async throws {
        let (_, database) = try makeTestApp()
        _ = try await seedReporting(database)
        try await database.write(as: .system) { db in try db.execute(sql: "UPDATE seat SET role = 'chairman' WHERE id = 2") }
        let requests = GRDBReportRequestRepository(database: database)
        let smtp = SMTPClient(
            configuration: SMTPConfiguration(
                host: "127.0.0.1", port: try PackIssuePagesTests.closedPort(),
                from: "committees@riverside.example"))
        let mailer = ReportRequestMailer(requests: requests, smtp: smtp, baseURL: "https://minutes.example")
        await #expect(throws: DomainError.self) {
            try await mailer.send(subGroupID: 2, meetingID: 1, today: Today.date, by: .tool("test"))
        }
        let (made, live) = try await database.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reportRequest") ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM reportRequest WHERE revokedAt IS NULL") ?? -1
            )
        }
        #expect(made == 1 && live == 0)
        // A link already used or withdrawn is not withdrawn again.
        let mail = try await requests.createRequest(subGroupID: 2, meetingID: 1, today: Today.date, by: .tool("test"))
        #expect(try await requests.withdraw(tokens: [mail.token], by: .tool("test")) == 1)
        #expect(try await requests.withdraw(tokens: [mail.token], by: .tool("test")) == 0)
        #expect(try await requests.open(token: mail.token).0 == .revoked)
    }
}
