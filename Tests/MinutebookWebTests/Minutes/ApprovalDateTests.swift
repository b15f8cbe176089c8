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

/// Minutes are approved at a meeting that has taken place (issue 24, item 7): the form offers only the
/// body's later meetings on or before today, and the store refuses a meeting still to come.
@Suite("Approval at a meeting that has happened")
struct ApprovalDateTests {
    @Test("the form offers the held meeting, not the one still to come; posting the future one changes nothing; the store refuses it too")
    func onlyHeldMeetings() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        let future = Today.date.adding(days: 40)
        var w = TestWorld()
        w.meeting(of: 1, on: future.iso, id: 4)
        try database.plant(w)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            try await browser.signIn(accounts.secretariat, Fixture.password)
            _ = try await browser.get(MeetingFixture.meetingPath)
            #expect(try await browser.post(MeetingFixture.meetingPath + "/minutes/start", []).status == .seeOther)
            let page = try await browser.get(MeetingFixture.meetingPath)
            #expect(page.html.contains("<option value=\"2018-06-25\""))
            #expect(!page.html.contains("<option value=\"\(future.iso)\""))
            let refused = try await browser.post(
                MeetingFixture.meetingPath + "/minutes/approve",
                [
                    ("approved-at", future.iso), ("proposer", "Ada Quill"), ("confirm", "1")
                ])
            #expect(refused.status == .badRequest)
            #expect(refused.html.contains("href=\"#approved-at\""))
        }
        let status = try await database.read { db in try String.fetchOne(db, sql: "SELECT status FROM meeting WHERE id = 2") }
        #expect(status != MeetingStatus.minutesApproved.rawValue)

        let minutes = GRDBMinutesRepository(database: database)
        await #expect(throws: DomainError.self) {
            try await minutes.approveMinutes(
                meetingID: 2,
                MinutesApproval(
                    atMeetingID: 4, date: future, proposer: "Ada Quill",
                    recordedOn: Today.date), by: .tool("test"))
        }
        try await minutes.approveMinutes(
            meetingID: 2,
            MinutesApproval(
                atMeetingID: 3, date: LocalDate(iso: "2018-06-25") ?? Today.date,
                proposer: "Ada Quill", recordedOn: Today.date), by: .tool("test"))
        #expect(try await database.read { db in try String.fetchOne(db, sql: "SELECT status FROM meeting WHERE id = 2") } == "minutes_approved")
    }
}
