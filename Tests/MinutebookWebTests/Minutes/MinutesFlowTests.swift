import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// A meeting of the Riverside Board with a Part 2 item, and the next meeting that approves it.
enum MeetingFixture {
    static let secret = "PELICAN-SAPPHIRE-41"
    static let meetingPath = "/p/riverside/bodies/board/meetings/2018-03-26"

    static func seed(_ database: AppDatabase) async throws -> Fixture.Accounts {
        var w = Fixture.world
        let december = w.meeting(of: 1, on: "2017-12-19", status: .held, venue: "Civic Hall", id: 1)
        let march = w.meeting(of: 1, on: "2018-03-26", status: .agendaPublished, venue: "Civic Hall", id: 2)
        w.meeting(of: 1, on: "2018-06-25", venue: "Civic Hall", id: 3)
        w.item("Apologies for absence", on: march, number: "1")
        w.item("Crime update", on: march, number: "2")
        w.item("Burglary in the north wards", on: march, number: "2a")
        w.item("Case review \(secret)", on: march, number: "3", part: .two, exemptReason: "Information about an individual (paragraph 1)")
        // The earlier meeting used minutes 175-191 this municipal year: the next run on at 192.
        w.minute("Any other business", number: 191, text: "", of: december)
        w.approve(december, on: "2018-03-26")
        let accounts = try await Fixture.seed(database, world: w)
        return accounts
    }

    static func minuteID(number: Int, _ database: AppDatabase) async throws -> Int64 {
        try #require(
            try await database.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM minute WHERE meetingId = 2 AND number = ? AND letter = ''", arguments: [number])
            })
    }
}

@Suite("Attendance, minutes and approval")
struct MinutesFlowTests {
    @Test("the secretariat records attendance, drafts numbered minutes with a resolution and an action, and approves them")
    func secretariatPath() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            try await browser.signIn(accounts.secretariat, Fixture.password)

            let sheet = try await browser.get(MeetingFixture.meetingPath + "/attendance")
            #expect(sheet.status == .ok)
            #expect(sheet.html.contains("Ada Quill"))
            let saved = try await browser.post(
                MeetingFixture.meetingPath + "/attendance",
                [
                    ("row-1-seat", "1"), ("row-1-status", "apologies"), ("row-1-substitute", "Dana Whitlow"),
                    ("extra-1-name", "Eli Marsh"), ("extra-1-role", "Community Safety Manager")
                ])
            #expect(saved.status == .seeOther)

            _ = try await browser.get(MeetingFixture.meetingPath)
            #expect(try await browser.post(MeetingFixture.meetingPath + "/minutes/start", []).status == .seeOther)
            let page = try await browser.get(MeetingFixture.meetingPath)
            #expect(page.html.contains("Dana Whitlow"))
            #expect(page.html.contains("substitute for Ada Quill"))
            // Numbers run on from 191: 192, 193, 193a, 194.
            for number in ["192", "193", "193a", "194"] { #expect(page.html.contains("<span class=\"number\">\(number)</span>")) }

            let crime = try await MeetingFixture.minuteID(number: 193, database)
            let edit = try await browser.get(MeetingFixture.meetingPath + "/minutes/\(crime)")
            #expect(edit.status == .ok)
            let draft = try await browser.post(
                MeetingFixture.meetingPath + "/minutes/\(crime)",
                [
                    ("text", "The Borough Commander presented the crime figures."),
                    ("resolution-1", "RESOLVED that the update be noted."),
                    ("action-1-text", "Circulate the ward breakdown"), ("action-1-owner", "2"), ("action-1-owner-text", "XY"),
                    ("action-1-due", "2018-04-30")
                ])
            #expect(draft.status == .seeOther)
            let drafted = try await browser.get(MeetingFixture.meetingPath)
            #expect(drafted.html.contains("RESOLVED that the update be noted."))
            #expect(drafted.html.contains("Circulate the ward breakdown"))
            #expect(drafted.html.contains("not matched"))
            #expect(drafted.html.contains("Draft"))
            // The action is overdue (due 30 April 2018): the partnership home and its owner's page list it.
            #expect(try await browser.get("/p/riverside").html.contains("Circulate the ward breakdown"))
            #expect(try await browser.get("/p/riverside/people/2").html.contains("Circulate the ward breakdown"))

            let approved = try await browser.post(
                MeetingFixture.meetingPath + "/minutes/approve",
                [
                    ("approved-at", "2018-06-25"), ("proposer", "Ada Quill"), ("confirm", "1")
                ])
            #expect(approved.status == .seeOther)
            let final = try await browser.get(MeetingFixture.meetingPath)
            #expect(final.html.contains("Agreed and signed as a correct record at the meeting on 25 June 2018, proposed by Ada Quill."))
        }
        let actor = try await database.read { db in
            try String.fetchOne(db, sql: "SELECT actor FROM audit WHERE tableName = 'resolution' ORDER BY id DESC")
        }
        #expect(actor == "user:2:\(accounts.secretariat)")
    }

    @Test("approved minutes are fixed: an edit is a 409 page and the database is unchanged")
    func approvalLocks() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            try await browser.signIn(accounts.secretariat, Fixture.password)
            _ = try await browser.get(MeetingFixture.meetingPath)
            _ = try await browser.post(MeetingFixture.meetingPath + "/minutes/start", [])
            _ = try await browser.post(
                MeetingFixture.meetingPath + "/minutes/approve",
                [("approved-at", "2018-06-25"), ("proposer", "Ada Quill"), ("confirm", "1")])
            let minute = try await MeetingFixture.minuteID(number: 192, database)
            let before = try await Self.snapshot(database)
            let refused = try await browser.post(
                MeetingFixture.meetingPath + "/minutes/\(minute)",
                [("text", "Rewritten after approval"), ("resolution-1", "RESOLVED something else")])
            #expect(refused.status == .conflict)
            #expect(refused.html.contains("approved and cannot be changed"))
            #expect(try await browser.get(MeetingFixture.meetingPath + "/minutes/\(minute)").status == .conflict)
            #expect(try await browser.post(MeetingFixture.meetingPath + "/attendance", []).status == .conflict)
            let again = try await browser.post(
                MeetingFixture.meetingPath + "/minutes/approve",
                [("approved-at", "2018-06-25"), ("proposer", "Bram Tollis"), ("confirm", "1")])
            #expect(again.status == .conflict)
            #expect(try await Self.snapshot(database) == before)

            // A correction is a new note, not an edit.
            let corrected = try await browser.post(
                MeetingFixture.meetingPath + "/minutes/corrections",
                [("correction-minute", String(minute)), ("correction-text", "The venue was the Annexe.")])
            #expect(corrected.status == .seeOther)
            #expect(try await browser.get(MeetingFixture.meetingPath).html.contains("The venue was the Annexe."))
        }
    }

    /// Every row of the minutes and the audit count.
    static func snapshot(_ database: AppDatabase) async throws -> [String] {
        try await database.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT 'minute:' || id || ':' || text FROM minute
                    UNION ALL SELECT 'resolution:' || id || ':' || text FROM resolution
                    UNION ALL SELECT 'meeting:' || id || ':' || status || ':' || coalesce(approvalProposer, '') FROM meeting
                    UNION ALL SELECT 'audit:' || count(*) FROM audit
                    """)
        }
    }

    @Test("bad input comes back as 400 with a summary linked to the fields and the values kept")
    func badForms() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MeetingFixture.seed(database)
        try await app.test(.router) { client in
            let browser = TestBrowser(client)
            try await browser.signIn(accounts.secretariat, Fixture.password)
            _ = try await browser.get(MeetingFixture.meetingPath)
            _ = try await browser.post(MeetingFixture.meetingPath + "/minutes/start", [])
            let minute = try await MeetingFixture.minuteID(number: 192, database)
            _ = try await browser.get(MeetingFixture.meetingPath + "/minutes/\(minute)")
            let bad = try await browser.post(
                MeetingFixture.meetingPath + "/minutes/\(minute)",
                [
                    ("text", "Kept narrative"), ("action-1-text", ""), ("action-1-owner", "2"),
                    ("action-2-text", "Report back"), ("action-2-due", "2018-02-30"), ("action-3-text", "x"), ("action-3-owner", "999")
                ])
            #expect(bad.status == .badRequest)
            #expect(bad.html.contains("There is a problem"))
            for field in ["action-1-text", "action-2-due", "action-3-owner"] { #expect(bad.html.contains("href=\"#\(field)\"")) }
            #expect(bad.html.contains("Kept narrative"))
            #expect(bad.html.contains("value=\"2018-02-30\""))

            let approval = try await browser.post(MeetingFixture.meetingPath + "/minutes/approve", [("approved-at", "1999-01-01")])
            #expect(approval.status == .badRequest)
            for field in ["approved-at", "proposer", "confirm"] { #expect(approval.html.contains("href=\"#\(field)\"")) }

            let sheet = try await browser.post(MeetingFixture.meetingPath + "/attendance", [("row-1-seat", "1"), ("row-1-status", "asleep")])
            #expect(sheet.status == .badRequest)
            #expect(sheet.html.contains("href=\"#row-1-status\""))
            #expect(try await browser.get(MeetingFixture.meetingPath + "/minutes/not-a-number").status != .internalServerError)
            #expect(try await browser.get("/p/riverside/bodies/board/meetings/2018-13-45").status == .notFound)
        }
        let text = try await database.read { db in try String.fetchOne(db, sql: "SELECT text FROM minute WHERE number = 192") }
        #expect(text == "")
    }
}
