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

/// Issue 18: the secretariat changes an action's owners and due date after its minutes are approved,
/// and hands it to someone until a date, without touching the approved minutes; each change is audited
/// and its reason is in the action's history.
@Suite("Changing an action after its minutes are approved")
struct ActionChangeTests {
    static let change = "/p/riverside/actions/1/change"

    /// The Board's December minutes are approved; their action is Ada Quill's, due 1 February 2018.
    static var world: TestWorld {
        var w = Fixture.world
        let december = w.meeting(of: 1, on: "2017-12-19", status: .minutesDrafted, id: 1)
        let flood = w.minute("Flood Exercise", number: 180, text: "AQ to arrange the flood exercise.", of: december, id: 1)
        w.resolution("An update on the flood exercise is brought to the next meeting.", of: flood)
        let update = w.action("Arrange the flood exercise", body: 1, minute: flood, due: "2018-02-01", id: 1)
        w.owner(of: update, person: 1, code: "AQ")
        w.approve(december, on: "2018-03-26")
        return w
    }

    static func minutes(_ database: AppDatabase) async throws -> [String] {
        try await database.read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT json_array(m.title, m.text, r.text, g.status) FROM minute m JOIN resolution r ON r.minuteId = m.id JOIN meeting g ON g.id = m.meetingId"
            )
        }
    }

    @Test("owners and due date change with the reason in the history; the approved minutes stay as printed")
    func ownersAndDueDate() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database, world: Self.world)
        let before = try await Self.minutes(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get("/p/riverside/actions/1")
            #expect(page.html.contains("href=\"\(Self.change)\""))
            page = try await clerk.get(Self.change)
            #expect(page.status == .ok)
            #expect(page.html.contains("id=\"owner-1\" name=\"owner\" checked"), "Ada Quill is the owner now")
            #expect(page.html.contains("name=\"due-year\" value=\"2018\"") || page.html.contains("value=\"2018\""))

            // Refused: no owner and no reason. The values typed come back with an error summary.
            page = try await clerk.post(Self.change, [("due-day", "30"), ("due-month", "6"), ("due-year", "2031"), ("reason", "")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("There is a problem"))
            #expect(page.html.contains("href=\"#owner\"") && page.html.contains("href=\"#reason\""))
            #expect(page.html.contains("value=\"2031\""))
            // Refused: a date that does not exist.
            page = try await clerk.post(
                Self.change, [("owner", "2"), ("due-day", "31"), ("due-month", "2"), ("due-year", "2031"), ("reason", "Handed on")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("id=\"owner-2\" name=\"owner\" checked"))

            page = try await clerk.post(
                Self.change,
                [
                    ("owner", "2"), ("wholeBody", "1"), ("due-day", "30"), ("due-month", "6"), ("due-year", "2031"),
                    ("reason", "Ada Quill has moved to another role")
                ])
            #expect(page.status == .seeOther)
            #expect(page.headers[.location] == "/p/riverside/actions/1")
            page = try await clerk.get("/p/riverside/actions/1")
            #expect(page.html.contains("Bram Tollis, Riverside Board"))
            #expect(page.html.contains("Owners changed from Ada Quill to Bram Tollis, Riverside Board."))
            #expect(page.html.contains("Due date changed from 1 February 2018 to 30 June 2031."))
            #expect(page.html.contains("Reason: Ada Quill has moved to another role"))

            // Nothing changed is refused, with the reason's field named.
            page = try await clerk.post(
                Self.change,
                [("owner", "2"), ("wholeBody", "1"), ("due-day", "30"), ("due-month", "6"), ("due-year", "2031"), ("reason", "Again")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("as they were"))

            // A member may not change an action.
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get(Self.change).status == .forbidden)
            #expect(try await member.post(Self.change, [("owner", "1"), ("reason", "mine")]).status == .forbidden)
        }
        #expect(try await Self.minutes(database) == before, "the approved minutes are untouched")
        let (due, audited) = try await database.read { db in
            (
                try String.fetchOne(db, sql: "SELECT dueDate FROM action WHERE id = 1"),
                try Int.fetchOne(
                    db, sql: "SELECT count(*) FROM audit WHERE tableName IN ('action', 'actionOwner', 'actionUpdate') AND actor LIKE 'user:%'")
            )
        }
        #expect(due == "2031-06-30")
        #expect((audited ?? 0) >= 4, "the owner rows, the due date and the history line are audited as the clerk")
    }

    @Test("a cover runs until its date, then the action is back with its owner; meanwhile the cover may update it")
    func cover() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database, world: Self.world)
        let until = Today.date.adding(days: 30)
        try await app.test(.router) { client in
            // Bram Tollis (a member) is not the owner: he may not update the action yet.
            let bram = TestBrowser(client)
            try await bram.signIn(accounts.otherMember, Fixture.password)
            var page = try await bram.get("/p/riverside/actions/1")
            #expect(!page.html.contains("Save the update"))
            #expect(try await bram.post("/p/riverside/actions/1", [("update", "Not mine yet")]).status == .forbidden)

            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            _ = try await clerk.get(Self.change)
            page = try await clerk.post(
                "/p/riverside/actions/1/cover",
                [("cover", "2"), ("until-day", "1"), ("until-month", "1"), ("until-year", "2020"), ("coverReason", "Leave")])
            #expect(page.status == .badRequest, "a cover that ended before today is refused")
            #expect(page.html.contains("href=\"#until-day\""))
            page = try await clerk.post(
                "/p/riverside/actions/1/cover",
                [
                    ("cover", "2"), ("until-day", "\(until.day)"), ("until-month", "\(until.month)"), ("until-year", "\(until.year)"),
                    ("coverReason", "Ada Quill is on leave")
                ])
            #expect(page.status == .seeOther)
            page = try await clerk.get("/p/riverside/actions/1")
            #expect(page.html.contains("Bram Tollis until \(until.long), then back with the owners"))
            #expect(page.html.contains("Bram Tollis covers this action until \(until.long), then it is back with Ada Quill."))
            #expect(page.html.contains("Reason: Ada Quill is on leave"))

            page = try await bram.get("/p/riverside/actions/1")
            #expect(page.html.contains("Save the update"))
            #expect(try await bram.post("/p/riverside/actions/1", [("update", "Venue booked while Ada is away.")]).status == .found)
            #expect(try await bram.get("/p/riverside/actions/1").html.contains("Venue booked while Ada is away."))
        }
        let history = GRDBActionRepository(database: database)
        #expect(try await history.cover(of: 1, on: until)?.personName == "Bram Tollis")
        #expect(try await history.cover(of: 1, on: until.adding(days: 1)) == nil, "the day after, the action is back with its owner")
        let owners = try await database.read { try Int64.fetchAll($0, sql: "SELECT personId FROM actionOwner WHERE actionId = 1") }
        #expect(owners == [1])
    }
}
