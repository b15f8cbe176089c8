import Foundation
import MinutebookCore
import MinutebookStore
import Testing

/// The backends the conformance suite runs against. A new backend (PostgreSQL) adds a case and its
/// `makeStore`, not a copy of the suite.
enum StoreBackend: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite

    /// Backends that can run here: SQLite always.
    static var available: [StoreBackend] { [.sqlite] }

    var testDescription: String { rawValue }

    /// A fresh, empty, migrated store with its repositories.
    func makeStore() throws -> TestStore {
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-conf-\(UUID().uuidString).sqlite").path
            let database = try AppDatabase(path: path)
            return TestStore(
                meetings: GRDBMeetingRepository(database: database),
                bodies: GRDBBodyRepository(database: database),
                people: GRDBPeopleRepository(database: database),
                execute: { sql in try database.writeSync(as: Actor("test-fixture")) { try $0.execute(sql: sql) } })
        }
    }
}

/// The repositories of one backend, and a way to seed it with plain SQL fixtures.
struct TestStore: Sendable {
    let meetings: any MeetingRepository
    let bodies: any BodyRepository
    let people: any PeopleRepository
    let execute: @Sendable (String) throws -> Void
}
