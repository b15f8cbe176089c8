import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// The secretariat's side of settled history on the web: the inferences drawn from a pack shown on
/// the action's page with their document and line, undone there; and the bulk close of a body's old
/// actions, the count shown before anything changes.
@Suite("Settled history on the web")
struct ActionHistoryPageTests {
    static let march = LocalDate(year: 2018, month: 3, day: 26) ?? LocalDate(dayNumber: 0)
    static let december = LocalDate(year: 2017, month: 12, day: 19) ?? LocalDate(dayNumber: 0)

    /// An invented Matters Arising report for 26 March 2018 that prints an update on minute 180 and
    /// leaves out minute 181 (settled: not carried forward).
    static let report = ReportEvidence(
        reference: "RB18011", meetingDate: march,
        source: EvidenceSource(file: "riverside-2018-03-26-pack.txt", line: 140),
        entries: [
            .init(
                minute: MinuteNumber(parsing: "180"), meetingDate: december, title: "Flood Exercise",
                resolved: "It was resolved that an update on the flood exercise be brought.", update: "The exercise is booked for May.", line: 152)
        ])

    static func status(_ database: AppDatabase, _ id: Int64) async throws -> String? {
        try await database.read { try String.fetchOne($0, sql: "SELECT status FROM action WHERE id = ?", arguments: [id]) }
    }

    @Test("an inference shows its document and line on the action's page, and the secretariat's undo restores the action")
    func undo() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MattersArisingPageTests.seed(database)
        _ = try await GRDBActionRepository(database: database).recordEvidence(
            bodyName: "Riverside Board", partnership: nil,
            report: Self.report, agenda: nil, actor: .system)
        #expect(try await Self.status(database, 2) == "done")
        let inference = try #require(try await GRDBActionRepository(database: database).inferences(actionID: 2).first)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get("/p/riverside/actions/2")
            #expect(page.status == .ok)
            #expect(page.html.contains("Concluded from the packs"))
            #expect(page.html.contains("Not carried forward in Matters Arising report RB18011"))
            #expect(page.html.contains("riverside-2018-03-26-pack.txt, line 140"))
            #expect(page.html.contains("/p/riverside/actions/2/inferences/\(inference.id)/undo"))
            // The update printed for 180 is in its history, with the line it came from.
            page = try await clerk.get("/p/riverside/actions/1")
            #expect(page.html.contains("The exercise is booked for May."))
            #expect(page.html.contains("riverside-2018-03-26-pack.txt, line 152"))

            // A member sees the action but may not undo.
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            page = try await member.get("/p/riverside/actions/1")
            #expect(!page.html.contains("/undo"))
            #expect(try await member.post("/p/riverside/actions/2/inferences/\(inference.id)/undo", []).status == .forbidden)
            #expect(try await Self.status(database, 2) == "done")

            _ = try await clerk.get("/p/riverside/actions/2")
            page = try await clerk.post("/p/riverside/actions/2/inferences/\(inference.id)/undo", [])
            #expect(page.status == .found)
            page = try await clerk.get("/p/riverside/actions/2")
            #expect(page.html.contains("Undone: Not carried forward"))
            #expect(!page.html.contains("/inferences/\(inference.id)/undo"))
            // Undoing twice, or an inference of another action, is refused.
            #expect(try await clerk.post("/p/riverside/actions/2/inferences/\(inference.id)/undo", []).status == .conflict)
            #expect(try await clerk.post("/p/riverside/actions/1/inferences/\(inference.id)/undo", []).status == .notFound)
        }
        #expect(try await Self.status(database, 2) == "open")
        // Importing the pack again does not draw the undone inference again.
        _ = try await GRDBActionRepository(database: database).recordEvidence(
            bodyName: "Riverside Board", partnership: nil,
            report: Self.report, agenda: nil, actor: .system)
        #expect(try await Self.status(database, 2) == "open")
    }

    @Test("close every action from meetings before a date: the count first, then closed and audited; members may not")
    func closeBefore() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await MattersArisingPageTests.seed(database)
        let path = "/p/riverside/bodies/board/actions/close-before"
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get("/p/riverside/actions?body=board")
            #expect(page.html.contains(path))
            page = try await clerk.get(path)
            #expect(page.status == .ok)
            #expect(page.html.contains("Meetings before"))
            page = try await clerk.get(path + "?date=26%20March")
            #expect(page.status == .badRequest)
            #expect(page.html.contains("There is a problem"))
            #expect(page.html.contains("value=\"26 March\""))
            // Nothing before the December meeting.
            page = try await clerk.get(path + "?date=2017-12-19")
            #expect(page.html.contains("No action of a meeting before 19 December 2017 is still open."))
            page = try await clerk.get(path + "?date=2018-01-01")
            #expect(page.html.contains("2 actions are still open from meetings before 1 January 2018."))
            #expect(try await Self.status(database, 1) == "open")
            // A count that no longer holds is shown again, nothing closed.
            page = try await clerk.post(path, [("date", "2018-01-01"), ("count", "5")])
            #expect(page.status == .conflict)
            #expect(page.html.contains("is now 2"))
            #expect(try await Self.status(database, 1) == "open")

            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get(path + "?date=2018-01-01").status == .forbidden)
            _ = try await member.get("/p/riverside/actions")
            #expect(try await member.post(path, [("date", "2018-01-01"), ("count", "2")]).status == .forbidden)

            _ = try await clerk.get(path + "?date=2018-01-01")
            page = try await clerk.post(path, [("date", "2018-01-01"), ("count", "2")])
            #expect(page.status == .found)
            let location = try #require(page.headers[.location])
            page = try await clerk.get(location)
            #expect(page.html.contains("Closed 2 actions from meetings before 1 January 2018"))
            #expect(page.html.contains("No action of a meeting before 1 January 2018 is still open."))
        }
        #expect(try await Self.status(database, 1) == "done")
        #expect(try await Self.status(database, 2) == "done")
        let audit = try await database.read {
            try String.fetchAll($0, sql: "SELECT DISTINCT actor FROM audit WHERE tableName = 'action' AND operation = 'update'")
        }
        #expect(audit.contains { $0.contains("secretary@riverside.example") })
    }
}
