import Foundation
import GRDB
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport

/// An invented partnership set up through the set-up repositories themselves: the Harbourside
/// Community Safety Partnership with its board and one sub-group.
struct SetupFixture {
    let database: AppDatabase
    let setup: GRDBSetupRepository
    let partnershipID: Int64
    let board: Body
    let subGroup: Body
    static let editor = ActionEditor(auditName: "test:setup", displayName: "Secretariat")

    init() async throws {
        database = try AppDatabase.inMemory()
        setup = GRDBSetupRepository(database: database)
        let partnership = try await setup.addPartnership(
            PartnershipSettings(
                name: "Harbourside Community Safety Partnership", slug: "harbourside", contactName: "Ada Clerk",
                contactEmail: "ada.clerk@harbourside.example", reportReferencePattern: "HCS{yy}{nnn}"),
            boardName: "Harbourside Board", by: Self.editor)
        partnershipID = partnership.id
        board = try requireValue(try await setup.bodies(of: partnershipID).first?.body, "board")
        subGroup = try await setup.addBody(
            to: partnershipID,
            BodySettings(
                name: "Night-Time Economy Sub-Group", slug: "nte",
                kind: .subGroup, reportsToBodyID: board.id), by: Self.editor
        ).body
    }

    func person(_ name: String, email: String? = nil, title: String? = nil, organisation: String? = nil) async throws -> Int64 {
        try await setup.addPerson(
            to: partnershipID, PersonDetails(fullName: name, jobTitle: title, email: email, organisation: organisation),
            on: LocalDate(year: 2020, month: 1, day: 1)!, by: Self.editor
        ).person.id
    }

    func seat(_ title: String, role: SeatRole = .member, holder: Int64, since: String, body: Body? = nil) async throws -> Int64 {
        try await GRDBSeatRepository(database: database).addSeat(
            bodyID: (body ?? board).id, title: title, role: role, holderID: holder,
            since: LocalDate(iso: since)!, by: Self.editor)
    }

    /// A meeting as the import or the agenda would make it, with a status (minutes approved on the day).
    func meeting(on date: String, status: MeetingStatus = .scheduled, body: Body? = nil) async throws -> Int64 {
        var world = try database.world()
        let meeting = world.meeting(
            of: (body ?? board).id, on: date, status: status == .minutesApproved ? .minutesDrafted : status, start: "18:00")
        if status == .minutesApproved { world.approve(meeting, on: date) }
        try database.plant(world, as: Actor("test:fixture"))
        return meeting
    }

    func count(_ sql: String, _ arguments: StatementArguments = []) async throws -> Int {
        try await database.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }
}

/// `#require` for a value, usable in an init.
func requireValue<T>(_ value: T?, _ what: String = "value") throws -> T {
    guard let value else { throw DomainError.notFound("fixture: missing \(what)") }
    return value
}
