import GRDB

extension Schema {
    /// The members' pack (Part 2 included) as it was issued, PDF and accessible HTML, kept with each
    /// issue so that what members open is what was issued, not a rebuild of today's agenda.
    static func v9PackIssueMembers(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE packIssueMembersFile (
                    id INTEGER PRIMARY KEY,
                    packIssueId INTEGER NOT NULL REFERENCES packIssue(id) ON DELETE CASCADE,
                    format TEXT NOT NULL CHECK (format IN ('pdf', 'html')),
                    mediaType TEXT NOT NULL,
                    byteCount INTEGER NOT NULL CHECK (byteCount >= 0),
                    sha256 TEXT NOT NULL,
                    content BLOB NOT NULL,
                    UNIQUE (packIssueId, format)
                );
                """)
        try Audit.installTriggers(on: "packIssueMembersFile", db)
    }
}
