import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("Partnership, body, person, organisation and audit pages")
struct PagesTests {
    @Test("the pages link together and show seats, meetings by year and attendance")
    func pages() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get(MeetingFixture.meetingPath + "/attendance")
            _ = try await secretary.post(MeetingFixture.meetingPath + "/attendance", [("row-1-seat", "1"), ("row-1-status", "present")])

            let anonymous = TestBrowser(client)
            let home = try await anonymous.get("/p/riverside")
            #expect(home.status == .ok)
            #expect(home.html.contains("href=\"/p/riverside/bodies/board\""))
            let body = try await anonymous.get("/p/riverside/bodies/board")
            #expect(body.status == .ok)
            #expect(body.html.contains("Council Leader"))
            #expect(body.html.contains("href=\"/p/riverside/people/1\""))
            #expect(body.html.contains("2017/18") || body.html.contains("2017-18"))
            // Attendance of a meeting whose minutes are not approved is not public yet.
            #expect(!body.html.contains("By person"))
            let seen = try await secretary.get("/p/riverside/bodies/board")
            #expect(seen.html.contains("By person"))
            #expect(seen.html.contains("By organisation"))

            let person = try await anonymous.get("/p/riverside/people/1")
            #expect(person.status == .ok)
            #expect(person.html.contains("Ada Quill"))
            #expect(!person.html.contains("ada@riverside.example"))
            #expect(try await secretary.get("/p/riverside/people/1").html.contains("ada@riverside.example"))
            #expect(try await anonymous.get("/p/riverside/people/999").status == .notFound)
            #expect(try await anonymous.get("/p/riverside/organisations/1").html.contains("Riverside Council"))
            #expect(try await anonymous.get("/p/nowhere").status == .notFound)

            let audit = try await secretary.get("/p/riverside/audit/meeting/2")
            #expect(audit.status == .ok)
            #expect(audit.html.contains(accounts.secretariat))
            #expect(audit.html.contains("agenda_published"))
            #expect(audit.html.contains("held"))
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get("/p/riverside/audit/meeting/2").status == .forbidden)
            #expect(try await anonymous.get("/p/riverside/audit/meeting/2").status == .seeOther)
            #expect(try await secretary.get("/p/riverside/audit/user/1").status == .notFound)
        }
    }
}
