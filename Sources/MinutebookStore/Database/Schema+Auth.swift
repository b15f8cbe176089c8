import GRDB

extension Schema {
    /// Sessions and sign-in attempts: bookkeeping tables, listed in `Audit.excluded` (a session is not a
    /// record of the partnership; the account changes they lead to are audited on `user`).
    static func auth(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE session (
                    id INTEGER PRIMARY KEY,
                    -- SHA-256 (hex) of the 256-bit random token in the cookie; the token itself is never stored.
                    tokenHash TEXT NOT NULL UNIQUE CHECK (length(tokenHash) = 64),
                    userId INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
                    csrfToken TEXT NOT NULL CHECK (length(csrfToken) >= 32),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    expiresAt TEXT NOT NULL
                );
                CREATE INDEX session_on_user ON session(userId);
                CREATE INDEX session_on_expiry ON session(expiresAt);

                CREATE TABLE loginAttempt (
                    id INTEGER PRIMARY KEY,
                    email TEXT NOT NULL COLLATE NOCASE,
                    address TEXT NOT NULL,
                    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    succeeded INTEGER NOT NULL CHECK (succeeded IN (0,1))
                );
                CREATE INDEX loginAttempt_on_key ON loginAttempt(email, address, at);
                CREATE INDEX loginAttempt_on_at ON loginAttempt(at);
                CREATE INDEX user_on_partnership ON user(partnershipId, email);
                """)
    }

    /// Migration "v11-security-login-attempts": sign-in failures are also counted per address
    /// (across accounts), so they need their own index.
    static func loginAttemptsByAddress(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX loginAttempt_on_address ON loginAttempt(address, at)")
    }
}
