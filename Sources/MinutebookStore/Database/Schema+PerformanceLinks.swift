import GRDB

/// Performance reporting joined to the rest (issue 9): a board agenda item that carries a
/// performance report (the indicator report with its charts, or a strategy's exception report),
/// and the sub-group chair's emailed link to file the report without an account.
extension Schema {
    static func v9PerformanceAgenda(_ db: Database) throws {
        try db.execute(
            sql: """
                -- The item's paper is drawn from the performance data when the pack is built.
                CREATE TABLE agendaPerformanceReport (
                    agendaItemId INTEGER PRIMARY KEY REFERENCES agendaItem(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('indicators','exceptions')),
                    strategyId INTEGER REFERENCES strategy(id) ON DELETE CASCADE,
                    CHECK ((kind = 'exceptions') = (strategyId IS NOT NULL))
                );
                CREATE INDEX agendaPerformanceReport_on_strategy ON agendaPerformanceReport(strategyId);
                """)
        try Audit.installTriggers(on: "agendaPerformanceReport", db)
    }

    static func v9ReportLinks(_ db: Database) throws {
        try db.execute(
            sql: """
                -- A personal, expiring, single-use, revocable link for a sub-group's chair to file the
                -- report for a board meeting. Only the SHA-256 of the token is stored (as updateRequest).
                CREATE TABLE reportRequest (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    tokenHash TEXT NOT NULL UNIQUE CHECK (length(tokenHash) = 64 AND tokenHash NOT GLOB '*[^0-9a-f]*'),
                    email TEXT NOT NULL CHECK (email LIKE '%_@_%'),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    expiresAt TEXT NOT NULL,
                    usedAt TEXT,
                    revokedAt TEXT
                );
                CREATE INDEX reportRequest_on_meeting ON reportRequest(meetingId, bodyId);
                CREATE INDEX reportRequest_on_person ON reportRequest(personId);
                """)
        try Audit.installTriggers(on: "reportRequest", db)
    }
}
