import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import MinutebookTools
import Testing

@testable import MinutebookStore

/// The text of uploaded reports is searched under the report's own rule: nothing before the pack is
/// issued, never a Part 2 report, and a report whose item turns Part 2 leaves the public index.
@Suite("Report text in search")
struct ReportTextSearchTests {
    static let editor = Editor.tool("test:reports")

    static func attach(_ text: String, to itemID: Int64, _ database: AppDatabase) async throws {
        let bytes = Array("# Report\n\n\(text)\n".utf8)
        _ = try await GRDBAgendaRepository(database: database).attachReport(
            ReportUpload(
                title: "Report", filename: "report.md", format: .markdown, content: bytes,
                sha256: SHA256Hex.digest(bytes), text: text), to: itemID, by: editor)
    }

    static func total(_ text: String, _ audience: Audience, _ fixture: SearchFixture) async throws -> Int {
        try await fixture.repository.search(SearchQuery(text: text), audience: audience).total
    }

    @Test("a Part 1 report is public once its pack is issued; a Part 2 report never is")
    func reportText() async throws {
        let fixture = try SearchFixture.make()
        let database = fixture.database
        var w = TestWorld()
        w.item("Security contract", on: 12, number: "4", part: .two, exemptReason: "Paragraph 3: financial affairs", position: 2, id: 121)
        try database.plant(w)
        try await Self.attach("The marshals will open the Ravenscourt gate at dusk.", to: 120, database)
        try await Self.attach("Payments to Zephyrine Security are under review.", to: 121, database)

        #expect(try await Self.total("Ravenscourt", .public, fixture) == 0, "a report is public before its pack is issued")
        #expect(try await Self.total("Ravenscourt", SearchFixture.boardMember, fixture) == 1)

        _ = try await GRDBAgendaRepository(database: database).recordIssue(
            of: SearchFixture.scheduledMeetingID, on: try #require(LocalDate(iso: "2020-06-05")),
            publicPack: PackFiles(pdf: Array("%PDF-1.4".utf8), html: Array("<p>pack</p>".utf8)),
            membersPack: PackFiles(pdf: Array("%PDF-1.4".utf8), html: Array("<p>members' pack</p>".utf8)), by: Self.editor)

        let results = try await fixture.repository.search(SearchQuery(text: "Ravenscourt"), audience: .public)
        #expect(results.total == 1)
        let hit = try #require(results.hits.first)
        #expect(hit.kind == .document)
        #expect(hit.snippet.contains { $0.isMatch && $0.text == "Ravenscourt" })
        #expect(try await Self.total("Zephyrine", .public, fixture) == 0, "a Part 2 report reached the public")
        #expect(try await Self.total("Zephyrine", SearchFixture.boardMember, fixture) == 1)
        #expect(try await Self.total("Zephyrine", SearchFixture.outsider, fixture) == 0)

        // The item is made exempt after issue: its report leaves the public index with it.
        try database.writeSync(as: .system) { db in
            try db.execute(sql: "UPDATE agendaItem SET part = 2, exemptReason = 'Paragraph 1: individuals' WHERE id = 120")
        }
        #expect(try await Self.total("Ravenscourt", .public, fixture) == 0)
        #expect(try await Self.total("Ravenscourt", SearchFixture.boardMember, fixture) == 1)
    }
}
