import GRDB

extension Schema {
    /// Remembers which document a meeting was imported from and a digest of what was read, so the
    /// same file imported twice changes nothing and a corrected file is recognised as a change.
    static func importTracking(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE importedMeeting (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE,
                    file TEXT NOT NULL CHECK (file <> ''),
                    recordSha256 TEXT NOT NULL CHECK (length(recordSha256) = 64),
                    importedAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );
                """)
        try Audit.installTriggers(on: "importedMeeting", db)
    }
}
