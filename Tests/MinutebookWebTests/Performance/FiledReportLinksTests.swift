import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// Issue 24 item 1: a sub-group's filed report is linked from the sub-group's page, the board
/// meeting's page and the agenda item it fills, for those allowed to read it by the one rule
/// (`PerformanceVisibility.canSee`): the secretariat from filing, the public only once it is on a
/// published agenda of a public board.
@Suite("A filed sub-group report is linked from the body, the meeting and its agenda item")
struct FiledReportLinksTests {
    static let secret = "zqfiledreportsecret"

    @Test("before the agenda is published only the secretariat and the sub-group see the links; after, everyone")
    func linkedWhereVisible() async throws {
        let (app, database) = try makeTestApp()
        let (accounts, date) = try await seedReporting(database)
        try await database.write(as: .system) { db in try db.execute(sql: "UPDATE meeting SET status = 'scheduled' WHERE id = 1") }
        let meetingPage = "/p/riverside/bodies/board/meetings/\(date.iso)"
        try await app.test(.router) { client in
            let chair = TestBrowser(client)
            try await chair.signIn(accounts.otherMember, Fixture.password)
            _ = try await chair.get("/p/riverside/bodies/youth/report")
            let filed = try await chair.post(
                "/p/riverside/bodies/youth/report",
                [
                    ("author", "Bram Tollis"), ("operationalUpdate", "Panel met twice. \(Self.secret)"), ("action", "file")
                ])
            #expect(filed.status == .seeOther)
            let location = try #require(filed.headers[.location])
            #expect(location.hasPrefix("/p/riverside/reports/"))
            let link = "href=\"\(location)\""

            // Filed, not on the agenda: the secretariat and the sub-group find it; the public finds nothing.
            let anonymous = TestBrowser(client)
            for path in ["/p/riverside/bodies/youth", meetingPage, location] {
                let page = try await anonymous.get(path)
                #expect(!page.html.contains(link) && !page.html.contains(Self.secret), "\(path) shows the filed report to the public")
            }
            #expect(try await anonymous.get(location).status == .notFound)
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            let meeting = try await secretary.get(meetingPage)
            #expect(meeting.html.contains(link) && meeting.html.contains("Not yet on the agenda"), "the secretariat's meeting page links it")
            #expect(try await secretary.get("/p/riverside/bodies/youth").html.contains(link), "the sub-group's page links it")
            #expect(try await chair.get("/p/riverside/bodies/youth").html.contains(link))
            let report = try await secretary.get(location)
            #expect(report.status == .ok && report.html.contains(Self.secret))

            // On the agenda: the agenda item links it; still nothing public until the agenda is published.
            #expect(try await secretary.post("\(location)/agenda", []).status == .seeOther)
            let onAgenda = try await secretary.get(meetingPage)
            #expect(onAgenda.html.contains("\(link)>Read the Youth Justice Group report</a>"), "the agenda item links the report")
            #expect(!(try await anonymous.get(meetingPage).html.contains(link)))
            try await database.write(as: .system) { db in try db.execute(sql: "UPDATE meeting SET status = 'agenda_published' WHERE id = 1") }
            let published = try await anonymous.get(meetingPage)
            #expect(published.html.contains("\(link)>Read the Youth Justice Group report</a>"))
            #expect(published.html.contains("id=\"\(MeetingAnchor.report(Int64(location.split(separator: "/").last.map(String.init) ?? "") ?? 0))\""))
            #expect(try await anonymous.get("/p/riverside/bodies/youth").html.contains(link))
            let open = try await anonymous.get(location)
            #expect(open.status == .ok && open.html.contains(Self.secret))
        }
    }
}
