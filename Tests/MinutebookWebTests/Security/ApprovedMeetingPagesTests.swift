import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// The agenda editor of a meeting whose minutes are approved (issue 17, item 8, web part): it offers
/// no change, says why, and issues a new version of the pack only with a reason, kept and audited.
@Suite("An approved meeting's agenda page")
struct ApprovedMeetingPagesTests {
    static let base = "/p/riverside/bodies/board/meetings/2025-01-14"

    static func seed(_ database: AppDatabase) async throws -> Fixture.Accounts {
        var w = Fixture.world
        let january = w.meeting(of: 1, on: "2025-01-14", status: .held, id: 40)
        w.item("Apologies", on: january, number: "1", position: 0, id: 401)
        let burglary = w.item("Burglary figures", on: january, number: "2", position: 1, id: 402)
        w.minute("Burglary figures", number: 12, text: "The Board noted the figures.", of: january, item: burglary, id: 4001)
        w.approve(january, on: "2025-03-11")
        let accounts = try await Fixture.seed(database, world: w)
        return accounts
    }

    @Test("the editor says the agenda is part of the record and offers no add, move, remove or upload")
    func noChangesOffered() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            let page = try await secretary.get("\(Self.base)/agenda/edit")
            #expect(page.status == .ok)
            #expect(page.html.contains("part of the record and cannot be changed"))
            for offered in ["Add the item", "Move up", "Move down", ">Remove", "type=\"file\"", ">Issue the pack<"] {
                #expect(!page.html.contains(offered), "\(offered)")
            }
            #expect(page.html.contains("Why a new version of the pack is issued"))
        }
    }

    @Test("issuing the pack again without a reason is refused 400 with the rule's words")
    func reissueNeedsReason() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Self.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("\(Self.base)/agenda/edit")
            let page = try await secretary.post("\(Self.base)/pack/issue", [("reason", "  ")])
            #expect(page.status == .badRequest)
            #expect(page.html.contains("Give the reason for a new version of the pack"))
        }
        #expect(try await GRDBAgendaRepository(database: database).packIssue(of: 40) == nil)
    }

    @Test("the store keeps a new version's reason with the issue and in its audit row, and refuses one without")
    func reasonKept() async throws {
        let (_, database) = try makeTestApp()
        _ = try await Self.seed(database)
        let agendas = GRDBAgendaRepository(database: database)
        let files = PackFiles(pdf: Array("%PDF-1.4 pack".utf8), html: Array("<p>pack</p>".utf8))
        let day = try #require(LocalDate(iso: "2025-03-20"))
        await #expect(throws: DomainError.self) {
            try await agendas.recordIssue(of: 40, on: day, publicPack: files, membersPack: files, by: .tool("test"))
        }
        let issue = try await agendas.recordIssue(
            of: 40, on: day, publicPack: files, membersPack: files,
            reason: "Item 2's figures were misprinted.", by: .tool("test"))
        #expect(issue.version == 1)
        #expect(try await agendas.packIssue(of: 40)?.reason == "Item 2's figures were misprinted.")
        let audited = try await database.read {
            try String.fetchOne($0, sql: "SELECT after FROM audit WHERE tableName = 'packIssue' AND operation = 'insert' ORDER BY id DESC LIMIT 1")
        }
        #expect(audited?.contains("misprinted") == true)
    }
}
