import GRDB

extension Schema {
    /// Where migrated meetings and reports came from (migration "v15-moderngov-sources"): a meeting or
    /// a document of a ModernGov site is known by the site's address and its own id there, so a second
    /// migration run finds what the first one stored and never stores it twice.
    static func v15ModernGovSources(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE migratedMeeting (
                    id INTEGER PRIMARY KEY,
                    site TEXT NOT NULL CHECK (site <> ''),
                    sourceId TEXT NOT NULL CHECK (sourceId <> ''),
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    UNIQUE (site, sourceId)
                );
                CREATE INDEX migratedMeeting_on_meeting ON migratedMeeting(meetingId);
                CREATE TABLE migratedDocument (
                    id INTEGER PRIMARY KEY,
                    site TEXT NOT NULL CHECK (site <> ''),
                    sourceId TEXT NOT NULL CHECK (sourceId <> ''),
                    documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                    UNIQUE (site, sourceId)
                );
                CREATE INDEX migratedDocument_on_document ON migratedDocument(documentId);
                """)
        try Audit.installTriggers(on: "migratedMeeting", db)
        try Audit.installTriggers(on: "migratedDocument", db)
    }
}
