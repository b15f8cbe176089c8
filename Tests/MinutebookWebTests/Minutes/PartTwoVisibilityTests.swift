import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("Part 2 stays with the members of the body")
struct PartTwoVisibilityTests {
    enum Viewer: String, CaseIterable, Sendable {
        case anonymous, administrator, secretariat, boardMember, youthMember, officer

        var seesPartTwo: Bool { self == .administrator || self == .secretariat || self == .boardMember }

        func email(_ a: Fixture.Accounts) -> String? {
            switch self {
            case .anonymous: nil
            case .administrator: a.admin
            case .secretariat: a.secretariat
            case .boardMember: a.boardMember
            case .youthMember: a.otherMember
            case .officer: a.officer
            }
        }
    }

    @Test("the planted phrase in a Part 2 item and its draft minute reaches only those entitled", arguments: Viewer.allCases)
    func partTwo(_ viewer: Viewer) async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        let partTwoMinute = "Minute text naming the subject: \(MeetingFixture.secret)-MINUTE"
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get(MeetingFixture.meetingPath)
            _ = try await secretary.post(MeetingFixture.meetingPath + "/minutes/start", [])
            let minute = try await MeetingFixture.minuteID(number: 194, database)
            let saved = try await secretary.post(MeetingFixture.meetingPath + "/minutes/\(minute)", [("text", partTwoMinute)])
            #expect(saved.status == .seeOther)

            for approved in [false, true] {
                if approved {
                    _ = try await secretary.get(MeetingFixture.meetingPath)
                    let done = try await secretary.post(
                        MeetingFixture.meetingPath + "/minutes/approve",
                        [("approved-at", "2018-06-25"), ("proposer", "Ada Quill"), ("confirm", "1")])
                    #expect(done.status == .seeOther)
                }
                let browser = TestBrowser(client)
                if let email = viewer.email(accounts) { try await browser.signIn(email, Fixture.password) }
                let page = try await browser.get(MeetingFixture.meetingPath)
                #expect(page.status == .ok)
                #expect(page.html.contains("Crime update"))
                #expect(page.html.contains(MeetingFixture.secret) == viewer.seesPartTwo, "\(viewer) approved=\(approved)")
                #expect(page.html.contains(partTwoMinute) == viewer.seesPartTwo)
                if !viewer.seesPartTwo { #expect(page.html.contains("1 exempt (Part 2) item is not shown.")) }
                // Draft minutes are for members of the body; approved ones are public.
                #expect(page.html.contains("<span class=\"number\">192</span>") == (viewer.seesPartTwo || approved))
                if !viewer.seesPartTwo {
                    let edit = try await browser.get(MeetingFixture.meetingPath + "/minutes/\(minute)")
                    #expect(!edit.html.contains(MeetingFixture.secret))
                    #expect(edit.status != .ok)
                }
            }
        }
    }
}
