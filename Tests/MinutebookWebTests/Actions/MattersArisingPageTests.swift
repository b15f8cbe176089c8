import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import Testing
@testable import MinutebookWeb

@Suite("Matters Arising page")
struct MattersArisingPageTests {
    static let path = "/p/riverside/bodies/board/meetings/2018-03-26/matters-arising"
    static let secret = "HERON-COBALT-77"

    /// The Riverside Board's December meeting left two open actions, one of them on a Part 2 minute.
    static func seed(_ database: AppDatabase) async throws -> Fixture.Accounts {
        let accounts = try await Fixture.seed(database)
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (1, 1, '2017-12-19', 2017, 'minutes_drafted'),
                    (2, 1, '2018-03-26', 2017, 'scheduled');
                INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part) VALUES
                    (1, 1, 1, 2017, 1, 180, 'Flood Exercise', 1), (2, 1, 1, 2017, 2, 181, 'Case Review', 2);
                INSERT INTO resolution (minuteId, position, text) VALUES (1, 1, 'An update on the flood exercise is brought to the next meeting.'),
                    (2, 1, 'The case of \(secret) is reviewed.');
                INSERT INTO action (id, bodyId, minuteId, text) VALUES (1, 1, 1, 'Flood exercise update'), (2, 1, 2, 'Review \(secret)');
                INSERT INTO actionOwner (actionId, personId) VALUES (1, 1), (2, 2);
                """)
        }
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
