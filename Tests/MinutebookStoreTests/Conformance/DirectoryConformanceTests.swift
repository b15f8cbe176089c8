import Foundation
import MinutebookCore
import Testing

/// Directory, bodies, audit trail and the data version, run against every available backend through
/// the repository protocols only.
@Suite("Directory repositories conformance")
struct DirectoryConformanceTests {
    typealias F = RiversideFixture

    @Test("partnerships, their bodies and a body by slug within its partnership (DirectoryRepository)", arguments: StoreBackend.available)
    func directory(_ backend: StoreBackend) async throws {
        let directory = try F.seeded(backend).repositories.directory
        #expect(try await directory.partnerships().map(\.slug).sorted() == ["elmfield", "riverside"])
        let riverside = try #require(try await directory.partnership(slug: "riverside"))
        #expect(riverside.name == "Riverside Community Safety Partnership")
        #expect(try await directory.partnership(slug: "nowhere") == nil)
        #expect(Set(try await directory.bodies(of: riverside.id).map(\.id)) == [F.board, F.subGroup])
        #expect(try await directory.body(slug: "board", in: 2)?.name == "Elmfield Board")
        let (partnership, body) = try await directory.partnershipAndBody(partnership: "riverside", body: "domestic-abuse")
        #expect(partnership?.id == 1 && body?.id == F.subGroup)
        // The secretariat sees every meeting of the board; nobody sees another body's meetings there.
        let meetings = try await directory.meetings(of: F.board, audience: F.secretariat, limit: 10)
        #expect(Set(meetings.map(\.id)) == [F.approvedMeeting, F.draftMeeting, F.scheduledMeeting])
        #expect(try await directory.meetings(of: F.subGroup, audience: F.secretariat, limit: 10).isEmpty)
    }

    @Test("a body by slug or name, its sub-groups and its seats on a date (BodyRepository)", arguments: StoreBackend.available)
    func bodies(_ backend: StoreBackend) async throws {
        let bodies = try F.seeded(backend).repositories.bodies
        #expect(try await bodies.body(slugOrName: "Riverside Partnership Board", partnership: "riverside")?.id == F.board)
        #expect(try await bodies.subGroups(of: F.board).map(\.id) == [F.subGroup])
        let seats = try await bodies.seats(of: F.board, on: try F.date("2021-09-01"), audience: F.secretariat)
        let commander = try #require(seats.first { $0.seat.title == "Borough Commander" })
        #expect(commander.holder?.fullName == "Wren Halloway")
        let earlier = try await bodies.seats(of: F.board, on: try F.date("2021-03-01"), audience: F.secretariat)
        #expect(earlier.first { $0.seat.title == "Borough Commander" }?.holder?.fullName == "Tobias Quarry")
    }

    @Test(
        "every write leaves an audit entry the partnership can read, and moves the data version (AuditRepository, DataVersionSource)",
        arguments: StoreBackend.available)
    func auditAndVersion(_ backend: StoreBackend) async throws {
        let store = try F.seeded(backend)
        let before = try await store.repositories.dataVersion.dataVersion()
        let history = try #require(try await store.repositories.audit.history(table: "meeting", rowID: F.approvedMeeting, partnershipID: 1))
        #expect(!history.isEmpty)
        // Another partnership's audit is not this one's to read.
        #expect(try await store.repositories.audit.history(table: "meeting", rowID: F.approvedMeeting, partnershipID: 2) == nil)
        _ = try await store.repositories.meetingSchedule.cancelMeeting(F.scheduledMeeting, reason: "No quorum", by: F.clerk)
        #expect(try await store.repositories.dataVersion.dataVersion() != before)
    }
}
