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
            try db.execute(
                sql: """
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
        try Row.fetchOne(
            cached: db,
            sql: """
                SELECT user.*, session.csrfToken AS sessionCsrfToken FROM session
                JOIN user ON user.id = session.userId
                WHERE session.tokenHash = ? AND session.expiresAt > strftime('%Y-%m-%dT%H:%M:%SZ','now')
                  AND user.isDisabled = 0
                """, arguments: [tokenHash]
        ).map { (GRDBUserRepository.user($0), $0["sessionCsrfToken"] as String) }
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

    public func claimAttempt(email: String, address: String, throttle: SignInThrottle) async throws -> SignInTurn {
        let email = String(email.prefix(254))
        return try await database.write(as: .system) { db in
            let window = "-\(throttle.windowMinutes) minutes"
            let byAddress = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*) AS n, CAST(strftime('%s','now') - strftime('%s', min(at)) AS INTEGER) AS age FROM loginAttempt
                    WHERE address = ? AND succeeded = 0 AND at > strftime('%Y-%m-%dT%H:%M:%SZ','now', ?)
                    """, arguments: [address, window])
            if let byAddress, (byAddress["n"] as Int) >= throttle.addressFailures {
                let age: Int = byAddress["age"] ?? 0
                return .wait(seconds: max(1, throttle.windowMinutes * 60 - age), reason: .address)
            }
            let byAccount = try Row.fetchOne(
                db,
                sql: """
                    SELECT count(*) AS n, CAST(strftime('%s','now') - strftime('%s', max(at)) AS INTEGER) AS since FROM loginAttempt
                    WHERE email = ? AND succeeded = 0 AND at > strftime('%Y-%m-%dT%H:%M:%SZ','now', ?)
                    """, arguments: [email, window])
            let delay = throttle.delay(accountFailures: byAccount?["n"] ?? 0)
            if delay > 0, let since = byAccount?["since"] as Int?, since < delay {
                return .wait(seconds: delay - since, reason: .account)
            }
            try db.execute(sql: "DELETE FROM loginAttempt WHERE at < strftime('%Y-%m-%dT%H:%M:%SZ','now','-1 day')")
            try db.execute(sql: "INSERT INTO loginAttempt (email, address, succeeded) VALUES (?, ?, 0)", arguments: [email, address])
            return .go(attemptID: db.lastInsertedRowID)
        }
    }

    public func settleAttempt(_ attemptID: Int64, email: String, succeeded: Bool) async throws {
        guard succeeded else { return }
        try await database.write(as: .system) { db in
            // A successful sign-in clears the failures that led up to it, from every address.
            try db.execute(sql: "DELETE FROM loginAttempt WHERE email = ? OR id = ?", arguments: [String(email.prefix(254)), attemptID])
        }
    }
}
