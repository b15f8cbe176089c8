import Foundation
import MinutebookCore
import Testing

/// The meeting read model, run against every available backend.
@Suite("Meeting repository conformance")
struct MeetingRepositoryConformanceTests {
    static let everything = Audience.account(
        .init(
            userID: 9, role: .administrator, partnershipID: nil, personID: nil,
            memberOfBodyIDs: []))

    func seeded(_ backend: StoreBackend) throws -> TestStore {
        let store = try backend.makeStore()
        try RiversideFixture.seed(store)
        return store
    }

    @Test("a meeting is found by body slug or name and date", arguments: StoreBackend.available)
    func findsMeeting(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let date = try #require(LocalDate(iso: "2021-06-10"))
        let bySlug = try await store.meetings.meeting(bodySlugOrName: "board", partnership: "riverside", date: date)
        let byName = try await store.meetings.meeting(bodySlugOrName: "riverside partnership board", partnership: nil, date: date)
        #expect(bySlug?.id == RiversideFixture.approvedMeeting)
        #expect(byName?.id == RiversideFixture.approvedMeeting)
        let noMeeting = try await store.meetings.meeting(
            bodySlugOrName: "board", partnership: "riverside",
            date: try #require(LocalDate(iso: "2021-06-11")))
        #expect(noMeeting == nil)
    }

    @Test("an unknown body, an unknown partnership and an ambiguous slug are clear errors", arguments: StoreBackend.available)
    func lookupErrors(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let date = try #require(LocalDate(iso: "2021-06-10"))
        let unknown = await #expect(throws: DomainError.self) {
            _ = try await store.meetings.meeting(bodySlugOrName: "no-such-body", partnership: nil, date: date)
        }
        #expect(unknown?.kind == .notFound)
        #expect(unknown?.message == "no body called 'no-such-body'")
        let unknownPartnership = await #expect(throws: DomainError.self) {
            _ = try await store.meetings.meeting(bodySlugOrName: "board", partnership: "nowhere", date: date)
        }
        #expect(unknownPartnership?.message == "no partnership called 'nowhere'")
        // Both partnerships have a body with slug "board".
        let ambiguous = await #expect(throws: DomainError.self) {
            _ = try await store.meetings.meeting(bodySlugOrName: "board", partnership: nil, date: date)
        }
        #expect(ambiguous?.kind == .conflict)
        #expect(ambiguous?.message.contains("elmfield, riverside") == true)
    }

    @Test(
        "the full detail holds agenda, attendance, minutes, resolutions, actions, owners, updates and documents",
        arguments: StoreBackend.available)
    func fullDetail(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let detail = try #require(try await store.meetings.meetingDetail(id: RiversideFixture.approvedMeeting, audience: Self.everything))
        #expect(detail.body.name == "Riverside Partnership Board")
        #expect(detail.partnership.slug == "riverside")
        #expect(detail.meeting.status == .minutesApproved)
        #expect(detail.agenda.map(\.number) == ["1", "2", "3"])
        #expect(detail.agenda[2].exemptReason == "Information relating to an individual")
        #expect(detail.attendance.map(\.status) == [.present, .apologies, .substitute])
        #expect(detail.attendance[0].position == .chairman)
        #expect(detail.attendance[0].organisation == "Riverside Borough Council")
        #expect(detail.attendance[2].substituteFor == "Tobias Quarry")
        #expect(detail.minutes.map { $0.minute.number?.text } == ["1", "2", "3"])
        let nte = detail.minutes[1]
        #expect(nte.resolutions.map(\.position) == [1, 2])
        #expect(nte.actions.count == 2)
        let patrol = nte.actions[0]
        #expect(patrol.action.status == .inProgress)
        #expect(patrol.action.due == LocalDate(iso: "2021-09-09"))
        // The seat-owned action names the seat's current holder.
        #expect(patrol.owners.map(\.name) == ["Wren Halloway", "Alma Brightwater"])
        #expect(patrol.owners.map(\.displayCode) == ["BC", "AB"])
        #expect(patrol.latestUpdate?.text == "Plan agreed with licensing.")
        #expect(detail.documents.count == 2)
        #expect(detail.nextMeeting?.date == LocalDate(iso: "2021-09-09"))
        #expect(detail.withheldCount == 0)
    }

    @Test("each audience sees exactly what Visibility grants it", arguments: StoreBackend.available, TestAudience.allCases)
    func visibility(_ backend: StoreBackend, _ who: TestAudience) async throws {
        let store = try seeded(backend)
        let approved = try #require(try await store.meetings.meetingDetail(id: RiversideFixture.approvedMeeting, audience: who.audience))
        let draft = try #require(try await store.meetings.meetingDetail(id: RiversideFixture.draftMeeting, audience: who.audience))
        var seen = ""
        for detail in [approved, draft] {
            seen += "\(detail)" + String(decoding: try JSONEncoder().encode(MeetingRecord(detail)), as: UTF8.self)
        }
        #expect(seen.contains(RiversideFixture.partTwoSecret) == who.seesBoardPartTwo)
        #expect(seen.contains(RiversideFixture.draftSecret) == who.seesBoardPartTwo)
        #expect(seen.contains(RiversideFixture.privateActionSecret) == who.seesBoardPartTwo)
        #expect(seen.contains("alma.brightwater@riverside.example") == who.seesContactDetails)
        // Approved Part 1 minutes are public to all.
        #expect(approved.minutes.map(\.minute.title).contains("Night-time economy update"))
        #expect(approved.agenda.count == (who.seesBoardPartTwo ? 3 : 2))
        #expect(approved.withheldCount == (who.seesBoardPartTwo ? 0 : 1))
        #expect(draft.minutes.isEmpty == !who.seesBoardPartTwo)
        #expect(draft.attendance.isEmpty == !who.seesBoardPartTwo)
    }

    @Test("a scheduled meeting's agenda is not public until published", arguments: StoreBackend.available)
    func scheduledAgenda(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let visitor = try #require(try await store.meetings.meetingDetail(id: RiversideFixture.scheduledMeeting, audience: .public))
        #expect(visitor.agenda.isEmpty)
        let clerk = try #require(
            try await store.meetings.meetingDetail(
                id: RiversideFixture.scheduledMeeting,
                audience: TestAudience.secretariat.audience))
        #expect(clerk.agenda.map(\.title) == ["Apologies for absence"])
    }

    @Test("the meeting record of a detail marks Part 2 items and keeps the contract's shape", arguments: StoreBackend.available)
    func record(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let detail = try #require(try await store.meetings.meetingDetail(id: RiversideFixture.approvedMeeting, audience: Self.everything))
        let record = MeetingRecord(detail)
        #expect(record.body == "Riverside Partnership Board")
        #expect(record.start?.hhmm == "10:00")
        #expect(record.items.map(\.part) == [.one, .one, .two])
        #expect(
            record.items[1].resolutions == [
                "A joint patrol plan is brought to the next meeting.",
                "Licensing officers attend the December meeting."
            ])
        #expect(record.items[1].actions[0].owners == ["BC", "AB"])
        #expect(record.items[1].actions[0].ownerNames == ["Wren Halloway", "Alma Brightwater"])
        #expect(record.attendance[2].substituteFor == "Tobias Quarry")
        #expect(record.nextMeeting?.date == LocalDate(iso: "2021-09-09"))
        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any]
        let items = try #require(json?["items"] as? [[String: Any]])
        #expect(items[2]["part"] as? Int == 2)
        let back = try JSONDecoder().decode(MeetingRecord.self, from: JSONEncoder().encode(record))
        #expect(back == record)
    }

    @Test("every meeting id is listed, by partnership, body and date", arguments: StoreBackend.available)
    func allMeetings(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        #expect(try await store.meetings.allMeetingIDs() == [100, 101, 102])
        #expect(try await store.meetings.meetingDates(of: RiversideFixture.board).map(\.iso) == ["2021-06-10", "2021-09-09", "2021-12-09"])
    }
}
