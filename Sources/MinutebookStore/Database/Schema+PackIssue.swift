import GRDB

extension Schema {
    /// Every issue of a meeting's pack, with how the members were emailed.
    static func v8PackIssue(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE packIssue (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    issuedOn TEXT NOT NULL CHECK (date(issuedOn, '+0 days') IS issuedOn),
                    version INTEGER NOT NULL CHECK (version >= 1),
                    emailed INTEGER NOT NULL DEFAULT 0 CHECK (emailed >= 0),
                    mailedAt TEXT,
                    mailNote TEXT,
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );
                CREATE INDEX packIssue_on_meeting ON packIssue(meetingId, id);
                """)
        try Audit.installTriggers(on: "packIssue", db)
    }
}
