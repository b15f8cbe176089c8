import GRDB

extension Schema {
    /// What packs say about history (issue 19): the Matters Arising reports and agendas read from
    /// packs, kept as evidence with the document and line they came from, and each conclusion drawn
    /// from them about an action (an update, a settlement), which the secretariat can undo.
    static func v12HistoryEvidence(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE mattersArisingEvidence (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    meetingDate TEXT NOT NULL CHECK (date(meetingDate, '+0 days') IS meetingDate),
                    reference TEXT NOT NULL CHECK (reference <> ''),
                    file TEXT NOT NULL,
                    line INTEGER NOT NULL,
                    UNIQUE (bodyId, meetingDate, reference)
                );
                CREATE TABLE mattersArisingEvidenceEntry (
                    id INTEGER PRIMARY KEY,
                    evidenceId INTEGER NOT NULL REFERENCES mattersArisingEvidence(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    minuteNumber TEXT,
                    meetingDate TEXT,
                    title TEXT NOT NULL,
                    resolved TEXT NOT NULL,
                    updateText TEXT NOT NULL,
                    updateDate TEXT,
                    line INTEGER NOT NULL
                );
                CREATE INDEX mattersArisingEvidenceEntry_on_evidence ON mattersArisingEvidenceEntry(evidenceId, position);
                CREATE TABLE agendaEvidence (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    meetingDate TEXT NOT NULL CHECK (date(meetingDate, '+0 days') IS meetingDate),
                    file TEXT NOT NULL,
                    UNIQUE (bodyId, meetingDate)
                );
                CREATE TABLE agendaEvidenceItem (
                    id INTEGER PRIMARY KEY,
                    evidenceId INTEGER NOT NULL REFERENCES agendaEvidence(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    number TEXT NOT NULL,
                    title TEXT NOT NULL,
                    part INTEGER NOT NULL CHECK (part IN (1,2)),
                    firstPage INTEGER,
                    lastPage INTEGER,
                    lead TEXT,
                    line INTEGER NOT NULL
                );
                CREATE INDEX agendaEvidenceItem_on_evidence ON agendaEvidenceItem(evidenceId, position);
                CREATE TABLE actionInference (
                    id INTEGER PRIMARY KEY,
                    actionId INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
                    inferenceKey TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('update','not_carried_forward','answered_by_agenda_item')),
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
                """)
        for table in ["mattersArisingEvidence", "mattersArisingEvidenceEntry", "agendaEvidence", "agendaEvidenceItem", "actionInference"] {
            try Audit.installTriggers(on: table, db)
        }
    }
}
