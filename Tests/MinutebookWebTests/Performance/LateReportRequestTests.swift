import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// Issue 24 item 1: "Email the chair a link" once the next meeting's reports are overdue offers the
/// board's following meeting instead of answering a bare 409.
@Suite("Asking for a sub-group report after the deadline")
struct LateReportRequestTests {
    @Test("past the next meeting's deadline the page offers the following meeting, and the button asks for that one")
    func offersFollowingMeeting() async throws {
        let (app, database) = try makeTestApp()
        let soon = Today.date.adding(days: 2), later = Today.date.adding(days: 70)
        let (accounts, _) = try await seedReporting(database, meetingOn: soon, youthLead: .chairman)
        var world = try database.world()
        world.meeting(of: 1, on: later.iso, id: 2)
        try database.plant(world)
        #expect(Today.date > SubGroupReportRules.deadline(for: soon))
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            let page = try await clerk.get("/p/riverside/bodies/youth/report")
            #expect(page.status == .ok)
            #expect(page.html.contains("Reports for the meeting on \(soon.long) were due by"))
            #expect(page.html.contains("Email the chair a link to report to the meeting on \(later.long) instead"))
            #expect(page.html.contains("name=\"meeting\" value=\"\(later.iso)\""))
            // A stale page's plain request goes back to the offer, not to a 409.
            let plain = try await clerk.post("/p/riverside/bodies/youth/report/request", [])
            #expect(plain.status == .seeOther)
            #expect(plain.headers[.location] == "/p/riverside/bodies/youth/report")
            // The offered meeting is accepted (this test site sends no mail, which is what stops it here).
            let offered = try await clerk.post("/p/riverside/bodies/youth/report/request", [("meeting", later.iso)])
            #expect(offered.status == .conflict)
            #expect(offered.html.contains("does not send email"))
            // A meeting that does not take reports is a readable 400.
            let wrong = try await clerk.post("/p/riverside/bodies/youth/report/request", [("meeting", Today.date.adding(days: 50).iso)])
            #expect(wrong.status == .badRequest)
        }
        // The store takes the request for the following meeting.
        let mail = try await GRDBReportRequestRepository(database: database).createRequest(
            subGroupID: 2, meetingID: 2, today: Today.date,
            by: .tool("test"))
        #expect(mail.meetingDate == later)
    }
}
