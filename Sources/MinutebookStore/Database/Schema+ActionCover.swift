import GRDB

extension Schema {
    /// Migration "v29-setup-action-cover": someone covering an action for its owners until a date
    /// (issue 18). A row is never the record of the minutes: it may be added to an action whose minutes
    /// are approved, as the v11 approved lock leaves owners and progress free. The reason is required;
    /// the history line written with it tells members what changed.
    static func v29SetupActionCover(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE actionCover (
                    id INTEGER PRIMARY KEY,
                    actionId INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    untilDate TEXT NOT NULL CHECK (date(untilDate, '+0 days') IS untilDate),
                    reason TEXT NOT NULL CHECK (reason <> ''),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );
                CREATE INDEX actionCover_on_action ON actionCover(actionId, id);
                CREATE INDEX actionCover_on_person ON actionCover(personId);
                """)
        try Audit.installTriggers(on: "actionCover", db)
    }
}
