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
        let stored = try await f.database.read {
            try Int.fetchOne($0, sql: "SELECT count(*) FROM updateRequest WHERE tokenHash = ?", arguments: [ivo.token])
        }
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

    @Test("reminders fall due the given number of working days before the meeting, and are claimed and sent once")
    func reminders() async throws {
        let f = try F.make()
        let requests = GRDBUpdateRequestRepository(database: f.database)
        let meeting = try #require(LocalDate(iso: "2023-03-20"))
        let day = WorkingDays.subtracting(5, from: meeting)
        #expect(day.iso == "2023-03-13")
        #expect(try await requests.meetingsNeedingReminders(today: day.adding(days: -1), workingDays: 5).isEmpty)
        #expect(try await requests.meetingsNeedingReminders(today: day, workingDays: 5) == [f.march])
        // A sender that was down on the day catches up until the day before the meeting, never on or after it.
        #expect(try await requests.meetingsNeedingReminders(today: day.adding(days: 3), workingDays: 5) == [f.march])
        #expect(try await requests.meetingsNeedingReminders(today: meeting, workingDays: 5).isEmpty)

        #expect(try await requests.claimReminders(today: day, workingDays: 5, by: F.clerk) == [f.march])
        // Claimed: a second sender finds nothing to send.
        #expect(try await requests.claimReminders(today: day, workingDays: 5, by: F.clerk).isEmpty)
        // A failed send gives the claim back; the next run claims it again.
        try await requests.releaseReminder(meetingID: f.march, by: F.clerk)
        #expect(try await requests.claimReminders(today: day.adding(days: 1), workingDays: 5, by: F.clerk) == [f.march])
        try await requests.finishReminder(meetingID: f.march, emails: 3, by: F.clerk)
        #expect(try await requests.meetingsNeedingReminders(today: day.adding(days: 2), workingDays: 5).isEmpty)
        let state = try await f.database.read { try String.fetchOne($0, sql: "SELECT state || ':' || emailCount FROM meetingReminder") }
        #expect(state == "sent:3")
        let actor = try await f.database.read {
            try String.fetchOne($0, sql: "SELECT actor FROM audit WHERE tableName = 'meetingReminder' ORDER BY id DESC LIMIT 1")
        }
        #expect(actor == F.clerk.auditName)
    }

    @Test("a reminder skips owners who have answered; owners no email reaches are named")
    func remindersSkipAnswered() async throws {
        let f = try F.make()
        let requests = GRDBUpdateRequestRepository(database: f.database)
        let first = try await requests.createRequests(meetingID: f.march, kind: .request, validForDays: 14, by: F.clerk)
        let ivo = try #require(first.first { $0.name == "Ivo Brandt" })
        _ = try await requests.submit(token: ivo.token, updates: [try #require(f.actions["42"]): "Plan revised."])
        let reminders = try await requests.createRequests(meetingID: f.march, kind: .reminder, validForDays: 7, by: F.clerk)
        #expect(reminders.map(\.name) == ["Colin Hart", "Nadia Okafor"])
        // Minute 41's second owner is a code nobody matches.
        #expect(try await requests.ownersWithoutAddress(meetingID: f.march) == ["QX"])
    }

    @Test("links made for emails the server refused are withdrawn; a link already used stays as it was")
    func withdrawRefused() async throws {
        let f = try F.make()
        let requests = GRDBUpdateRequestRepository(database: f.database)
        let mails = try await requests.createRequests(meetingID: f.march, kind: .request, validForDays: 14, by: F.clerk)
        let ivo = try #require(mails.first { $0.name == "Ivo Brandt" })
        _ = try await requests.submit(token: ivo.token, updates: [try #require(f.actions["42"]): "Plan revised."])
        #expect(try await requests.withdraw(tokens: mails.map(\.token), by: F.clerk) == mails.count - 1)
        for mail in mails where mail.name != "Ivo Brandt" {
            #expect(try await requests.open(token: mail.token) == .revoked)
        }
        #expect(try await requests.open(token: ivo.token) != .revoked)
        #expect(try await requests.withdraw(tokens: [], by: F.clerk) == 0)
    }
}
