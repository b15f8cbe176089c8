import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("The meeting day on the web")
struct LiveMeetingPagesTests {
    static let live = MeetingFixture.meetingPath + "/live"

    /// The agenda item ids of the March meeting by printed number ("1", "2", "2a", "3").
    static func items(_ database: AppDatabase) async throws -> [String: Int64] {
        try await database.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: "SELECT number, id FROM agendaItem WHERE meetingId = 2").map {
                    ($0["number"] as String, $0["id"] as Int64)
                })
        }
    }

    @Test("the secretariat opens the meeting, keeps the register, takes items out of order, records a vote and a declaration, and closes it")
    func runTheMeeting() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        let items = try await Self.items(database)
        let one = try #require(items["1"]), two = try #require(items["2"]), twoA = try #require(items["2a"]), three = try #require(items["3"])
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            #expect(try await clerk.get(MeetingFixture.meetingPath).html.contains("Run the meeting: live minutes"))
            #expect(try await clerk.get(Self.live).html.contains("Open the meeting"))
            #expect(try await clerk.post(Self.live + "/open", []).status == .seeOther)

            let register = try await clerk.get(Self.live + "/register")
            #expect(register.status == .ok && register.html.contains("Ada Quill"))
            #expect(
                try await clerk.post(
                    Self.live + "/register",
                    [
                        ("row-1-seat", "1"), ("row-1-status", "virtual"), ("extra-1-name", "Eli Marsh"), ("extra-1-role", "Community Safety Manager")
                    ]
                ).status == .seeOther)

            // Item 2 first, then item 1 deferred, then 2a under 2, then the Part 2 item.
            for (id, state) in [(two, "taken"), (one, "deferred"), (twoA, "taken"), (three, "taken")] {
                #expect(try await clerk.post(Self.live + "/items/\(id)/take", [("state", state)]).status == .seeOther)
            }
            let overview = try await clerk.get(Self.live)
            #expect(overview.status == .ok)
            for number in ["192", "192a", "193", "194"] { #expect(overview.html.contains("<td>\(number)</td>")) }

            let item = try await clerk.get(Self.live + "/items/\(two)")
            #expect(item.status == .ok && item.html.contains("data-autosave") && item.html.contains("live-minutes.js"))
            let saved = try await clerk.post(
                Self.live + "/items/\(two)",
                [
                    ("version", "0"), ("notes", "The Borough Commander presented the figures."),
                    ("resolution-1", "RESOLVED that the figures be noted."),
                    ("action-1-text", "Circulate the ward table"), ("action-1-owner", "p:1"), ("action-1-due", "2018-04-30"),
                    ("action-2-text", "Brief the council leader"), ("action-2-owner", "s:1"), ("action-2-due", "")
                ])
            #expect(saved.status == .seeOther)
            // A second editor still on version 0 gets a conflict, and the first save stands.
            let second = TestBrowser(client)
            try await second.signIn(accounts.admin, Fixture.password)
            _ = try await second.get(Self.live + "/items/\(two)")
            let conflict = try await second.post(Self.live + "/items/\(two)", [("version", "0"), ("notes", "A different account")])
            #expect(conflict.status == .conflict)
            #expect(conflict.html.contains("Someone else saved this item"))
            #expect(conflict.html.contains("The Borough Commander presented the figures."))
            #expect(conflict.html.contains("A different account"))

            let badVote = try await clerk.post(
                Self.live + "/items/\(two)/votes",
                [
                    ("motion", "That the figures be noted"), ("kind", "show_of_hands"), ("vote-for", "3"), ("vote-against", "0"),
                    ("vote-abstain", "0")
                ])
            #expect(badVote.status == .badRequest && badVote.html.contains("only 1 voting members are present"))
            #expect(
                try await clerk.post(
                    Self.live + "/items/\(two)/votes",
                    [
                        ("motion", "That the figures be noted"), ("kind", "recorded"), ("ballot-1", "for")
                    ]
                ).status == .seeOther)
            #expect(
                try await clerk.post(
                    Self.live + "/items/\(two)/declarations",
                    [
                        ("declarer", "p:1"), ("interest-kind", "pecuniary"), ("interest-text", "Owns a shop on the high street")
                    ]
                ).status == .seeOther)
            let missing = try await clerk.post(Self.live + "/items/\(two)/declarations", [("declarer", "p:1"), ("interest-text", "")])
            #expect(missing.status == .badRequest && missing.html.contains("There is a problem"))
            #expect(
                try await clerk.post(
                    Self.live + "/items/\(three)/declarations",
                    [
                        ("declarer", "p:1"), ("interest-kind", "other"), ("interest-text", "Knows the family \(MeetingFixture.secret)")
                    ]
                ).status == .seeOther)

            #expect(try await clerk.post(Self.live + "/close", []).status == .badRequest)
            #expect(try await clerk.post(Self.live + "/close", [("confirm-close", "1")]).status == .seeOther)
            let page = try await clerk.get(MeetingFixture.meetingPath)
            for number in ["192", "192a", "193", "194"] { #expect(page.html.contains("<span class=\"number\">\(number)</span>")) }
            #expect(page.html.contains("This item was deferred to the next meeting."))
            #expect(page.html.contains("Recorded vote"))
            #expect(page.html.contains("Ada Quill declared a pecuniary interest: Owns a shop on the high street"))
            #expect(page.html.contains("Circulate the ward table"))
            #expect(try await clerk.get(Self.live).html.contains("This meeting has been closed"))
            #expect(try await clerk.post(Self.live + "/items/\(two)/take", [("state", "deferred")]).status == .conflict)

            // Approved: the public sees the Part 1 declaration and vote, never the Part 2 one.
            #expect(
                try await clerk.post(
                    MeetingFixture.meetingPath + "/minutes/approve",
                    [
                        ("approved-at", "2018-06-25"), ("proposer", "Ada Quill"), ("confirm", "1")
                    ]
                ).status == .seeOther)
            let visitor = try await TestBrowser(client).get(MeetingFixture.meetingPath)
            #expect(visitor.html.contains("Owns a shop on the high street"))
            #expect(visitor.html.contains("That the figures be noted"))
            #expect(!visitor.html.contains(MeetingFixture.secret))
        }
        let tracked = try await database.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM action WHERE bodyId = 1 AND status = 'open' ORDER BY id")
        }
        #expect(tracked == ["Circulate the ward table", "Brief the council leader"])
        let actor = try await database.read { db in try String.fetchOne(db, sql: "SELECT actor FROM audit WHERE tableName = 'declaration'") }
        #expect(actor == "user:2:\(accounts.secretariat)")
    }

    @Test("members and signed-out visitors cannot run the meeting")
    func onlyTheSecretariat() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        try await app.test(.router) { client in
            #expect(try await TestBrowser(client).get(Self.live).status == .seeOther)
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get(Self.live).status == .forbidden)
            #expect(try await member.post(Self.live + "/open", []).status == .forbidden)
        }
        #expect(try await GRDBMeetingDayRepository(database: database).liveMeeting(meetingID: 2) == nil)
    }
}
