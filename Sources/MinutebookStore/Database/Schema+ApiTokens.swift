import GRDB

extension Schema {
    /// API tokens for signed-in use of `/api/v1` (migration "v5-api-tokens"): only the SHA-256 of a
    /// token is kept; revoking sets `revokedAt`. Creating and revoking are audited.
    static func v5ApiTokens(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE apiToken (
                    id INTEGER PRIMARY KEY,
                    userId INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (name <> ''),
                    tokenHash TEXT NOT NULL UNIQUE CHECK (length(tokenHash) = 64),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    revokedAt TEXT
                );
                CREATE INDEX apiToken_on_user ON apiToken(userId);
                """)
        try Audit.installTriggers(on: "apiToken", db)
    }
}
