import Foundation
import MinutebookCore
import Testing

/// Actions, Matters Arising, threads, seats and emailed update links, run against every available
/// backend through the repository protocols only.
@Suite("Action repositories conformance")
struct ActionConformanceTests {
    typealias F = RiversideFixture

    @Test(
        "the tracker hides private actions from the public; an update and a status change are kept in the history (ActionRepository)",
        arguments: StoreBackend.available)
    func actions(_ backend: StoreBackend) async throws {
        let actions = try F.seeded(backend).repositories.actions
        let everything = try await actions.actions(ActionFilter(bodyID: F.board), audience: F.secretariat)
        #expect(Set(everything.map(\.id)) == [700, 701, 702])
        let seen = try await actions.actions(ActionFilter(bodyID: F.board), audience: .public)
        #expect(!seen.contains { $0.id == 701 })
        #expect(!seen.contains { $0.action.text.contains(F.privateActionSecret) })
        #expect(try await actions.action(id: 701, in: 1, audience: .public) == nil)

        try await actions.recordUpdate(on: 700, text: "Patrols begin in October.", status: nil, via: .web, by: F.clerk)
        #expect(try await actions.changeStatus(of: [700], to: .done, note: "Plan adopted", by: F.clerk) == 1)
        let patrol = try #require(try await actions.action(id: 700, in: 1, audience: F.secretariat))
        #expect(patrol.action.status == .done)
        #expect(patrol.history.contains { $0.text == "Patrols begin in October." && $0.via == .web })
    }

    @Test(
        "owners and due date change with the reason in the history, and a cover ends after its day (ActionHistoryRepository)",
        arguments: StoreBackend.available)
    func changes(_ backend: StoreBackend) async throws {
        let repositories = try F.seeded(backend).repositories
        let history = repositories.actionHistory
        let due = try F.date("2031-06-30")
        try await history.changeAction(700, to: ActionChange(ownerPersonIDs: [F.inspector], due: due, reason: "New lead"), by: F.clerk)
        let patrol = try #require(try await repositories.actions.action(id: 700, in: 1, audience: F.secretariat))
        #expect(patrol.owners.map(\.personID) == [F.inspector])
        #expect(patrol.action.due == due)
        #expect(patrol.history.last?.text.hasSuffix("Reason: New lead") == true)
        await #expect(throws: DomainError.self) {
            try await history.changeAction(700, to: ActionChange(ownerPersonIDs: [], due: nil, reason: "Nobody"), by: F.clerk)
        }
        await #expect(throws: DomainError.self) {
            try await history.changeAction(700, to: ActionChange(ownerPersonIDs: [F.inspector], due: due, reason: " "), by: F.clerk)
        }
        let today = try F.date("2031-01-10")
        try await history.coverAction(700, by: F.successor, until: try F.date("2031-02-01"), today: today, reason: "Leave", by: F.clerk)
        #expect(try await history.cover(of: 700, on: try F.date("2031-02-01"))?.personID == F.successor)
        #expect(try await history.cover(of: 700, on: try F.date("2031-02-02")) == nil)
        await #expect(throws: DomainError.self) {
            try await history.coverAction(700, by: F.successor, until: try F.date("2031-01-09"), today: today, reason: "Late", by: F.clerk)
        }
    }

    @Test(
        "the Matters Arising report of the next meeting lists the open actions of earlier ones (MattersArisingRepository)",
        arguments: StoreBackend.available)
    func mattersArising(_ backend: StoreBackend) async throws {
        let reports = try F.seeded(backend).repositories.mattersArising
        let date = try F.date("2021-09-09")
        #expect(try await reports.meetingID(bodyID: F.board, date: date) == F.draftMeeting)
        let report = try await reports.mattersArising(bodyID: F.board, date: date, audience: F.secretariat)
        #expect(report.bodyID == F.board && report.meetingID == F.draftMeeting)
        #expect(!report.entries.isEmpty)
        // Until the report is published it is the secretariat's working paper.
        await #expect(throws: DomainError.self) { try await reports.mattersArising(bodyID: F.board, date: date, audience: .public) }
    }

    @Test("two minutes linked as one matter are each other's neighbours until unlinked (ThreadRepository)", arguments: StoreBackend.available)
    func threads(_ backend: StoreBackend) async throws {
        let threads = try F.seeded(backend).repositories.threads
        try await threads.linkThread(earlierMinuteID: 401, laterMinuteID: 410, by: F.clerk)
        #expect(try await threads.threadNeighbours(of: 401).contains(410))
        #expect(try await threads.thread(of: 401, audience: F.secretariat).map(\.minute.minuteID).contains(410))
        #expect(try await threads.minuteReference(id: 401, audience: .public)?.bodyID == F.board)
        try await threads.unlinkThread(401, from: 410, by: F.clerk)
        #expect(!(try await threads.threadNeighbours(of: 401).contains(410)))
    }

    @Test(
        "a seat is added, handed over with its open actions, re-roled and vacated (SeatRepository, SeatUpkeepRepository)",
        arguments: StoreBackend.available)
    func seats(_ backend: StoreBackend) async throws {
        let repositories = try F.seeded(backend).repositories
        #expect(Set(try await repositories.seats.seats(bodyID: F.board).map(\.seat.id)).isSuperset(of: [300, 301, 302]))
        let seat = try await repositories.seats.addSeat(
            bodyID: F.board, title: "Probation lead", role: .member, holderID: F.inspector,
            since: try F.date("2021-10-01"), by: F.clerk)
        _ = try await repositories.seats.passSeat(seat, to: F.successor, on: try F.date("2021-11-01"), by: F.clerk)
        #expect(try await repositories.seats.seats(bodyID: F.board).first { $0.seat.id == seat }?.holderID == F.successor)
        #expect(try await repositories.seatUpkeep.changeRole(of: seat, to: .adviser, by: F.clerk).role == .adviser)
        _ = try await repositories.seatUpkeep.vacateSeat(seat, on: try F.date("2021-11-30"), by: F.clerk)
        #expect(try await repositories.seats.seats(bodyID: F.board).first { $0.seat.id == seat }?.holderID == nil)
    }

    @Test(
        "update links: one per owner with an address, opened once, withdrawn when the mail was refused (UpdateRequestRepository)",
        arguments: StoreBackend.available)
    func updateRequests(_ backend: StoreBackend) async throws {
        let requests = try F.seeded(backend).repositories.updateRequests
        let mails = try await requests.createRequests(meetingID: F.draftMeeting, kind: .request, validForDays: 14, by: F.clerk)
        #expect(!mails.isEmpty && Set(mails.map(\.email)).count == mails.count)
        let first = try #require(mails.first)
        guard case .valid(let name, _, _, _) = try await requests.open(token: first.token) else {
            Issue.record("a fresh link does not open")
            return
        }
        #expect(name == first.name)
        #expect(try await requests.open(token: String(repeating: "x", count: 43)) == .unknown)
        #expect(try await requests.withdraw(tokens: mails.map(\.token), by: F.clerk) == mails.count)
        #expect(try await requests.open(token: first.token) == .revoked)
        #expect(try await requests.ownersWithoutAddress(meetingID: F.draftMeeting).isEmpty)
    }
}
