import Foundation
import MinutebookCore
import Testing

/// Indicators, strategies, risks, sub-group reports and their links, leads and performance papers, run
/// against every available backend through the repository protocols only.
@Suite("Performance repositories conformance")
struct PerformanceConformanceTests {
    typealias F = RiversideFixture

    @Test(
        "a draft indicator is the secretariat's until published; its target and figures are kept (IndicatorRepository)",
        arguments: StoreBackend.available)
    func indicators(_ backend: StoreBackend) async throws {
        let indicators = try F.seeded(backend).repositories.indicators
        let defined = try await indicators.define(
            Indicator(
                id: 0, partnershipID: 1, bodyID: F.board, code: "asb-1",
                name: "Anti-social behaviour reports", direction: .lowerIsBetter), by: F.editor)
        #expect(defined.id > 0)
        #expect(try await indicators.indicators(of: 1, audience: .public).isEmpty)
        #expect(try await indicators.indicator(code: "asb-1", in: 1, audience: F.secretariat)?.id == defined.id)
        var published = defined
        published.isPublished = true
        try await indicators.update(published, by: F.editor)
        #expect(try await indicators.indicators(of: 1, audience: .public).map(\.code) == ["asb-1"])
        #expect(try await indicators.targets(of: defined.id).isEmpty)
        #expect(try await indicators.actuals(of: defined.id).isEmpty)
    }

    @Test("a strategy is a draft until published (StrategyRepository)", arguments: StoreBackend.available)
    func strategies(_ backend: StoreBackend) async throws {
        let strategies = try F.seeded(backend).repositories.strategies
        let strategy = try await strategies.create(
            Strategy(
                id: 0, partnershipID: 1, bodyID: F.board, title: "Safer Streets 2021-24",
                firstYear: 2021, lastYear: 2024), by: F.editor)
        let priority = try await strategies.addPriority(
            strategyID: strategy.id, name: "Night-time economy", summary: "Safe evenings",
            by: F.editor)
        _ = try await strategies.addObjective(priorityID: priority, text: "Fewer late-night assaults", by: F.editor)
        #expect(try await strategies.strategies(of: 1, audience: .public).isEmpty)
        try await strategies.publish(strategyID: strategy.id, by: F.editor)
        let seen = try #require(try await strategies.strategy(id: strategy.id, audience: .public))
        #expect(seen.title == "Safer Streets 2021-24" && seen.priorities.map(\.name) == ["Night-time economy"])
    }

    @Test("the risk register is never the public's (RiskRegisterRepository)", arguments: StoreBackend.available)
    func risks(_ backend: StoreBackend) async throws {
        let risks = try F.seeded(backend).repositories.risks
        let score = try #require(RiskScore(likelihood: 4, impact: 4))
        let lower = try #require(RiskScore(likelihood: 2, impact: 3))
        let risk = try await risks.add(
            Risk(
                id: 0, partnershipID: 1, bodyID: F.board, reference: "R1", title: "Loss of patrol funding",
                owner: "Alma Brightwater", inherent: score, residual: lower,
                openedOn: try F.date("2021-06-10")), by: F.editor)
        #expect(try await risks.risks(of: F.board, audience: .public) == nil)
        #expect(try await risks.risks(of: F.board, audience: F.secretariat)?.map(\.id) == [risk.id])
        try await risks.close(riskID: risk.id, on: try F.date("2021-12-09"), by: F.editor)
        #expect(try await risks.risks(of: F.board, audience: F.secretariat)?.first?.closedOn == (try F.date("2021-12-09")))
    }

    @Test(
        "a sub-group's draft report is saved and filed; the chair's emailed link is withdrawn on request (SubGroupReportRepository, ReportRequestRepository)",
        arguments: StoreBackend.available)
    func subGroupReports(_ backend: StoreBackend) async throws {
        let repositories = try F.seeded(backend).repositories
        let draft = try await repositories.subGroupReports.saveDraft(
            SubGroupReport(
                id: 0, bodyID: F.subGroup, meetingID: F.scheduledMeeting,
                author: "Alma Brightwater"), by: F.editor)
        #expect(try await repositories.subGroupReports.reports(ofSubGroup: F.subGroup).map(\.id) == [draft.id])
        #expect(try await repositories.subGroupReports.meeting(of: draft)?.id == F.scheduledMeeting)

        _ = try await repositories.seats.addSeat(
            bodyID: F.subGroup, title: "Chair", role: .chairman, holderID: F.chair,
            since: try F.date("2021-06-01"), by: F.clerk)
        let mail = try await repositories.reportRequests.createRequest(
            subGroupID: F.subGroup, meetingID: F.scheduledMeeting,
            today: try F.date("2021-11-01"), by: F.editor)
        #expect(mail.email == "alma.brightwater@riverside.example")
        // The link lasts to the end of the filing deadline, long past for a 2021 meeting.
        #expect(try await repositories.reportRequests.open(token: mail.token).0 == .expired)
        #expect(try await repositories.reportRequests.withdraw(tokens: [mail.token], by: F.editor) == 1)
        #expect(try await repositories.reportRequests.open(token: mail.token).0 == .revoked)
    }

    @Test("a lead's name and address are the partnership's, not the public's (LeadDirectoryRepository)", arguments: StoreBackend.available)
    func leads(_ backend: StoreBackend) async throws {
        let leads = try F.seeded(backend).repositories.leads
        let entry = try await leads.add(DirectoryEntry(id: 0, partnershipID: 1, theme: "Domestic abuse", personID: F.chair), by: F.editor)
        #expect(try await leads.storedEntry(id: entry.id, partnershipID: 1)?.theme == "Domestic abuse")
        let publicEntry = try #require(try await leads.entries(of: 1, audience: .public).first { $0.id == entry.id })
        #expect(publicEntry.personName == nil && publicEntry.email == nil)
        try await leads.remove(entryID: entry.id, partnershipID: 1, by: F.editor)
        #expect(try await leads.storedEntry(id: entry.id, partnershipID: 1) == nil)
    }

    @Test("a performance report placed on a meeting is found on it (PerformanceAgendaRepository)", arguments: StoreBackend.available)
    func performanceAgenda(_ backend: StoreBackend) async throws {
        let papers = try F.seeded(backend).repositories.performanceAgendas
        let item = try await papers.place(
            .indicators, strategyID: nil, meetingID: F.scheduledMeeting, title: "Performance report",
            by: F.editor)
        #expect(try await papers.reports(onMeeting: F.scheduledMeeting)[item]?.kind == .indicators)
    }
}
