import Foundation
import MinutebookCore
import Testing

/// Setting up partnerships, bodies, people and organisations, and changing the meeting calendar, run
/// against every available backend through the repository protocols only.
@Suite("Set-up repositories conformance")
struct SetupConformanceTests {
    typealias F = RiversideFixture

    @Test("a partnership is added with its board and edited (PartnershipSetupRepository)", arguments: StoreBackend.available)
    func partnerships(_ backend: StoreBackend) async throws {
        let store = try F.seeded(backend)
        let added = try await store.repositories.partnershipSetup.addPartnership(
            PartnershipSettings(name: "Millbrook Community Safety Partnership", slug: "millbrook"), boardName: "Millbrook Board", by: F.clerk)
        #expect(try await store.repositories.partnershipSetup.partnerships().map(\.settings.slug).contains("millbrook"))
        #expect(try await store.repositories.directory.bodies(of: added.id).map(\.name) == ["Millbrook Board"])
        let edited = try await store.repositories.partnershipSetup.editPartnership(
            added.id, PartnershipSettings(name: "Millbrook Safer Communities", slug: "millbrook"), by: F.clerk)
        #expect(edited.settings.name == "Millbrook Safer Communities")
    }

    @Test("a body is added under the board and renamed, its old name kept (BodySetupRepository)", arguments: StoreBackend.available)
    func bodies(_ backend: StoreBackend) async throws {
        let setup = try F.seeded(backend).repositories.bodySetup
        let group = try await setup.addBody(
            to: 1,
            BodySettings(
                name: "Youth Safety Group", slug: "youth", kind: .subGroup,
                reportsToBodyID: F.board), by: F.clerk)
        #expect(group.body.reportsToBodyID == F.board)
        let renamed = try await setup.renameBody(group.body.id, to: "Young People's Safety Group", by: F.clerk)
        #expect(renamed.body.name == "Young People's Safety Group" && renamed.formerNames.contains("Youth Safety Group"))
        #expect(try await setup.bodies(of: 1).contains { $0.body.id == group.body.id })
    }

    @Test("a person and an organisation are added, and a leaver's seats end (PeopleSetupRepository)", arguments: StoreBackend.available)
    func people(_ backend: StoreBackend) async throws {
        let setup = try F.seeded(backend).repositories.peopleSetup
        let charity = try await setup.addOrganisation(to: 1, OrganisationDetails(name: "Riverside Victim Support"), by: F.clerk)
        #expect(charity.name == "Riverside Victim Support")
        let day = try F.date("2021-10-01")
        let person = try await setup.addPerson(
            to: 1,
            PersonDetails(
                fullName: "Ines Marlow", jobTitle: "Service Manager",
                email: "ines.marlow@riverside.example",
                organisation: "Riverside Victim Support"), on: day, by: F.clerk)
        #expect(person.jobTitle == "Service Manager" && person.organisation == "Riverside Victim Support")
        #expect(try await setup.directory(of: 1, on: day).contains { $0.person.id == person.person.id })
        let left = try await setup.markLeft(F.chair, on: try F.date("2021-11-30"), by: F.clerk)
        #expect(left.leftOn == (try F.date("2021-11-30")))
    }

    @Test(
        "a meeting not yet held is moved and then cancelled, each change with its reason (MeetingScheduleRepository)",
        arguments: StoreBackend.available)
    func schedule(_ backend: StoreBackend) async throws {
        let schedule = try F.seeded(backend).repositories.meetingSchedule
        let moved = try await schedule.moveMeeting(
            F.scheduledMeeting, to: try F.date("2021-12-16"), start: nil, reason: "Venue closed",
            by: F.clerk)
        #expect(moved.date == (try F.date("2021-12-16")))
        let cancelled = try await schedule.cancelMeeting(F.scheduledMeeting, reason: "No quorum", by: F.clerk)
        #expect(cancelled.status == .cancelled)
        #expect(try await schedule.changes(of: F.scheduledMeeting).map(\.reason) == ["Venue closed", "No quorum"])
        // A meeting already held cannot move.
        await #expect(throws: DomainError.self) {
            try await schedule.moveMeeting(F.approvedMeeting, to: try F.date("2021-06-17"), start: nil, reason: nil, by: F.clerk)
        }
    }
}
