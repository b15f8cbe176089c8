import Foundation

/// The migration's memory between runs: which of the site's meetings are complete (minutes read,
/// every report stored). Written after each meeting's transaction commits, atomically, so a run
/// stopped at any point continues where it stopped; a meeting done but not yet noted here is done
/// again and changes nothing (the store's own idempotence).
struct MigrationState: Codable, Equatable {
    var site: String
    var committee: String
    /// Meeting id on the site → its date (ISO), for meetings that need no further visit.
    var done: [String: String] = [:]

    static func load(_ url: URL, site: String, committee: String) throws -> MigrationState {
        guard FileManager.default.fileExists(atPath: url.path) else { return MigrationState(site: site, committee: committee) }
        let state: MigrationState
        do {
            state = try JSONDecoder().decode(MigrationState.self, from: Data(contentsOf: url))
        } catch {
            throw MigrationError("\(url.path) is not a migration state file (\(error.localizedDescription)); remove it to start afresh")
        }
        guard state.site == site, state.committee == committee else {
            throw MigrationError("\(url.path) belongs to the migration of committee \(state.committee) from \(state.site); give another --state file")
        }
        return state
    }

    func save(_ url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(self)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        try data.write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            throw MigrationError("cannot write the migration state to \(url.path) (error \(errno))")
        }
    }
}

/// A migration that cannot go on, in one line.
public struct MigrationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension MigrationError: LocalizedError {
    public var errorDescription: String? { message }
}

extension PoliteFetcher.Failure: LocalizedError {
    public var errorDescription: String? { description }
}
