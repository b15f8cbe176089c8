import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import MinutebookTools
import Testing

@testable import MinutebookStore

@Suite("Agenda and forward plan repositories")
struct AgendaRepositoryTests {
    let editor = Editor.tool("test")
    static let secretariat = Audience.account(.init(userID: 1, role: .secretariat, partnershipID: 1, personID: nil, memberOfBodyIDs: []))

    func makeDatabase() throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-agenda-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        var w = TestWorld()
        let fenwick = w.partnership("Fenwick Safer Partnership", slug: "fenwick", reportReferencePattern: "FSP{yy}{nnn}", id: 1)
        let board = w.body("Fenwick Board", slug: "board", in: fenwick, id: 1)
        w.body("Prevent Sub-Group", slug: "prevent", kind: .subGroup, reportsTo: board, in: fenwick, id: 2)
        w.meeting(of: board, on: "2025-12-04", id: 1)
        try database.plant(w)
        return database
    }

    func date(_ iso: String) throws -> LocalDate { try #require(LocalDate(iso: iso)) }

    @Test("scheduling drafts the agenda from the template, sub-groups and deferred items, and audits it")
    func schedule() async throws {
        let database = try makeDatabase()
        let agendas = GRDBAgendaRepository(database: database)
        let plan = GRDBForwardPlanRepository(database: database)
        let deferred = try await plan.propose(
            ForwardPlanProposal(
                title: "Hate crime review", proposer: "Vice-Chairman",
                targetMeetingID: 1), for: 1, by: editor)
        try await plan.deferItem(deferred.id, to: nil, reason: "report not ready", by: editor)

        let meeting = try await agendas.scheduleMeeting(MeetingSchedule(bodyID: 1, date: try date("2026-03-12")), by: editor)
        let agenda = try #require(try await agendas.agenda(of: meeting.id, audience: Self.secretariat))
        let lines = agenda.entries.map { "\($0.item.number ?? "") \($0.item.title)" }
        #expect(lines.contains("2 Minutes of the previous meeting held on 4 December 2025"))
        #expect(lines.contains("3 Matters arising"))
        #expect(lines.contains("6a Prevent Sub-Group update"))
        #expect(lines.contains { $0.hasSuffix("Hate crime review") })
        let rolled = try #require(try await plan.item(deferred.id))
        #expect(rolled.status == .scheduled && rolled.targetMeetingID == meeting.id)
        let history = try await plan.history(of: deferred.id).map { "\($0.from?.rawValue ?? "-")>\($0.to.rawValue)" }
        #expect(history == ["->proposed", "proposed>scheduled", "scheduled>deferred", "deferred>scheduled"])
        let audited = try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit WHERE tableName = 'agendaItem' AND actor = 'test'")
        }
        #expect((audited ?? 0) >= agenda.entries.count)

        await #expect(throws: DomainError.self) {
            _ = try await agendas.scheduleMeeting(MeetingSchedule(bodyID: 1, date: try date("2026-03-12")), by: editor)
        }
    }

    @Test("deferring to a later meeting moves the agenda item and keeps the dates in the history")
    func deferMoves() async throws {
        let database = try makeDatabase()
        let agendas = GRDBAgendaRepository(database: database)
        let plan = GRDBForwardPlanRepository(database: database)
        let march = try await agendas.scheduleMeeting(MeetingSchedule(bodyID: 1, date: try date("2026-03-12")), by: editor)
        let june = try await agendas.scheduleMeeting(MeetingSchedule(bodyID: 1, date: try date("2026-06-18")), by: editor)
        let item = try await plan.propose(
            ForwardPlanProposal(title: "CCTV strategy", proposer: "Chairman", targetMeetingID: march.id),
            for: 1, by: editor)
        #expect(try await agendas.agenda(of: march.id, audience: Self.secretariat)?.entries.contains { $0.item.title == "CCTV strategy" } == true)
        try await plan.deferItem(item.id, to: nil, reason: "awaiting costs", by: editor)
        #expect(try await agendas.agenda(of: march.id, audience: Self.secretariat)?.entries.contains { $0.item.title == "CCTV strategy" } == false)
        let juneAgenda = try #require(try await agendas.agenda(of: june.id, audience: Self.secretariat))
        #expect(juneAgenda.entries.contains { $0.item.title == "CCTV strategy" })
        let last = try #require(try await plan.history(of: item.id).last)
        #expect(last.to == .deferred && last.fromDate?.iso == "2026-03-12" && last.toDate?.iso == "2026-06-18" && last.reason == "awaiting costs")
        try await plan.markTaken(item.id, by: editor)
        await #expect(throws: DomainError.self) { try await plan.deferItem(item.id, to: nil, reason: nil, by: editor) }
    }

    @Test("editing renumbers, Part 2 needs a reason and stays out of public view, reports are versioned")
    func editing() async throws {
        let database = try makeDatabase()
        let agendas = GRDBAgendaRepository(database: database)
        let meeting = try await agendas.scheduleMeeting(MeetingSchedule(bodyID: 1, date: try date("2026-03-12")), by: editor)
        await #expect(throws: DomainError.self) {
            _ = try await agendas.addItem(NewAgendaItem(title: "Case review", part: .two), to: meeting.id, at: nil, by: editor)
        }
        let secret = try await agendas.addItem(
            NewAgendaItem(title: "Case review", part: .two, exemptReason: "Individuals"),
            to: meeting.id, at: nil, by: editor)
        let police = try await agendas.addItem(
            NewAgendaItem(title: "Police update", reportReference: "FSP26001"),
            to: meeting.id, at: nil, by: editor)
        var agenda = try #require(try await agendas.agenda(of: meeting.id, audience: Self.secretariat))
        #expect(agenda.entries.last?.id == secret, "Part 1 items are added before Part 2")
        try await agendas.moveItem(police, to: 1, by: editor)
        agenda = try #require(try await agendas.agenda(of: meeting.id, audience: Self.secretariat))
        #expect(agenda.entries.first?.item.number == "1" && agenda.entries.first?.id == police)
        #expect(agenda.entries.map(\.item.position) == Array(1...agenda.entries.count))

        try await database.writeSync(as: .system) { db in
            try db.execute(sql: "UPDATE meeting SET status = 'agenda_published' WHERE id = ?", arguments: [meeting.id])
        }
        let publicAgenda = try #require(try await agendas.agenda(of: meeting.id, audience: .public))
        #expect(!publicAgenda.entries.contains { $0.id == secret })

        let bytes = Array("# Police\n".utf8)
        _ = try await agendas.attachReport(
            ReportUpload(
                title: "Police", filename: "police.md", format: .markdown, content: bytes,
                sha256: SHA256Hex.digest(bytes)), to: police, by: editor)
        let second = try await agendas.attachReport(
            ReportUpload(
                title: "Police", filename: "police.md", format: .markdown, content: bytes + [0x0A],
                sha256: SHA256Hex.digest(bytes + [0x0A])), to: police, by: editor)
        #expect(second.version == 2)
        agenda = try #require(try await agendas.agenda(of: meeting.id, audience: Self.secretariat))
        #expect(agenda.entries.first { $0.id == police }?.reports.map(\.version) == [2, 1])
        #expect(try await agendas.reportContent(documentID: second.id, audience: Self.secretariat) == bytes + [0x0A])
        // The read decides itself: an unpublished report is not the public's, whoever forgets to check.
        await #expect(throws: DomainError.self) { try await agendas.reportContent(documentID: second.id, audience: .public) }
        #expect(try await agendas.nextReportReference(for: meeting.id) == "FSP26002")

        #expect(try await agendas.issuedPack(of: meeting.id, edition: .members, format: .pdf, audience: Self.secretariat) == nil)
        let first = try await agendas.recordIssue(
            of: meeting.id, on: try date("2026-03-03"),
            publicPack: PackFiles(pdf: [1, 2, 3], html: Array("<p>".utf8)),
            membersPack: PackFiles(pdf: [7, 8, 9, 10], html: Array("<p>2".utf8)), by: editor)
        #expect(try await agendas.publishedPack(of: meeting.id, format: .pdf) == [1, 2, 3])
        #expect(try await agendas.publishedPack(of: meeting.id, format: .html) == Array("<p>".utf8))
        #expect(
            try await agendas.issuedPack(of: meeting.id, edition: .members, format: .pdf, audience: Self.secretariat)
                == IssuedPackFile(bytes: [7, 8, 9, 10], sha256: SHA256Hex.digest([7, 8, 9, 10])))
        let reissue = try await agendas.recordIssue(
            of: meeting.id, on: try date("2026-03-04"),
            publicPack: PackFiles(pdf: [4], html: Array("<i>".utf8)),
            membersPack: PackFiles(pdf: [11], html: Array("<i>2".utf8)), by: editor)
        let latest = try await agendas.packIssue(of: meeting.id)
        #expect(first.version == 1 && reissue.version == 2 && latest?.id == reissue.id)
        #expect(
            try await agendas.issuedPack(of: meeting.id, edition: .members, format: .html, audience: Self.secretariat)?.bytes == Array("<i>2".utf8))
        #expect(try await agendas.issuedPack(of: meeting.id, edition: .public, format: .pdf, audience: .public)?.bytes == [4])
        // The members' pack refuses itself to the public and to a member of another body.
        let otherMember = Audience.account(.init(userID: 2, role: .member, partnershipID: 1, personID: nil, memberOfBodyIDs: [2]))
        for outsider in [Audience.public, otherMember] {
            await #expect(throws: DomainError.forbidden("Only members of Fenwick Board and the secretariat can see the members' pack.")) {
                try await agendas.issuedPack(of: meeting.id, edition: .members, format: .pdf, audience: outsider)
            }
        }
        let boardMember = Audience.account(.init(userID: 3, role: .member, partnershipID: 1, personID: nil, memberOfBodyIDs: [1]))
        #expect(try await agendas.issuedPack(of: meeting.id, edition: .members, format: .pdf, audience: boardMember)?.bytes == [11])
        let late = try await agendas.addItem(NewAgendaItem(title: "Late item"), to: meeting.id, at: nil, by: editor)
        agenda = try #require(try await agendas.agenda(of: meeting.id, audience: Self.secretariat))
        #expect(agenda.entries.first { $0.id == late }?.isSupplementary == true)
    }
}
