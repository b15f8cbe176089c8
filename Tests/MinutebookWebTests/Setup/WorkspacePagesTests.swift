import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// "Your work": the secretariat's home page says what is due, awaited and unfinished; a member sees
/// their own actions and next meetings first; the public is sent to sign in.
@Suite("Your work")
struct WorkspacePagesTests {
    /// The riverside fixture, a board meeting of January 2020 that was held with no minutes written,
    /// and one of its minutes with an open action for Ada Quill (board member) that nobody has updated.
    static func world(_ database: AppDatabase) async throws -> Fixture.Accounts {
        let accounts = try await Fixture.seed(database)
        var world = TestWorld()
        let held = world.meeting(of: 1, on: "2020-01-15", status: .held, id: 10)
        let earlier = world.meeting(of: 1, on: "2019-10-14", status: .minutesDrafted, id: 11)
        let minute = world.minute(
            "Street lighting survey", number: 12, text: "The survey was discussed.", of: earlier, body: 1,
            date: "2019-10-14")
        let action = world.action("Walk the lit routes with residents", body: 1, minute: minute, due: "2019-12-01")
        world.owner(of: action, person: 1, code: "AQ")
        _ = held
        try database.writeSync(as: .system) { db in try db.execute(sql: world.sql) }
        return accounts
    }

    @Test("the secretariat sees the next meeting's deadlines, awaited reports and updates, and unfinished work")
    func secretariat() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.world(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            _ = try await clerk.get("/p/riverside/bodies/board/schedule")
            let scheduled = try await clerk.post(
                "/p/riverside/bodies/board/schedule",
                [("date", "2099-03-02"), ("time", "14:00"), ("venue", "Guildhall")])
            #expect(scheduled.status == .seeOther)

            let page = try await clerk.get("/p/riverside/work")
            #expect(page.status == .ok)
            #expect(page.html.contains("<h1>Your work</h1>"))
            #expect(page.html.contains("Riverside Board, Monday 2 March 2099"))
            let deadlines = MeetingDeadlines(meeting: try #require(LocalDate(year: 2099, month: 3, day: 2)), policy: .standard)
            #expect(page.html.contains(deadlines.reports.longWithWeekday))
            #expect(page.html.contains(deadlines.publication.longWithWeekday))
            // A template item of the new agenda expects a report nobody has sent.
            let reports = try #require(page.html.section(after: "Reports still awaited"))
            #expect(reports.contains("/p/riverside/bodies/board/meetings/2099-03-02/agenda/edit"))
            #expect(reports.contains("due \(deadlines.reports.longWithWeekday)"))
            // The open action from October 2019 has no update for the March 2099 Matters Arising.
            let updates = try #require(page.html.section(after: "Updates not yet received"))
            #expect(updates.contains("Minute 12: Street lighting survey"))
            #expect(updates.contains("from AQ") || updates.contains("from Ada Quill"))
            let unfinished = try #require(page.html.section(after: "Drafts and work to finish"))
            #expect(unfinished.contains("Draft minutes of Riverside Board, 14 October 2019, to approve at the next meeting"))
            #expect(unfinished.contains("Write the minutes of Riverside Board, 15 January 2020"))
            #expect(unfinished.contains("Publish the agenda of Riverside Board, 2 March 2099"))
            // Each task links to a page that answers (the minutes are written on the meeting page).
            #expect(unfinished.contains("href=\"/p/riverside/bodies/board/meetings/2020-01-15#minutes\""))
            #expect(try await clerk.get("/p/riverside/bodies/board/meetings/2020-01-15").status == .ok)
            #expect(try await clerk.get("/p/riverside/bodies/board/meetings/2099-03-02/agenda/edit").status == .ok)
            // The partnership menu leads here first.
            #expect(page.html.contains("href=\"/p/riverside/work\">Your work</a>"))
        }
    }

    @Test("a member sees their own actions and next meetings, and none of the secretariat's lists")
    func member() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.world(database)
        try await app.test(.router) { client in
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            let page = try await member.get("/p/riverside/work")
            #expect(page.status == .ok)
            let own = try #require(page.html.section(after: "Your actions"))
            #expect(own.contains("Walk the lit routes with residents"))
            #expect(page.html.contains("Your next meetings"))
            #expect(!page.html.contains("Reports still awaited") && !page.html.contains("Drafts and work to finish"))

            let other = TestBrowser(client)
            try await other.signIn(accounts.otherMember, Fixture.password)
            let otherPage = try await other.get("/p/riverside/work")
            #expect(otherPage.html.contains("No action is waiting for you."))
            #expect(!otherPage.html.contains("Walk the lit routes with residents"))
        }
    }

    @Test("the public is sent to sign in")
    func anonymous() async throws {
        let (app, database) = try makeTestApp()
        _ = try await Self.world(database)
        try await app.test(.router) { client in
            let page = try await TestBrowser(client).get("/p/riverside/work")
            #expect(page.status == .seeOther)
            #expect(page.headers[.location]?.hasPrefix("/login") == true)
        }
    }
}

extension String {
    /// The text from the heading `title` to the next `<h2`, for asserting on one section of a page.
    fileprivate func section(after title: String) -> String? {
        guard let start = range(of: ">\(title)</h2>") else { return nil }
        let rest = self[start.upperBound...]
        return String(rest[..<(rest.range(of: "<h2")?.lowerBound ?? rest.endIndex)])
    }
}
