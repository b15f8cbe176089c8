import Foundation
import GRDB
import MinutebookCore
import Testing
@testable import MinutebookStore

@Suite("Agenda template and the pack's members in the store")
struct AgendaTemplateStoreTests {
    let editor = Editor.tool("template-test")

    func makeDatabase() throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-template-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                INSERT INTO partnership (id, slug, name) VALUES (1, 'harrowgate', 'Harrowgate Safer Partnership');
                INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Harrowgate Board', 'board');
                INSERT INTO person (id, partnershipId, fullName, honorific, email) VALUES
                    (1, 1, 'Odile Marchetti', 'Councillor', 'odile@harrowgate.example'), (2, 1, 'Bertram Ashe', NULL, 'bertram@harrowgate.example'),
                    (3, 1, 'Linnea Ward', NULL, 'linnea@harrowgate.example'), (4, 1, 'Ravi Dunmore', NULL, 'ravi@harrowgate.example'),
                    (5, 1, 'Sefton Clay', NULL, 'sefton@harrowgate.example');
                INSERT INTO jobTitle (personId, title, startDate) VALUES (3, 'Area Commander', '2020-01-01');
                INSERT INTO seat (id, bodyId, title, role, position) VALUES (1, 1, 'Member A', 'member', 1), (2, 1, 'Chairman', 'chairman', 2),
                    (3, 1, 'Police', 'vice_chairman', 3), (4, 1, 'Secretary', 'secretariat', 4), (5, 1, 'Old seat', 'member', 5);
                INSERT INTO seatHolding (seatId, personId, startDate, endDate) VALUES
                    (1, 2, '2020-01-01', NULL), (2, 1, '2020-01-01', NULL), (3, 4, '2018-01-01', '2025-12-31'), (3, 3, '2026-01-01', NULL),
                    (4, 5, '2020-01-01', NULL), (5, 4, '2018-01-01', NULL);
                UPDATE seat SET abolishedOn = '2026-02-01' WHERE id = 5;
                """)
        }
        return database
    }

    @Test("changing the template starts from the standard items, stores Part 2 with its reason, and is audited")
    func changeTemplate() async throws {
        let database = try makeDatabase()
        let agendas = GRDBAgendaRepository(database: database)
        #expect(try await agendas.hasOwnTemplate(1) == false)
        let added = try await agendas.changeTemplate(of: 1, .add(AgendaTemplateItem(title: "Confidential case review", part: .two,
                                                                                   exemptReason: "Information about individuals")),
                                                     by: editor)
        #expect(added.count == AgendaTemplateItem.standard.count + 1)
        #expect(try await agendas.hasOwnTemplate(1))
        _ = try await agendas.changeTemplate(of: 1, .move(position: added.count, to: 1), by: editor)
        _ = try await agendas.changeTemplate(of: 1, .remove(position: 2), by: editor)
        let stored = try await agendas.template(of: 1)
        #expect(stored.first?.title == "Confidential case review" && stored.first?.part == .two
                && stored.first?.exemptReason == "Information about individuals")
        #expect(!stored.contains { $0.kind == .apologies }, "the apologies item (second after the move) was removed")
        await #expect(throws: DomainError.self) {
            _ = try await agendas.changeTemplate(of: 1, .update(position: 1, AgendaTemplateItem(title: "Review", part: .two)), by: editor)
        }
        #expect(try await agendas.template(of: 1) == stored, "a refused change leaves the template as it was")
        let audited = try await database.read { db in
            try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM audit WHERE tableName = 'agendaTemplateItem' AND actor = 'template-test'
                AND json_extract(after, '$.exemptReason') = 'Information about individuals'
                """)
        }
        #expect((audited ?? 0) >= 3)

        // A new meeting is drafted with the Part 2 standing item last, with its reason.
        let meeting = try await agendas.scheduleMeeting(MeetingSchedule(bodyID: 1, date: try #require(LocalDate(iso: "2026-03-12"))), by: editor)
        let agenda = try #require(try await agendas.agenda(of: meeting.id, audience: .account(.init(
            userID: 1, role: .secretariat, partnershipID: 1, personID: nil, memberOfBodyIDs: []))))
        #expect(agenda.entries.last?.item.title == "Confidential case review")
        #expect(agenda.entries.last?.item.part == .two && agenda.entries.last?.item.exemptReason == "Information about individuals")
    }

    @Test("the pack addresses the seats' holders on the date, chairs first, through the directory's seat query")
    func packMembers() async throws {
        let database = try makeDatabase()
        let members = try await database.read { db in
            try GRDBPackRepository.members(db, bodyID: 1, on: try #require(LocalDate(iso: "2026-03-03")))
        }
        #expect(members.map(\.name) == ["Councillor Odile Marchetti", "Linnea Ward", "Bertram Ashe"])
        #expect(members[1].jobTitle == "Area Commander" && members[1].role == .viceChairman)
        let earlier = try await database.read { db in
            try GRDBPackRepository.members(db, bodyID: 1, on: try #require(LocalDate(iso: "2025-06-01")))
        }
        #expect(earlier.map(\.name) == ["Councillor Odile Marchetti", "Ravi Dunmore", "Bertram Ashe"],
                "a former holder is addressed on the earlier date, once although he held two seats")
        let secretary = try await database.read { db in
            try GRDBPackRepository.members(db, bodyID: 1, on: try #require(LocalDate(iso: "2026-03-03")), roles: [.secretariat])
        }
        #expect(secretary.map(\.email) == ["sefton@harrowgate.example"])
    }
}
