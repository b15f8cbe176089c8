import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
@testable import MinutebookServices
import MinutebookStore
import Testing
@testable import MinutebookWeb

/// Draft material in the next meeting's public papers (issue 17, items 7 and 13): what draft minutes
/// resolved is printed "Draft, subject to approval", private actions (their owners, text and updates)
/// never reach the public report, and the public pack gives no secretary's own e-mail address.
@Suite("Draft material in published papers")
struct DraftMaterialTests {
    static let path = "/p/riverside/bodies/board/meetings/2018-03-26/matters-arising"
    static let secret = "WAGTAIL-SLATE-19"

    /// The Board's December minutes are still a draft; minute 180 left a public action (Ada Quill) and
    /// a private one (Bram Tollis). Cato Penwright holds the Board's secretariat seat.
    static func seed(_ database: AppDatabase) async throws -> Fixture.Accounts {
        let accounts = try await Fixture.seed(database)
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                UPDATE person SET email = 'cato.home@riverside.example' WHERE id = 3;
                INSERT INTO seat (id, bodyId, title, organisationId, role) VALUES (3, 1, 'Board Secretary', 1, 'secretariat');
                INSERT INTO seatHolding (seatId, personId, startDate) VALUES (3, 3, '2015-05-01');
                INSERT INTO meeting (id, bodyId, date, municipalYear, status) VALUES (1, 1, '2017-12-19', 2017, 'minutes_drafted'),
                    (2, 1, '2018-03-26', 2017, 'agenda_published');
                INSERT INTO agendaItem (meetingId, position, number, title, part, isStanding, standingKind) VALUES
                    (2, 1, '1', 'Minutes of the previous meeting', 1, 1, 'previous_minutes');
                INSERT INTO minute (id, meetingId, bodyId, municipalYear, position, number, title, part, text) VALUES
                    (1, 1, 1, 2017, 1, 180, 'Flood Exercise', 1, 'The Board heard about the flood exercise.');
                INSERT INTO resolution (minuteId, position, text) VALUES (1, 1, 'The flood drill is rehearsed in April.');
                INSERT INTO action (id, bodyId, minuteId, text, isPrivate) VALUES (1, 1, 1, 'Book the drill venue', 0),
                    (2, 1, 1, 'Visit the \(secret) household', 1);
                INSERT INTO actionOwner (actionId, personId) VALUES (1, 1), (2, 2);
                INSERT INTO actionOwner (actionId, freeText) VALUES (2, 'The \(secret) caseworker');
                """)
        }
        return accounts
    }

    @Test("the published report marks draft resolutions and keeps private actions and their owners from the public")
    func publishedReport() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let clerk = TestBrowser(client)
            try await clerk.signIn(accounts.secretariat, Fixture.password)
            let draft = try await clerk.get(Self.path)
            #expect(draft.html.contains("Bram Tollis"))
            #expect(draft.html.contains(Self.secret))
            #expect(try await clerk.post(Self.path + "/publish", []).status == .found)

            let published = try await TestBrowser(client).get(Self.path)
            #expect(published.status == .ok)
            #expect(published.html.contains("The flood drill is rehearsed in April."))
            #expect(published.html.contains(MattersArisingEntry.draftMark))
            #expect(published.html.contains("Ada Quill"))
            #expect(!published.html.contains("Bram Tollis"))
            #expect(!published.html.contains(Self.secret))
            // Members with the Part 2 grant still see the private entry.
            let seen = try await clerk.get(Self.path)
            #expect(seen.html.contains("Bram Tollis"))

            let pack = try await MattersArisingSection.fragments(for: try #require(try await GRDBAgendaRepository(database: database)
                .agenda(of: 2, audience: .public)), edition: .public, reports: GRDBMattersArisingRepository(database: database))
            let html = pack.values.joined()
            #expect(!html.contains("Bram Tollis"))
            #expect(!html.contains(Self.secret))
        }
    }

    @Test("the public pack prints the previous meeting's draft minutes marked, and no secretary's own e-mail")
    func publicPack() async throws {
        let (_, database) = try makeTestApp()
        _ = try await Self.seed(database)
        let packs = GRDBPackRepository(database: database)
        let day = try #require(LocalDate(iso: "2018-03-01"))
        let source = try await packs.packSource(meetingID: 2, edition: .public, issueDate: day)
        let minutes = try #require(source.previousMinutes)
        #expect(minutes.isDraft)
        var w = HTMLWriter()
        PackDocument(source: source, reports: [:], pageStyles: []).writeMinutes(&w, minutes)
        #expect(w.string.contains(MattersArisingEntry.draftMark))
        #expect(source.contact?.name == "Cato Penwright")
        #expect(source.contact?.email == nil)
        let members = try await packs.packSource(meetingID: 2, edition: .members, issueDate: day)
        #expect(members.contact?.email == "cato.home@riverside.example")
    }
}
