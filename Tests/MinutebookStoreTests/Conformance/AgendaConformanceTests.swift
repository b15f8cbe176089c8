import Foundation
import MinutebookCore
import MinutebookTools
import Testing

/// Agendas, reports, packs and forward plans, run against every available backend through the
/// repository protocols only.
@Suite("Agenda repositories conformance")
struct AgendaConformanceTests {
    typealias F = RiversideFixture

    @Test(
        "an agenda is cut to its audience; items are added before Part 2, moved and renumbered; reports refuse the public until published (AgendaRepository)",
        arguments: StoreBackend.available)
    func agendas(_ backend: StoreBackend) async throws {
        let agendas = try F.seeded(backend).repositories.agendas
        let full = try #require(try await agendas.agenda(of: F.approvedMeeting, audience: F.secretariat))
        #expect(full.entries.map(\.id) == [200, 201, 202])
        let publicAgenda = try #require(try await agendas.agenda(of: F.approvedMeeting, audience: .public))
        #expect(publicAgenda.entries.map(\.id) == [200, 201])

        let late = try await agendas.addItem(NewAgendaItem(title: "Street lighting"), to: F.scheduledMeeting, at: nil, by: F.editor)
        let exempt = try await agendas.addItem(
            NewAgendaItem(title: "Named offender review", part: .two, exemptReason: "Individuals"),
            to: F.scheduledMeeting, at: nil, by: F.editor)
        let first = try await agendas.addItem(NewAgendaItem(title: "Welcome"), to: F.scheduledMeeting, at: nil, by: F.editor)
        var agenda = try #require(try await agendas.agenda(of: F.scheduledMeeting, audience: F.secretariat))
        #expect(agenda.entries.last?.id == exempt, "Part 1 items are added before Part 2")
        try await agendas.moveItem(first, to: 1, by: F.editor)
        agenda = try #require(try await agendas.agenda(of: F.scheduledMeeting, audience: F.secretariat))
        #expect(agenda.entries.first?.id == first && agenda.entries.map(\.item.position) == Array(1...agenda.entries.count))
        // A scheduled meeting's agenda is a draft: the public sees none of it.
        #expect(try await agendas.agenda(of: F.scheduledMeeting, audience: .public)?.entries.isEmpty != false)

        let bytes = Array("# Street lighting\n\nNew lamps on the towpath.\n".utf8)
        let report = try await agendas.attachReport(
            ReportUpload(
                title: "Street lighting", filename: "lighting.md", format: .markdown,
                content: bytes, sha256: SHA256Hex.digest(bytes)), to: late, by: F.editor)
        #expect(report.version == 1)
        #expect(try await agendas.reportContent(documentID: report.id, audience: F.secretariat) == bytes)
        await #expect(throws: DomainError.self) { try await agendas.reportContent(documentID: report.id, audience: .public) }
        try await agendas.removeItem(late, by: F.editor)
        agenda = try #require(try await agendas.agenda(of: F.scheduledMeeting, audience: F.secretariat))
        #expect(!agenda.entries.contains { $0.id == late })
    }

    @Test(
        "an issue stores both editions; the members' pack refuses those without Part 2 (AgendaRepository packs)",
        arguments: StoreBackend.available)
    func packIssues(_ backend: StoreBackend) async throws {
        let agendas = try F.seeded(backend).repositories.agendas
        #expect(try await agendas.packIssue(of: F.scheduledMeeting) == nil)
        let issue = try await agendas.recordIssue(
            of: F.scheduledMeeting, on: try F.date("2021-12-01"),
            publicPack: PackFiles(pdf: [1, 2], html: Array("<p>".utf8)),
            membersPack: PackFiles(pdf: [3, 4, 5], html: Array("<p>2".utf8)), by: F.editor)
        #expect(issue.version == 1)
        try await agendas.recordMailing(of: issue.id, emailed: 3, note: nil, by: F.editor)
        #expect(try await agendas.packIssue(of: F.scheduledMeeting)?.emailed == 3)
        #expect(try await agendas.publishedPack(of: F.scheduledMeeting, format: .pdf) == [1, 2])
        #expect(try await agendas.issuedPack(of: F.scheduledMeeting, edition: .public, format: .pdf, audience: .public)?.bytes == [1, 2])
        #expect(
            try await agendas.issuedPack(
                of: F.scheduledMeeting, edition: .members, format: .pdf,
                audience: TestAudience.boardMember.audience)?.bytes == [3, 4, 5])
        for outsider in [TestAudience.publicVisitor, .subGroupMember, .officer, .otherPartnershipMember] {
            await #expect(throws: DomainError.self) {
                try await agendas.issuedPack(of: F.scheduledMeeting, edition: .members, format: .pdf, audience: outsider.audience)
            }
        }
    }

    @Test(
        "a pack's source carries Part 2 only in the members' edition; its recipients are the seat holders (PackRepository)",
        arguments: StoreBackend.available)
    func packSources(_ backend: StoreBackend) async throws {
        let packs = try F.seeded(backend).repositories.packs
        let date = try F.date("2021-06-10")
        #expect(try await packs.meetingID(body: "Riverside Partnership Board", date: date) == F.approvedMeeting)
        let publicSource = try await packs.packSource(meetingID: F.approvedMeeting, edition: .public, issueDate: date)
        let membersSource = try await packs.packSource(meetingID: F.approvedMeeting, edition: .members, issueDate: date)
        #expect(!publicSource.agenda.entries.contains { $0.item.part == .two })
        #expect(membersSource.agenda.entries.contains { $0.item.part == .two })
        let recipients = try await packs.recipients(meetingID: F.draftMeeting)
        #expect(Set(recipients.map(\.name)).isSuperset(of: ["Alma Brightwater", "Wren Halloway"]))
    }

    @Test("a proposal is scheduled, deferred and taken, each move in its history (ForwardPlanRepository)", arguments: StoreBackend.available)
    func forwardPlan(_ backend: StoreBackend) async throws {
        let plans = try F.seeded(backend).repositories.forwardPlans
        let item = try await plans.propose(ForwardPlanProposal(title: "Towpath lighting review", proposer: "Chairman"), for: F.board, by: F.editor)
        #expect(item.status == .proposed)
        try await plans.schedule(item.id, for: F.scheduledMeeting, by: F.editor)
        try await plans.deferItem(item.id, to: nil, reason: "Report not ready", by: F.editor)
        try await plans.markTaken(item.id, by: F.editor)
        #expect(try await plans.item(item.id)?.status == .taken)
        #expect(try await plans.items(of: F.board).map(\.id).contains(item.id))
        let moves = try await plans.history(of: item.id)
        #expect(moves.map(\.to) == [.proposed, .scheduled, .deferred, .taken])
        #expect(moves.first { $0.to == .deferred }?.reason == "Report not ready")
    }
}
