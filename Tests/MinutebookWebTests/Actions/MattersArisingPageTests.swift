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

@Suite("Matters Arising page")
struct MattersArisingPageTests {
    static let path = "/p/riverside/bodies/board/meetings/2018-03-26/matters-arising"
    static let secret = "HERON-COBALT-77"

    /// The Riverside Board's December meeting left two open actions, one of them on a Part 2 minute.
    static var world: TestWorld { world() }

    /// The same, with due dates on the flood exercise update and the case review when given.
    static func world(floodDue: String? = nil, reviewDue: String? = nil) -> TestWorld {
        var w = Fixture.world
        let december = w.meeting(of: 1, on: "2017-12-19", status: .minutesDrafted, id: 1)
        w.meeting(of: 1, on: "2018-03-26", id: 2)
        let flood = w.minute("Flood Exercise", number: 180, text: "", of: december, id: 1)
        let review = w.minute("Case Review", number: 181, text: "", part: .two, of: december, id: 2)
        w.resolution("An update on the flood exercise is brought to the next meeting.", of: flood)
        w.resolution("The case of \(secret) is reviewed.", of: review)
        let update = w.action("Flood exercise update", body: 1, minute: flood, due: floodDue, id: 1)
        let reviewAction = w.action("Review \(secret)", body: 1, minute: review, due: reviewDue, id: 2)
        w.owner(of: update, person: 1)
        w.owner(of: reviewAction, person: 2)
        return w
    }

    static func seed(_ database: AppDatabase, world: TestWorld = world) async throws -> Fixture.Accounts {
        let accounts = try await Fixture.seed(database, world: world)
        return accounts
    }

    @Test("the secretariat edits, saves and publishes the draft; the public sees only the published Part 1 rows")
    func editSavePublish() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let anonymous = TestBrowser(client)
            #expect(try await anonymous.get(Self.path).status == .notFound)

            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            var page = try await clerk.get(Self.path)
            #expect(page.status == .ok)
            #expect(page.html.contains("Minute 180"))
            #expect(page.html.contains("Awaiting update from Ada Quill."))
            #expect(page.html.contains(Self.secret))
            page = try await clerk.post(Self.path, [("update-m1", "The exercise is set for 15 April."), ("omit-m2", "1")])
            #expect(page.status == .found)
            page = try await clerk.get(Self.path)
            #expect(page.html.contains("The exercise is set for 15 April."))
            #expect(page.html.contains("edited by the secretariat"))

            // A member without edit rights cannot save.
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            _ = try await member.get(Self.path)
            #expect(try await member.post(Self.path, [("update-m1", "member edit")]).status == .forbidden)

            _ = try await clerk.get(Self.path)
            #expect(try await clerk.post(Self.path + "/publish", []).status == .found)
            let published = try await anonymous.get(Self.path)
            #expect(published.status == .ok)
            #expect(published.html.contains("The exercise is set for 15 April."))
            #expect(!published.html.contains(Self.secret))
            #expect(!published.html.contains("<textarea"))
            let docx = try await anonymous.get(Self.path + ".docx")
            #expect(docx.status == .ok)
            #expect(docx.headers[.contentType] == MattersArisingDocument.mediaType)
        }
        let item = try await database.read { try String.fetchOne($0, sql: "SELECT title FROM agendaItem WHERE meetingId = 2") }
        #expect(item == "Matters Arising")
    }
}
