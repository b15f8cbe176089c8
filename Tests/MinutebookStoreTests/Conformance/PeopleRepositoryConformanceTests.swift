import Foundation
import MinutebookCore
import Testing

/// Bodies, seats, people and attendance records, run against every available backend.
@Suite("Body and people repository conformance")
struct PeopleRepositoryConformanceTests {
    func seeded(_ backend: StoreBackend) throws -> TestStore {
        let store = try backend.makeStore()
        try RiversideFixture.seed(store)
        return store
    }

    @Test("the seats of a body on a date show who held them and their job title that day", arguments: StoreBackend.available)
    func seatsOnDate(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let in2021 = try await store.bodies.seats(
            of: RiversideFixture.board, on: try #require(LocalDate(iso: "2021-06-10")),
            audience: .public)
        #expect(in2021.map(\.seat.title) == ["Chairman", "Borough Commander"])
        #expect(in2021.map { $0.holder?.fullName } == ["Alma Brightwater", "Tobias Quarry"])
        #expect(in2021[1].holderJobTitle == "Borough Commander")
        #expect(in2021[0].holder?.email == nil)
        let in2022 = try await store.bodies.seats(
            of: RiversideFixture.board, on: try #require(LocalDate(iso: "2022-06-01")),
            audience: TestAudience.secretariat.audience)
        #expect(in2022.map(\.seat.title) == ["Chairman", "Borough Commander", "Co-Chair (police)"])
        #expect(in2022[1].holder?.fullName == "Wren Halloway")
        #expect(in2022[1].since == LocalDate(iso: "2021-08-01"))
        #expect(in2022[2].seat.role == .coChair)
        #expect(in2022[0].holder?.email == "alma.brightwater@riverside.example")
    }

    @Test("a body is found by slug or name and lists its sub-groups", arguments: StoreBackend.available)
    func bodies(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let board = try #require(try await store.bodies.body(slugOrName: "board", partnership: "Riverside Community Safety Partnership"))
        #expect(board.id == RiversideFixture.board)
        #expect(try await store.bodies.body(slugOrName: "Nonexistent Group", partnership: nil) == nil)
        #expect(try await store.bodies.subGroups(of: board.id).map(\.name) == ["Domestic Abuse Sub-Group"])
    }

    @Test("a person's job titles and seats over time, newest first", arguments: StoreBackend.available)
    func personOverTime(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let tobias = try #require(try await store.people.person(id: RiversideFixture.inspector, audience: .public))
        #expect(tobias.jobTitles.map(\.title) == ["Borough Commander", "Chief Inspector"])
        #expect(tobias.jobTitle(on: try #require(LocalDate(iso: "2020-06-01")))?.title == "Chief Inspector")
        #expect(tobias.organisation?.name == "Westshire Police")
        #expect(tobias.seats.map(\.seat.title) == ["Borough Commander"])
        #expect(tobias.seats[0].end == LocalDate(iso: "2021-07-31"))
        #expect(tobias.person.email == nil)
        let asOfficer = try #require(try await store.people.person(id: RiversideFixture.inspector, audience: TestAudience.officer.audience))
        #expect(asOfficer.person.email == "tobias.quarry@riverside.example")
        #expect(try await store.people.person(id: 99_999, audience: .public) == nil)
        #expect(try await store.people.organisations(of: 1).map(\.abbreviation) == ["RBC", "WP"])
    }

    @Test("attendance counts only meetings whose attendance the audience may see", arguments: StoreBackend.available)
    func attendanceStats(_ backend: StoreBackend) async throws {
        let store = try seeded(backend)
        let publicView = try await store.people.attendanceStats(personID: RiversideFixture.chair, audience: .public)
        #expect(publicView.meetings == 1)
        #expect(publicView[.present] == 1)
        let clerkView = try await store.people.attendanceStats(personID: RiversideFixture.chair, audience: TestAudience.secretariat.audience)
        #expect(clerkView.meetings == 2)
        #expect(clerkView[.virtual] == 1)
        #expect(clerkView.attendedPercent == 100)
        let police = try await store.people.attendanceStats(organisationID: 501, audience: .public)
        #expect(police[.apologies] == 1)
        #expect(police[.substitute] == 1)
        #expect(police.attendedPercent == 50)
    }
}
