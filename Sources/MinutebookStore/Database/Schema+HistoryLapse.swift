import GRDB

extension Schema {
    /// Migration "v29-history-lapsed-inference" (issue 19):
    /// - `actionInference.kind` also takes 'lapsed', the weaker inference: an action not reported on
    ///   for two years while its body noted Matters Arising reports (the table is rebuilt, as SQLite
    ///   cannot change a CHECK; its rows and audit triggers are kept);
    /// - `agendaEvidence.addressedTo`: whom a pack's cover is addressed to ("STRATEGIC GROUP"), which
    ///   links a body to the name its packs use for it when the agenda uses another.
    static func v29HistoryLapsedInference(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE actionInference_v29 (
                    id INTEGER PRIMARY KEY,
                    actionId INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
                    inferenceKey TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('update','not_carried_forward','answered_by_agenda_item','lapsed')),
                    onDate TEXT NOT NULL CHECK (date(onDate, '+0 days') IS onDate),
                    listedOnDate INTEGER NOT NULL CHECK (listedOnDate IN (0,1)),
                    text TEXT NOT NULL,
                    file TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    updateId INTEGER REFERENCES actionUpdate(id) ON DELETE SET NULL,
                    statusFrom TEXT CHECK (statusFrom IS NULL OR statusFrom IN ('open','in_progress','done','dropped','superseded')),
                    statusTo TEXT CHECK (statusTo IS NULL OR statusTo IN ('open','in_progress','done','dropped','superseded')),
                    undoneAt TEXT,
                    undoneBy TEXT,
                    UNIQUE (actionId, inferenceKey)
                );
                INSERT INTO actionInference_v29 SELECT id, actionId, inferenceKey, kind, onDate, listedOnDate, text, file, line,
                    updateId, statusFrom, statusTo, undoneAt, undoneBy FROM actionInference;
                DROP TABLE actionInference;
                ALTER TABLE actionInference_v29 RENAME TO actionInference;
                ALTER TABLE agendaEvidence ADD COLUMN addressedTo TEXT CHECK (addressedTo IS NULL OR addressedTo <> '');
                """)
        try Audit.installTriggers(on: "actionInference", db)
        try Audit.installTriggers(on: "agendaEvidence", db)
    }
}
