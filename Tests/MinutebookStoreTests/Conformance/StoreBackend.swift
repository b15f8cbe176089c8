import Foundation
import MinutebookCore
import MinutebookStore
import Testing

/// The backends the conformance suite runs against. A new backend (PostgreSQL) adds a case and its
/// `makeStore`, not a copy of the suite: every conformance test takes the backend as its argument and
/// works only through the repository protocols of `TestStore.repositories`.
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
                repositories: .sqlite(database),
                execute: { sql in try database.writeSync(as: Actor("test-fixture")) { try $0.execute(sql: sql) } })
        }
    }
}

/// The repositories of one backend, and the hook that seeds it with a `TestWorld`'s statements.
struct TestStore: Sendable {
    let repositories: Repositories
    let execute: @Sendable (String) throws -> Void

    var meetings: any MeetingRepository { repositories.meetings }
    var bodies: any BodyRepository { repositories.bodies }
    var people: any PeopleRepository { repositories.people }
}
