import Foundation
import GRDB
import MinutebookCore
import Testing

@testable import MinutebookStore

/// The demo's agendas name their standing items as every other agenda does, so a demo pack holds the
/// previous minutes under "Minutes of the previous meeting" (issue 24, item 2).
@Suite("Demo agendas in the pack")
struct DemoPackSourceTests {
    @Test("every demo standing item has a kind Core knows, and the board's pack source carries the previous minutes")
    func previousMinutesInThePack() async throws {
        let database = try AppDatabase.inMemory()
        _ = try DemoPartnership.ensure(in: database, options: DemoOptions(partnerships: 1, years: 1, today: DemoBulkTests.today))
        let unknown = try await database.read { db in
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT standingKind FROM agendaItem WHERE standingKind IS NOT NULL ORDER BY standingKind
                    """
            ).filter { StandingItemKind(rawValue: $0) == nil }
        }
        #expect(unknown.isEmpty, "standing kinds no reader knows: \(unknown)")

        // The board's latest held meeting whose previous meeting has minutes.
        let meetingID = try #require(
            try await database.read { db in
                try Int64.fetchOne(
                    db,
                    sql: """
                        SELECT m.id FROM meeting m JOIN body b ON b.id = m.bodyId
                        WHERE b.kind = 'board' AND m.status IN ('held', 'minutes_drafted', 'minutes_approved')
                          AND EXISTS (SELECT 1 FROM meeting p WHERE p.bodyId = m.bodyId AND p.date < m.date)
                        ORDER BY m.date DESC LIMIT 1
                        """)
            })
        let source = try await GRDBPackRepository(database: database)
            .packSource(meetingID: meetingID, edition: .public, issueDate: DemoBulkTests.today)
        let item = try #require(source.agenda.entries.first { $0.item.title == "Minutes of the previous meeting" })
        #expect(item.kind == .previousMinutes)
        #expect(item.unknownKind == nil)
        #expect(!(source.previousMinutes?.entries.isEmpty ?? true))
    }
}
