import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import Testing

@testable import MinutebookStore

@Suite("Agenda template and the pack's members in the store")
struct AgendaTemplateStoreTests {
    let editor = Editor.tool("template-test")

    func makeDatabase() throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-template-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        var w = TestWorld()
        let harrowgate = w.partnership("Harrowgate Safer Partnership", slug: "harrowgate", id: 1)
        let board = w.body("Harrowgate Board", slug: "board", in: harrowgate, id: 1)
        let odile = w.person("Odile Marchetti", honorific: "Councillor", email: "odile@harrowgate.example", in: harrowgate, id: 1)
        let bertram = w.person("Bertram Ashe", email: "bertram@harrowgate.example", in: harrowgate, id: 2)
        let linnea = w.person("Linnea Ward", email: "linnea@harrowgate.example", in: harrowgate, id: 3)
        let ravi = w.person("Ravi Dunmore", email: "ravi@harrowgate.example", in: harrowgate, id: 4)
        let sefton = w.person("Sefton Clay", email: "sefton@harrowgate.example", in: harrowgate, id: 5)
        w.jobTitle("Area Commander", of: linnea, from: "2020-01-01")
        let memberA = w.seat("Member A", on: board, position: 1, id: 1)
        let chairman = w.seat("Chairman", on: board, role: .chairman, position: 2, id: 2)
        let police = w.seat("Police", on: board, role: .viceChairman, position: 3, id: 3)
        let secretary = w.seat("Secretary", on: board, role: .secretariat, position: 4, id: 4)
        let old = w.seat("Old seat", on: board, position: 5, abolishedOn: "2026-02-01", id: 5)
        w.holding(memberA, by: bertram, from: "2020-01-01")
        w.holding(chairman, by: odile, from: "2020-01-01")
        w.holding(police, by: ravi, from: "2018-01-01", to: "2025-12-31")
        w.holding(police, by: linnea, from: "2026-01-01")
        w.holding(secretary, by: sefton, from: "2020-01-01")
        w.holding(old, by: ravi, from: "2018-01-01")
        try database.plant(w)
        return database
    }

    @Test("changing the template starts from the standard items, stores Part 2 with its reason, and is audited")
    func changeTemplate() async throws {
        let database = try makeDatabase()
        let agendas = GRDBAgendaRepository(database: database)
        #expect(try await agendas.hasOwnTemplate(1) == false)
        let added = try await agendas.changeTemplate(
            of: 1,
            .add(
                AgendaTemplateItem(
                    title: "Confidential case review", part: .two,
                    exemptReason: "Information about individuals")),
            by: editor)
        #expect(added.count == AgendaTemplateItem.standard.count + 1)
        #expect(try await agendas.hasOwnTemplate(1))
        _ = try await agendas.changeTemplate(of: 1, .move(position: added.count, to: 1), by: editor)
        _ = try await agendas.changeTemplate(of: 1, .remove(position: 2), by: editor)
        let stored = try await agendas.template(of: 1)
        #expect(
            stored.first?.title == "Confidential case review" && stored.first?.part == .two
                && stored.first?.exemptReason == "Information about individuals")
        #expect(!stored.contains { $0.kind == .apologies }, "the apologies item (second after the move) was removed")
        await #expect(throws: DomainError.self) {
            _ = try await agendas.changeTemplate(of: 1, .update(position: 1, AgendaTemplateItem(title: "Review", part: .two)), by: editor)
        }
        #expect(try await agendas.template(of: 1) == stored, "a refused change leaves the template as it was")
        let audited = try await database.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM audit WHERE tableName = 'agendaTemplateItem' AND actor = 'template-test'
                    AND json_extract(after, '$.exemptReason') = 'Information about individuals'
                    """)
        }
        #expect((audited ?? 0) >= 3)

        // A new meeting is drafted with the Part 2 standing item last, with its reason.
        let meeting = try await agendas.scheduleMeeting(MeetingSchedule(bodyID: 1, date: try #require(LocalDate(iso: "2026-03-12"))), by: editor)
        let agenda = try #require(
            try await agendas.agenda(
                of: meeting.id,
                audience: .account(
                    .init(
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
        #expect(
            earlier.map(\.name) == ["Councillor Odile Marchetti", "Ravi Dunmore", "Bertram Ashe"],
            "a former holder is addressed on the earlier date, once although he held two seats")
        let secretary = try await database.read { db in
            try GRDBPackRepository.members(db, bodyID: 1, on: try #require(LocalDate(iso: "2026-03-03")), roles: [.secretariat])
        }
        #expect(secretary.map(\.email) == ["sefton@harrowgate.example"])
    }
}
