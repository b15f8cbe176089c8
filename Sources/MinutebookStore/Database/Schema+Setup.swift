import GRDB

extension Schema {
    /// Migration "v17-setup-directory": what set-up and upkeep keep beyond the v1 directory.
    /// - `bodyFormerName`: the names (and slugs) a body had before a rename or a merge, which lookups,
    ///   the importer's body matching and search still find;
    /// - `person.leftOn`: the day someone left the partnership (their seats end then);
    /// - `meetingChange`: each move, re-timing or cancellation of a meeting with its reason.
    /// Merges stay within v11's approved lock: it lets approved attendance's person and seat links be
    /// re-pointed (a person merge), and a body merge that would move approved minutes is refused first.
    static func v17SetupDirectory(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE bodyFormerName (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (name <> ''),
                    slug TEXT CHECK (slug IS NULL OR (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*')),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    UNIQUE (bodyId, name)
                );
                CREATE INDEX bodyFormerName_on_name ON bodyFormerName(name COLLATE NOCASE);
                CREATE INDEX bodyFormerName_on_slug ON bodyFormerName(slug);

                ALTER TABLE person ADD COLUMN leftOn TEXT CHECK (leftOn IS NULL OR date(leftOn, '+0 days') IS leftOn);

                CREATE TABLE meetingChange (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('moved','retimed','cancelled')),
                    fromDate TEXT NOT NULL CHECK (date(fromDate, '+0 days') IS fromDate),
                    toDate TEXT CHECK (toDate IS NULL OR date(toDate, '+0 days') IS toDate),
                    fromStart TEXT,
                    toStart TEXT,
                    reason TEXT CHECK (reason IS NULL OR reason <> ''),
                    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    CHECK (kind <> 'moved' OR toDate IS NOT NULL)
                );
                CREATE INDEX meetingChange_on_meeting ON meetingChange(meetingId, id);
                """)
        for table in ["bodyFormerName", "person", "meetingChange"] { try Audit.installTriggers(on: table, db) }
    }
}
