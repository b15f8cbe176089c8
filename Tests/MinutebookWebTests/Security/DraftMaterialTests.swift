import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookServices
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
        var w = Fixture.world(catoEmail: "cato.home@riverside.example")
        let secretary = w.seat("Board Secretary", on: 1, role: .secretariat, organisation: 1, id: 3)
        w.holding(secretary, by: 3, from: "2015-05-01")
        let december = w.meeting(of: 1, on: "2017-12-19", status: .minutesDrafted, id: 1)
        let march = w.meeting(of: 1, on: "2018-03-26", status: .agendaPublished, id: 2)
        w.item("Minutes of the previous meeting", on: march, number: "1", standing: .previousMinutes)
        let flood = w.minute("Flood Exercise", number: 180, text: "The Board heard about the flood exercise.", of: december, id: 1)
        w.resolution("The flood drill is rehearsed in April.", of: flood)
        let venue = w.action("Book the drill venue", body: 1, minute: flood, id: 1)
        let visit = w.action("Visit the \(secret) household", body: 1, minute: flood, isPrivate: true, id: 2)
        w.owner(of: venue, person: 1)
        w.owner(of: visit, person: 2)
        w.owner(of: visit, freeText: "The \(secret) caseworker")
        let accounts = try await Fixture.seed(database, world: w)
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

            let pack = try await MattersArisingSection.fragments(
                for: try #require(
                    try await GRDBAgendaRepository(database: database)
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
