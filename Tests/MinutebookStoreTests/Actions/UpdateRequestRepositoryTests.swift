import Foundation
import GRDB
import MinutebookCore
import Testing
@testable import MinutebookStore

@Suite("Update requests by emailed link")
struct UpdateRequestRepositoryTests {
    typealias F = ActionStoreFixture

    @Test("one link per owner with an address, only their actions, the token stored hashed and spent once")
    func linksAreOwnersOnly() async throws {
        let f = try F.make()
        let requests = GRDBUpdateRequestRepository(database: f.database)
        let mails = try await requests.createRequests(meetingID: f.march, kind: .request, validForDays: 14, by: F.clerk)
        #expect(mails.map(\.name) == ["Colin Hart", "Nadia Okafor", "Ivo Brandt"])
        let ivo = try #require(mails.first { $0.name == "Ivo Brandt" })
        #expect(ivo.actions.map(\.minuteLabel) == ["Minute 42, 5 December 2022", "Minute 46a, 5 December 2022"])
        #expect(ivo.token.count == 43)
        let stored = try await f.database.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM updateRequest WHERE tokenHash = ?", arguments: [ivo.token]) }
        #expect(stored == 0)
        guard case .valid(_, _, _, let actions) = try await requests.open(token: ivo.token) else { Issue.record("link not valid"); return }
        #expect(actions.count == 2)
        let nadiasAction = try #require(f.actions["41"])
        await #expect(throws: DomainError.self) { _ = try await requests.submit(token: ivo.token, updates: [nadiasAction: "not mine"]) }
        #expect(try await requests.submit(token: ivo.token, updates: [try #require(f.actions["42"]): "Plan revised."]) == 1)
        #expect(try await requests.open(token: ivo.token) == .used)
        #expect(try await requests.open(token: String(ivo.token.dropLast()) + "x") == .unknown)
        #expect(try await requests.revoke(personID: f.nadia, by: F.clerk) == 1)
        let nadia = try #require(mails.first { $0.name == "Nadia Okafor" })
        #expect(try await requests.open(token: nadia.token) == .revoked)
    }

    @Test("reminders fall due the given number of working days before the meeting")
    func reminders() async throws {
        let f = try F.make()
        let requests = GRDBUpdateRequestRepository(database: f.database)
        let meeting = try #require(LocalDate(iso: "2023-03-20"))
        let day = WorkingDays.subtracting(5, from: meeting)
        #expect(day.iso == "2023-03-13")
        #expect(try await requests.meetingsNeedingReminders(today: day, workingDays: 5) == [f.march])
        #expect(try await requests.meetingsNeedingReminders(today: day.adding(days: 1), workingDays: 5).isEmpty)
        _ = try await requests.createRequests(meetingID: f.march, kind: .reminder, validForDays: 7, by: F.clerk)
        #expect(try await requests.meetingsNeedingReminders(today: day, workingDays: 5).isEmpty)
    }
}
