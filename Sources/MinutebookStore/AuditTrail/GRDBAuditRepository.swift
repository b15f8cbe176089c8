import GRDB
import MinutebookCore

public struct GRDBAuditRepository: AuditRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    /// Tables whose history has a page, each with the query that finds the row's partnership.
    static let owners: [String: String] = [
        "meeting": "SELECT b.partnershipId FROM meeting m JOIN body b ON b.id = m.bodyId WHERE m.id = ?",
        "minute": "SELECT b.partnershipId FROM minute n JOIN body b ON b.id = n.bodyId WHERE n.id = ?",
        "action": "SELECT b.partnershipId FROM action a JOIN body b ON b.id = a.bodyId WHERE a.id = ?",
        "body": "SELECT partnershipId FROM body WHERE id = ?",
        "person": "SELECT partnershipId FROM person WHERE id = ?",
        "organisation": "SELECT partnershipId FROM organisation WHERE id = ?"
    ]

    public func history(table: String, rowID: Int64, partnershipID: Int64) async throws -> [AuditEntry]? {
        guard let ownerQuery = Self.owners[table] else { return nil }
        return try await database.read { db -> [AuditEntry]? in
            // A deleted row has no partnership left to check: its history stays hidden.
            guard try Int64.fetchOne(db, sql: ownerQuery, arguments: [rowID]) == partnershipID else { return nil }
            return try Audit.history(of: table, rowID: rowID, db).map {
                AuditEntry(at: $0.at, actor: $0.actor, operation: $0.operation, before: $0.before, after: $0.after)
            }
        }
    }
}
