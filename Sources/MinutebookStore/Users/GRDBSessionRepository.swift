import GRDB
import MinutebookCore

/// Sessions and sign-in attempts. These tables are bookkeeping (`Audit.excluded`), so the writes
/// are made as the system actor and leave no audit rows.
public struct GRDBSessionRepository: SessionRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func open(userID: Int64, tokenHash: String, csrfToken: String, lifetimeMinutes: Int) async throws {
        try await database.write(as: .system) { db in
            // Expired sessions go when new ones come, so the table stays small without a sweeper.
            try db.execute(sql: "DELETE FROM session WHERE expiresAt <= strftime('%Y-%m-%dT%H:%M:%SZ','now')")
            try db.execute(sql: """
                INSERT INTO session (tokenHash, userId, csrfToken, expiresAt)
                VALUES (?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ','now', ?))
                """, arguments: [tokenHash, userID, csrfToken, "+\(lifetimeMinutes) minutes"])
        }
    }

    public func session(tokenHash: String) async throws -> (user: User, csrfToken: String)? {
        try await database.read { db in try Self.session(tokenHash: tokenHash, db) }
    }

    public func signedIn(tokenHash: String, on date: LocalDate) async throws -> SignedInSession? {
        try await database.read { db in
            guard let (user, csrf) = try Self.session(tokenHash: tokenHash, db) else { return nil }
            let bodies = try user.personID.map { try GRDBUserRepository.bodiesSeated(personID: $0, on: date, db) } ?? []
            return SignedInSession(user: user, csrfToken: csrf, bodiesSeated: bodies)
        }
    }

    static func session(tokenHash: String, _ db: Database) throws -> (user: User, csrfToken: String)? {
        try Row.fetchOne(cached: db, sql: """
            SELECT user.*, session.csrfToken AS sessionCsrfToken FROM session
            JOIN user ON user.id = session.userId
            WHERE session.tokenHash = ? AND session.expiresAt > strftime('%Y-%m-%dT%H:%M:%SZ','now')
              AND user.isDisabled = 0
            """, arguments: [tokenHash]).map { (GRDBUserRepository.user($0), $0["sessionCsrfToken"] as String) }
    }

    public func close(tokenHash: String) async throws {
        try await database.write(as: .system) { db in
            try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [tokenHash])
        }
    }

    public func closeAll(userID: Int64, keeping tokenHash: String?) async throws {
        try await database.write(as: .system) { db in
            try db.execute(sql: "DELETE FROM session WHERE userId = ? AND tokenHash IS NOT ?", arguments: [userID, tokenHash])
        }
    }

    public func recentFailures(email: String, address: String, windowMinutes: Int) async throws -> Int {
        try await database.read { db in
            try Int.fetchOne(cached: db, sql: """
                SELECT count(*) FROM loginAttempt
                WHERE email = ? AND address = ? AND succeeded = 0
                  AND at > strftime('%Y-%m-%dT%H:%M:%SZ','now', ?)
                """, arguments: [email, address, "-\(windowMinutes) minutes"]) ?? 0
        }
    }

    public func recordAttempt(email: String, address: String, succeeded: Bool) async throws {
        try await database.write(as: .system) { db in
            if succeeded {
                // A successful sign-in clears the failures that led up to it.
                try db.execute(sql: "DELETE FROM loginAttempt WHERE email = ? AND address = ?", arguments: [email, address])
            } else {
                try db.execute(sql: "DELETE FROM loginAttempt WHERE at < strftime('%Y-%m-%dT%H:%M:%SZ','now','-1 day')")
                try db.execute(sql: "INSERT INTO loginAttempt (email, address, succeeded) VALUES (?, ?, 0)",
                               arguments: [String(email.prefix(254)), address])
            }
        }
    }
}
