import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import Testing

@testable import MinutebookStore

@Suite("Action repository")
struct ActionRepositoryTests {
    typealias F = ActionStoreFixture
    let march = LocalDate(year: 2023, month: 3, day: 20) ?? LocalDate(dayNumber: 0)

    @Test("the draft lists exactly the minutes with outstanding actions, with what was resolved")
    func draft() async throws {
        let f = try F.make()
        let matters = GRDBMattersArisingRepository(database: f.database)
        let report = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: F.secretariat)
        #expect(report.state == .drafted)
        #expect(report.meetingID == f.march)
        #expect(report.entries.map { $0.minute?.text } == ["41", "42", "44", "46a", "47", "48"])
        let first = try #require(report.entries.first)
        #expect(first.resolved == "RESOLVED that the flood exercise be followed up.")
        #expect(first.owners == ["Nadia Okafor", "QX"])
        #expect(first.update == "Awaiting update from Nadia Okafor and QX.")
        #expect(first.meetingDate?.iso == "2022-12-05")
        #expect(report.entries.last?.owners == ["Colin Hart"])
        #expect(!report.entries.contains { $0.resolved.contains("SECRET") })
    }

    @Test("passing the seat forwards open actions to the successor, audited, and the report says so")
    func succession() async throws {
        let f = try F.make()
        let repository = GRDBActionRepository(database: f.database)
        let seatRepository = GRDBSeatRepository(database: f.database)
        let matters = GRDBMattersArisingRepository(database: f.database)
        let date = try #require(LocalDate(iso: "2023-02-01"))
        let forwarded = try await seatRepository.passSeat(f.seatID, to: f.pia, on: date, by: F.clerk)
        #expect(Set(forwarded.map(\.actionID)) == [f.actions["47"], f.actions["48"]])
        let report = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: F.secretariat)
        let bikes = try #require(report.entries.first { $0.minute?.text == "47" })
        #expect(bikes.owners == ["Pia Wendt"])
        #expect(bikes.update == "Forwarded to Pia Wendt as the former Area Commander, Colin Hart, has moved on. Awaiting update from Pia Wendt.")
        // Done actions and other bodies' actions stay with Colin.
        let done = try await repository.action(id: try #require(f.actions["45"]), in: 1, audience: F.secretariat)
        #expect(done?.owners.map(\.name) == ["Colin Hart"])
        let holdings = try await f.database.read { db in
            try Row.fetchAll(db, sql: "SELECT personId, startDate, endDate FROM seatHolding WHERE seatId = 1 ORDER BY startDate")
                .map { $0["endDate"] as String? }
        }
        #expect(holdings == ["2023-01-31", nil])
        let audit = try await f.database.read { db in
            try Int.fetchOne(
                db, sql: "SELECT count(*) FROM audit WHERE actor = ? AND tableName IN ('actionOwner','actionUpdate','seatHolding')",
                arguments: [F.clerk.auditName])
        }
        #expect(audit == 2 + 2 + 2)
        // Passing to the holder again is refused and changes nothing.
        await #expect(throws: DomainError.self) { try await seatRepository.passSeat(f.seatID, to: f.pia, on: date, by: F.clerk) }
    }

    @Test("an update lands in the history and the draft; done actions leave the report")
    func updates() async throws {
        let f = try F.make()
        let repository = GRDBActionRepository(database: f.database)
        let matters = GRDBMattersArisingRepository(database: f.database)
        let action = try #require(f.actions["42"])
        try await repository.recordUpdate(on: action, text: "  The revised plan is on the agenda.  ", status: .inProgress, via: .web, by: F.clerk)
        let tracked = try #require(try await repository.action(id: action, in: 1, audience: F.secretariat))
        #expect(tracked.action.status == .inProgress)
        #expect(tracked.history.last?.text == "The revised plan is on the agenda.")
        #expect(tracked.history.last?.statusFrom == .open && tracked.history.last?.statusTo == .inProgress)
        var report = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: F.secretariat)
        #expect(report.entries.first { $0.minute?.text == "42" }?.update == "The revised plan is on the agenda.")
        await #expect(throws: DomainError.self) { try await repository.recordUpdate(on: action, text: "   ", status: nil, via: .web, by: F.clerk) }
        await #expect(throws: DomainError.self) { try await repository.recordUpdate(on: 999, text: "x", status: nil, via: .web, by: F.clerk) }
        let changed = try await repository.changeStatus(of: [action, try #require(f.actions["44"])], to: .done, note: "", by: F.clerk)
        #expect(changed == 2)
        report = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: F.secretariat)
        #expect(report.entries.map { $0.minute?.text } == ["41", "46a", "47", "48"])
    }

    @Test("a bulk change with an unknown action changes nothing")
    func bulkRollsBack() async throws {
        let f = try F.make()
        let repository = GRDBActionRepository(database: f.database)
        await #expect(throws: DomainError.self) {
            _ = try await repository.changeStatus(of: [try #require(f.actions["41"]), 12345], to: .dropped, note: "", by: F.clerk)
        }
        let status = try await f.database.read { try String.fetchOne($0, sql: "SELECT status FROM action WHERE id = 1") }
        #expect(status == "open")
    }

    @Test("saved edits, publishing as an agenda item, and the meeting's outcomes")
    func saveAndPublish() async throws {
        let f = try F.make()
        let repository = GRDBActionRepository(database: f.database)
        let matters = GRDBMattersArisingRepository(database: f.database)
        var entries = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: F.secretariat).entries
        entries[1].update = "A presentation is on the agenda."
        entries[1].isEdited = true
        let added = MattersArisingEntry(
            key: "n1", minute: nil, minuteID: nil, meetingDate: nil, title: "Newsletter",
            resolved: "The Chairman asked for a newsletter update.", owners: [], update: "To follow.",
            status: .open, isEdited: true)
        try await matters.saveMattersArising(meetingID: f.march, entries: entries.map { .init(entry: $0) } + [.init(entry: added)], by: F.clerk)
        var report = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: F.secretariat)
        #expect(report.state == .saved)
        #expect(report.entries[1].update == "A presentation is on the agenda.")
        #expect(report.entries.last?.title == "Newsletter")
        // The public cannot see the draft.
        await #expect(throws: DomainError.self) { _ = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: .public) }

        let itemID = try await matters.publishMattersArising(meetingID: f.march, by: F.clerk)
        let title = try await f.database.read { try String.fetchOne($0, sql: "SELECT title FROM agendaItem WHERE id = ?", arguments: [itemID]) }
        #expect(title == "Matters Arising")
        report = try await matters.mattersArising(bodyID: f.bodyID, date: march, audience: .public)
        #expect(report.state == .published)
        #expect(report.entries.count == 7)
        await #expect(throws: DomainError.self) { try await matters.saveMattersArising(meetingID: f.march, entries: [], by: F.clerk) }

        try await matters.recordOutcomes(meetingID: f.march, outcomes: ["m\(f.minutes["41"] ?? 0)": .closed, "n1": .carriedForward], by: F.clerk)
        let closed = try await repository.action(id: try #require(f.actions["41"]), in: 1, audience: F.secretariat)
        #expect(closed?.action.status == .done)
        #expect(closed?.history.last?.text == "Closed at the meeting of 20 March 2023.")
        // The next meeting's draft has the carried-forward entry and not the closed one.
        var w = TestWorld()
        w.meeting(of: f.bodyID, on: "2023-06-19", id: 9)
        try f.database.plant(w)
        let june = try #require(LocalDate(iso: "2023-06-19"))
        let next = try await matters.mattersArising(bodyID: f.bodyID, date: june, audience: F.secretariat)
        #expect(next.entries.contains { $0.title == "Newsletter" && $0.key.hasPrefix("c") })
        #expect(!next.entries.contains { $0.minute?.text == "41" })
    }

    @Test("Part 2 actions reach only those with Part 2 rights")
    func visibility() async throws {
        let f = try F.make()
        let repository = GRDBActionRepository(database: f.database)
        let publicView = try await repository.actions(ActionFilter(bodyID: f.otherBodyID), audience: .public)
        #expect(publicView.isEmpty)
        #expect(try await repository.action(id: 20, in: 1, audience: .public) == nil)
        let secretariat = try await repository.actions(ActionFilter(bodyID: f.otherBodyID), audience: F.secretariat)
        #expect(secretariat.map(\.action.id) == [20])
        let mine = try await repository.actions(ActionFilter(ownerPersonID: f.colin, statuses: [.open]), audience: F.secretariat)
        #expect(Set(mine.map(\.action.id)) == [f.actions["47"], f.actions["48"], 20]) // 48 through the seat he holds
        let council = try await repository.actions(ActionFilter(ownerOrganisationID: 2), audience: F.secretariat)
        #expect(council.count == 5)
        await #expect(throws: DomainError.self) { _ = try await repository.actions(ActionFilter(statuses: [.open]), audience: F.secretariat) }
    }

    @Test("due and overdue filters use the due date")
    func dueFilters() async throws {
        let f = try F.make()
        try f.database.writeSync(as: .system) { db in
            try db.execute(sql: "UPDATE action SET dueDate = '2023-01-15' WHERE id = 1; UPDATE action SET dueDate = '2023-04-01' WHERE id = 2")
        }
        let repository = GRDBActionRepository(database: f.database)
        let overdue = try await repository.actions(ActionFilter(bodyID: f.bodyID, overdueOn: march), audience: F.secretariat)
        #expect(overdue.map(\.action.id) == [1])
        let due = try await repository.actions(ActionFilter(bodyID: f.bodyID, dueBy: LocalDate(iso: "2023-04-30")), audience: F.secretariat)
        #expect(Set(due.map(\.action.id)) == [1, 2])
    }

    @Test(
        "tracker and draft queries start from an index, never a scan of all actions",
        arguments: [
            ActionFilter(bodyID: 1, overdueOn: LocalDate(iso: "2023-03-20")),
            ActionFilter(bodyID: 1, statuses: [.open, .inProgress]),
            ActionFilter(bodyID: 1, dueBy: LocalDate(iso: "2023-03-20")),
            ActionFilter(meetingID: 1),
            ActionFilter(ownerPersonID: 1),
            ActionFilter(ownerOrganisationID: 1),
            ActionFilter(ownerSeatID: 1)
        ])
    func queryPlans(_ filter: ActionFilter) async throws {
        let f = try F.make()
        let (sql, arguments) = try GRDBActionRepository.query(filter)
        let plan = try await f.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
        }
        #expect(!plan.contains { $0.hasPrefix("SCAN a") || $0.hasPrefix("SCAN action") }, "\(plan)")
        let draftPlan = try await f.database.read { db in
            try Row.fetchAll(
                db,
                sql: "EXPLAIN QUERY PLAN " + ActionRows.select + """

                    WHERE a.bodyId = ? AND a.status IN ('open','in_progress') AND m.date < ?
                    """, arguments: [1, "2023-03-20"]
            ).map { $0["detail"] as String }
        }
        #expect(draftPlan.contains { $0.contains("action_on_body_status") }, "\(draftPlan)")
        #expect(!draftPlan.contains { $0.hasPrefix("SCAN") }, "\(draftPlan)")
    }

    @Test("a matter that comes back links its later minutes into one thread")
    func thread() async throws {
        let f = try F.make()
        var w = TestWorld()
        w.minute(
            "Extremism Plan Update", number: 55, text: "The revised plan was presented.", of: f.march, body: f.bodyID, date: "2023-03-20",
            id: 30)
        try f.database.plant(w)
        let threads = GRDBThreadRepository(database: f.database)
        try await threads.linkThread(earlierMinuteID: try #require(f.minutes["42"]), laterMinuteID: 30, by: F.clerk)
        await #expect(throws: DomainError.self) { try await threads.linkThread(earlierMinuteID: 30, laterMinuteID: 3, by: F.clerk) }
        let thread = try await threads.thread(of: 30, audience: F.secretariat)
        #expect(thread.map { $0.minute.number?.text } == ["42", "55"])
        #expect(thread.first?.resolutions == ["RESOLVED that the extremism plan update be followed up."])
        // Draft minutes are not public.
        #expect(try await threads.thread(of: 30, audience: .public).isEmpty)
    }
}
