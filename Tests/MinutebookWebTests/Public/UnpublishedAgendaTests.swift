import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing
@testable import MinutebookWeb

/// Before its agenda is published a meeting's page says nothing about the agenda, not even that a
/// Part 2 item exists; once published, the count of withheld exempt items is shown (issue 24, item 8).
@Suite("Unpublished agendas")
struct UnpublishedAgendaTests {
    @Test("an unpublished agenda with a Part 2 item: the public page never mentions an exempt item; a published one counts it")
    func partTwoExistence() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await database.write(as: .system) { db in
            try db.execute(sql: """
                INSERT INTO agendaItem (id, meetingId, position, number, title, part, exemptReason)
                VALUES (121, 12, 2, '4', 'Tender evaluation', 2, 'Paragraph 3: financial affairs')
                """)
        }
        try await app.test(.router) { client in
            try await client.execute(uri: "/p/millbrook/bodies/board/meetings/2020-06-15", method: .get) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(!html.contains("exempt"))
                #expect(!html.contains("Part 2"))
                #expect(html.contains("No agenda has been published for this meeting."))
            }
            try await client.execute(uri: "/p/millbrook/bodies/board/meetings/2019-12-10", method: .get) { response in
                #expect(String(buffer: response.body).contains("exempt (Part 2) item"))
            }
        }
    }
}
