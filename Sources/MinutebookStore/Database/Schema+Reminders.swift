import GRDB

extension Schema {
    /// Reminders sent once per meeting (claimed before sending, so a scheduler and a cron job never
    /// both send), and what each meeting decided about each row of its Matters Arising report:
    /// closed, carried forward or dropped (the v7 `outcome` column knew only the first two; its values
    /// are copied here and it is no longer read).
    static func v9Reminders(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE meetingReminder (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE,
                    workingDays INTEGER NOT NULL CHECK (workingDays BETWEEN 1 AND 30),
                    state TEXT NOT NULL DEFAULT 'claimed' CHECK (state IN ('claimed','sent')),
                    claimedAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    sentAt TEXT,
                    emailCount INTEGER NOT NULL DEFAULT 0 CHECK (emailCount >= 0),
                    CHECK (state = 'claimed' OR sentAt IS NOT NULL)
                );

                CREATE TABLE mattersArisingOutcome (
                    id INTEGER PRIMARY KEY,
                    entryId INTEGER NOT NULL UNIQUE REFERENCES mattersArisingEntry(id) ON DELETE CASCADE,
                    outcome TEXT NOT NULL CHECK (outcome IN ('closed','carried_forward','dropped')),
                    note TEXT NOT NULL DEFAULT '',
                    recordedAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );
                INSERT INTO mattersArisingOutcome (entryId, outcome) SELECT id, outcome FROM mattersArisingEntry WHERE outcome IS NOT NULL;
                """)
        for table in ["meetingReminder", "mattersArisingOutcome"] {
            try Audit.installTriggers(on: table, db)
        }
    }
}
