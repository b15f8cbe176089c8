import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import Testing

@testable import MinutebookStore

@Suite("Sub-group report: filled, filed, on the board's agenda, resolved")
struct SubGroupReportStoreTests {
    static let chair = Audience.account(.init(userID: 9, role: .member, partnershipID: 1, personID: 1, memberOfBodyIDs: [2]))

    @Test("a report goes from draft to agenda item to resolution")
    func lifecycle() async throws {
        let seed = try PerformanceSeed()
        let repo = GRDBSubGroupReportRepository(database: seed.database)
        let filed = LocalDate(year: 2031, month: 3, day: 7) ?? seed.meetingDate
        var draft = SubGroupReport(
            id: 0, bodyID: seed.subGroupID, meetingID: seed.meetingID, author: "Morwenna Trelawny",
            operationalUpdate: "Two new outreach workers started.",
            actionsForPartnership: ["Support the proposal for a joint housing pathway.", "  ", "Note the new referral form"])
        var saved = try await repo.saveDraft(draft, by: .tool("user:9"))
        #expect(saved.status == .draft)
        #expect(saved.actionsForPartnership.count == 2)
        // Saving again updates the same report.
        draft.strategicUpdate = "Terms of reference revised."
        saved = try await repo.saveDraft(draft, by: .tool("user:9"))
        #expect(try await repo.reports(forMeeting: seed.meetingID).count == 1)
        #expect(saved.strategicUpdate == "Terms of reference revised.")

        // Not on the agenda before it is filed.
        await #expect(throws: DomainError.conflict("The report has not been filed yet")) {
            _ = try await repo.placeOnAgenda(reportID: saved.id, by: .tool("user:1"))
        }
        try await repo.file(reportID: saved.id, on: filed, by: .tool("user:9"))
        let itemID = try await repo.placeOnAgenda(reportID: saved.id, by: .tool("user:1"))
        let onAgenda = try #require(try await repo.report(id: saved.id))
        #expect(onAgenda.status == .onAgenda)
        #expect(onAgenda.filedOn == filed)
        #expect(onAgenda.agendaItemID == itemID)
        let title = try await seed.database.read { db in
            try String.fetchOne(db, sql: "SELECT title FROM agendaItem WHERE id = ?", arguments: [itemID])
        }
        #expect(title == "Domestic Abuse Sub-group update")
        // No edits once on the agenda.
        await #expect(throws: DomainError.self) { _ = try await repo.saveDraft(draft, by: .tool("user:9")) }

        // The board adopts the proposed resolutions.
        let minuteID = try await repo.resolve(reportID: saved.id, resolutions: onAgenda.proposedResolutions, by: .tool("user:1"))
        let resolutions = try await seed.database.read { db in
            try String.fetchAll(db, sql: "SELECT text FROM resolution WHERE minuteId = ? ORDER BY position", arguments: [minuteID])
        }
        #expect(
            resolutions == [
                "RESOLVED that the Partnership support the proposal for a joint housing pathway.",
                "RESOLVED that the Partnership note the new referral form."
            ])
        let minuteItem = try await seed.database.read { db in
            try Int64.fetchOne(db, sql: "SELECT agendaItemId FROM minute WHERE id = ?", arguments: [minuteID])
        }
        #expect(minuteItem == itemID)
        #expect(try await seed.auditCount("subGroupReport") >= 4)
    }

    @Test("an incomplete report cannot be filed, and says what is missing")
    func incomplete() async throws {
        let seed = try PerformanceSeed()
        let repo = GRDBSubGroupReportRepository(database: seed.database)
        let saved = try await repo.saveDraft(SubGroupReport(id: 0, bodyID: 2, meetingID: 1), by: .tool("user:9"))
        await #expect(
            throws: DomainError.invalid("Enter the author of the report; Enter at least one of the operational, strategic or action plan updates")
        ) {
            try await repo.file(reportID: saved.id, on: seed.meetingDate, by: .tool("user:9"))
        }
        #expect(try await repo.report(id: saved.id)?.status == .draft)
    }

    @Test("only a sub-group of the meeting's body can report to it")
    func wrongBody() async throws {
        let seed = try PerformanceSeed()
        let repo = GRDBSubGroupReportRepository(database: seed.database)
        await #expect(throws: DomainError.invalid("Reports are filed by sub-groups")) {
            _ = try await repo.saveDraft(SubGroupReport(id: 0, bodyID: 1, meetingID: 1), by: .tool("user:9"))
        }
    }
}

@Suite("Risk register, strategy and directory in the store")
struct RiskStrategyDirectoryStoreTests {
    static func score(_ l: Int, _ i: Int) -> RiskScore? { RiskScore(likelihood: l, impact: i) }
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }

    @Test("risks are reviewed with history, hidden from the public, and changes show since the last meeting")
    func risks() async throws {
        let seed = try PerformanceSeed()
        let repo = GRDBRiskRegisterRepository(database: seed.database)
        let risk = try await repo.add(
            Risk(
                id: 0, partnershipID: 1, bodyID: 1, reference: "R1", title: "Loss of analyst capacity",
                owner: "Head of Community Safety", inherent: try #require(Self.score(4, 4)), residual: try #require(Self.score(3, 4)),
                openedOn: Self.date("2030-06-01")), by: .tool("user:1"))
        await #expect(throws: DomainError.conflict("The register already has a risk R1")) {
            _ = try await repo.add(risk, by: .tool("user:1"))
        }
        try await repo.review(
            RiskReview(riskID: risk.id, reviewedOn: Self.date("2031-02-01"), residual: try #require(Self.score(4, 4)), note: "Post vacant"),
            nextReviewOn: Self.date("2031-05-01"), by: .tool("user:1"))
        #expect(try await repo.risks(of: 1, audience: .public) == nil)
        let risks = try #require(try await repo.risks(of: 1, audience: PerformanceSeed.secretariat))
        #expect(risks.first?.residual == Self.score(4, 4))
        #expect(risks.first?.lastReviewedOn == Self.date("2031-02-01"))
        let reviews = try await repo.reviews(of: 1)
        let changes = RiskChange.changes(risks: risks, reviews: reviews, since: Self.date("2030-12-01"), until: seed.meetingDate)
        // Before the first review the register had it at its opening residual score.
        #expect(changes.map(\.kind) == [.escalated])
    }

    @Test("a strategy tree round-trips; drafts are hidden until published")
    func strategy() async throws {
        let seed = try PerformanceSeed()
        let indicators = GRDBIndicatorRepository(database: seed.database)
        let kpi = try await indicators.define(
            Indicator(id: 0, partnershipID: 1, bodyID: 1, code: "youth-diversion", name: "Youth diversion starts"), by: .tool("t"))
        let repo = GRDBStrategyRepository(database: seed.database)
        let plan = Strategy(
            id: 0, partnershipID: 1, bodyID: 1, title: "Harbourside Safer Communities Strategy", firstYear: 2030, lastYear: 2033,
            priorities: [
                Priority(
                    id: 0, position: 1, name: "Prevention",
                    objectives: [
                        Objective(
                            id: 0, position: 1, text: "Divert young people early",
                            actions: [
                                DeliveryAction(
                                    id: 0, title: "Commission a diversion scheme", lead: "Youth Justice Manager", due: Self.date("2031-09-30"),
                                    milestones: [Milestone(id: 0, title: "Tender issued", due: Self.date("2030-11-01"))], indicatorIDs: [kpi.id])
                            ])
                    ]),
                Priority(id: 0, position: 2, name: "Places")
            ])
        let saved = try await repo.create(plan, by: .tool("user:1"))
        #expect(try await repo.strategy(id: saved.id, audience: .public) == nil)
        try await repo.publish(strategyID: saved.id, by: .tool("user:1"))
        let loaded = try #require(try await repo.strategy(id: saved.id, audience: .public))
        #expect(loaded.priorities.map(\.name) == ["Prevention", "Places"])
        let action = try #require(loaded.allActions.first)
        #expect(action.indicatorIDs == [kpi.id])
        #expect(action.milestones.map(\.title) == ["Tender issued"])
        try await repo.updateAction(id: action.id, status: .offTrack, note: "Tender failed", by: .tool("user:1"))
        try await repo.completeMilestone(id: try #require(action.milestones.first?.id), on: Self.date("2030-11-20"), by: .tool("user:1"))
        let updated = try #require(try await repo.strategy(id: saved.id, audience: .public)?.allActions.first)
        #expect(updated.status == .offTrack)
        #expect(updated.milestones.first?.completedOn == Self.date("2030-11-20"))
    }

    @Test("a seat-based directory entry follows the seat's current holder; names and contacts need the grant")
    func directory() async throws {
        let seed = try PerformanceSeed()
        let repo = GRDBLeadDirectoryRepository(database: seed.database)
        _ = try await repo.add(DirectoryEntry(id: 0, partnershipID: 1, theme: "Serious violence duty", seatID: 1), by: .tool("user:1"))
        var entries = try await repo.entries(of: 1, audience: PerformanceSeed.secretariat)
        #expect(entries.first?.personName == "Morwenna Trelawny")
        #expect(entries.first?.email == "mt@harbourside.example")
        #expect(entries.first?.organisationName == "Harbourside Council")
        var world = TestWorld()
        world.handOver(1, to: 2, on: "2031-02-01")
        try seed.database.plant(world)
        entries = try await repo.entries(of: 1, audience: PerformanceSeed.secretariat)
        #expect(entries.first?.personName == "Idris Penhaligon")
        let publicView = try await repo.entries(of: 1, audience: .public)
        #expect(publicView.first?.seatTitle == "Head of Community Safety")
        #expect(publicView.first?.personName == nil)
        #expect(publicView.first?.email == nil)
    }
}
