import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
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
        var w = TestWorld()
        w.item("Tender evaluation", on: 12, number: "4", part: .two, exemptReason: "Paragraph 3: financial affairs", position: 2, id: 121)
        try database.plant(w)
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
