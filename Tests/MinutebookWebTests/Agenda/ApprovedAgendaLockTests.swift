import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// Once a meeting's minutes are approved its agenda and papers are part of the record: the agenda
/// editor's changes are refused with a 409 and the reason, never a 500, and nothing changes.
@Suite("An approved meeting's agenda and papers are locked")
struct ApprovedAgendaLockTests {
    @Test("adding, moving, removing an item with a minute, and uploading a report are refused with 409")
    func lockedAgenda() async throws {
        let (app, database) = try makeTestApp()
        var w = Fixture.world
        let january = w.meeting(of: 1, on: "2025-01-14", status: .held, id: 40)
        w.item("Apologies", on: january, number: "1", position: 0, id: 401)
        let burglary = w.item("Burglary figures", on: january, number: "2", position: 1, id: 402)
        w.minute("Burglary figures", number: 12, text: "The Board noted the figures.", of: january, item: burglary, id: 4001)
        w.approve(january, on: "2025-03-11")
        let accounts = try await Fixture.seed(database, world: w)
        func agendaText() throws -> String {
            try database.writer.read { db in
                try String.fetchOne(db, sql: "SELECT group_concat(id || ':' || position || ':' || title, '|') FROM agendaItem WHERE meetingId = 40")
                    ?? ""
            }
        }
        let before = try agendaText()
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            let base = "/p/riverside/bodies/board/meetings/2025-01-14"
            for (uri, fields) in [
                ("\(base)/agenda/items", [("title", "Added afterwards")]),
                ("\(base)/agenda/items/402/up", []),
                ("\(base)/agenda/items/402/remove", []),
                ("\(base)/agenda/items/401/remove", [])
            ] {
                _ = try await secretary.get("\(base)/agenda/edit")
                let page = try await secretary.post(uri, fields)
                #expect(page.status == .conflict, "\(uri)")
                #expect(page.html.contains("minutes are approved"), "\(uri)")
            }
            _ = try await secretary.get("\(base)/agenda/edit")
            let upload = try await AgendaPagesTests().upload(
                secretary, client, "\(base)/agenda/items/402/report",
                filename: "late.md", content: Array("# Late paper\n\nText.\n".utf8))
            #expect(upload.0 == .conflict)
        }
        #expect(try agendaText() == before)
        let documents = try await database.writer.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM document WHERE meetingId = 40") }
        #expect(documents == 0)
    }
}
