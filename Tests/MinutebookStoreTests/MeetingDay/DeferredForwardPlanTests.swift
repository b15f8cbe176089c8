import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import Testing

@testable import MinutebookStore

/// Issue 20: closing the meeting carries each deferred item onto the forward plan for the body's next
/// meeting, as a clerk would: audited, with the move's history saying from which meeting and minute.
@Suite("Deferred items go onto the forward plan")
struct DeferredForwardPlanTests {
    @Test("a deferred item from the plan is deferred there, any other becomes a plan item; both join the next meeting's agenda")
    func deferredItems() async throws {
        let database = try MeetingDayFixture.database()
        // The body's next meeting, in June.
        var world = try database.world()
        world.meeting(of: 1, on: "2018-06-20", id: 3)
        try database.plant(world)
        let plan = GRDBForwardPlanRepository(database: database)
        let by = MeetingDayFixture.editor
        // Knife crime was planned for March from the forward plan.
        let planned = try await plan.propose(
            ForwardPlanProposal(title: "Knife crime review", proposer: "Police", targetMeetingID: 2),
            for: 1, by: by)
        let plannedItem = try #require(
            try await database.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM agendaItem WHERE meetingId = 2 AND forwardPlanItemId = ?", arguments: [planned.id])
            })
        let day = GRDBMeetingDayRepository(database: database)
        try await day.openMeeting(meetingID: 2, by: by)
        try await day.recordRegister(MeetingDayFixture.register(), meetingID: 2, by: by)
        try await day.takeItem(agendaItemID: 11, as: .taken, by: by)
        let budget = try await day.takeItem(agendaItemID: 14, as: .deferred, by: by)
        let knifeMinute = try await day.takeItem(agendaItemID: plannedItem, as: .deferred, by: by)
        for item: Int64 in [12, 13, 15] { try await day.takeItem(agendaItemID: item, as: .withdrawn, by: by) }
        try await day.closeMeeting(meetingID: 2, by: by)

        let items = try await plan.items(of: 1)
        let budgetPlan = try #require(items.first { $0.title == "Budget" })
        #expect(budgetPlan.status == .deferred && budgetPlan.targetMeetingID == 3)
        #expect(budgetPlan.proposer.contains("26 March 2018"))
        let knife = try #require(items.first { $0.id == planned.id })
        #expect(knife.status == .deferred && knife.targetMeetingID == 3)
        let moves = try await plan.history(of: planned.id)
        let last = try #require(moves.last)
        #expect(last.to == .deferred && last.fromDate?.iso == "2018-03-26" && last.toDate?.iso == "2018-06-20")
        #expect(last.reason == "Deferred at the meeting on 26 March 2018 (minute \(knifeMinute.text))")
        #expect(try await plan.history(of: budgetPlan.id).last?.reason == "Deferred at the meeting on 26 March 2018 (minute \(budget.text))")
        // June's agenda carries both, saying where they came from; March's agenda keeps its own items.
        let june = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT title, description, forwardPlanItemId FROM agendaItem WHERE meetingId = 3 ORDER BY position")
                .map { ($0["title"] as String, $0["description"] as String?, $0["forwardPlanItemId"] as Int64?) }
        }
        #expect(june.map(\.0) == ["Budget", "Knife crime review"])
        #expect(june.allSatisfy { $0.1 == "Deferred from the meeting on 26 March 2018." })
        #expect(june.map(\.2) == [budgetPlan.id, planned.id])
        #expect(
            try await database.read { db in
                try Int.fetchOne(db, sql: "SELECT count(*) FROM agendaItem WHERE meetingId = 2 AND id IN (14, ?)", arguments: [plannedItem])
            } == 2)
        // Audited with the close.
        let audited = try await database.read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM audit WHERE tableName = 'forwardPlanItem' AND actor LIKE '%meeting-day%'")
        }
        #expect((audited ?? 0) >= 2)
    }

    @Test("with no next meeting scheduled, a deferred item waits on the forward plan")
    func noNextMeeting() async throws {
        let database = try MeetingDayFixture.database()
        let day = GRDBMeetingDayRepository(database: database)
        let by = MeetingDayFixture.editor
        try await day.openMeeting(meetingID: 2, by: by)
        try await day.recordRegister(MeetingDayFixture.register(), meetingID: 2, by: by)
        try await day.takeItem(agendaItemID: 14, as: .deferred, by: by)
        for item: Int64 in [11, 12, 13, 15] { try await day.takeItem(agendaItemID: item, as: .taken, by: by) }
        try await day.closeMeeting(meetingID: 2, by: by)
        let waiting = try #require(try await GRDBForwardPlanRepository(database: database).items(of: 1).first { $0.title == "Budget" })
        #expect(waiting.status == .deferred && waiting.targetMeetingID == nil)
    }
}
