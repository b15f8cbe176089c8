import GRDB

extension Schema {
    /// Matters Arising reports, update requests by emailed link, threads of minutes, and the indexes
    /// the action tracker's queries need (no query scans the actions of every body).
    static func mattersArising(_ db: Database) throws {
        try db.execute(
            sql: """
                -- The report for one meeting: a saved draft until published as an agenda item.
                CREATE TABLE mattersArisingReport (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL UNIQUE REFERENCES meeting(id) ON DELETE CASCADE,
                    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published')),
                    agendaItemId INTEGER REFERENCES agendaItem(id) ON DELETE SET NULL,
                    savedAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    publishedAt TEXT,
                    CHECK (status = 'draft' OR publishedAt IS NOT NULL)
                );

                -- One row of Appendix A. `entryKey` matches the drafted entry (m<minuteId>, c<entryId>, n<id>).
                CREATE TABLE mattersArisingEntry (
                    id INTEGER PRIMARY KEY,
                    reportId INTEGER NOT NULL REFERENCES mattersArisingReport(id) ON DELETE CASCADE,
                    entryKey TEXT NOT NULL CHECK (entryKey <> ''),
                    position INTEGER NOT NULL DEFAULT 0,
                    minuteId INTEGER REFERENCES minute(id) ON DELETE SET NULL,
                    carriedFromEntryId INTEGER REFERENCES mattersArisingEntry(id) ON DELETE SET NULL,
                    minuteNumber TEXT,
                    meetingDate TEXT CHECK (meetingDate IS NULL OR date(meetingDate, '+0 days') IS meetingDate),
                    title TEXT NOT NULL DEFAULT '',
                    resolved TEXT NOT NULL DEFAULT '',
                    owners TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(owners) AND json_type(owners) = 'array'),
                    updateText TEXT NOT NULL DEFAULT '',
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','dropped','superseded')),
                    part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1,2)),
                    isEdited INTEGER NOT NULL DEFAULT 0 CHECK (isEdited IN (0,1)),
                    isOmitted INTEGER NOT NULL DEFAULT 0 CHECK (isOmitted IN (0,1)),
                    editedAt TEXT,
                    outcome TEXT CHECK (outcome IS NULL OR outcome IN ('closed','carried_forward')),
                    UNIQUE (reportId, entryKey)
                );
                CREATE INDEX mattersArisingEntry_on_minute ON mattersArisingEntry(minuteId);

                CREATE TABLE mattersArisingEntryAction (
                    id INTEGER PRIMARY KEY,
                    entryId INTEGER NOT NULL REFERENCES mattersArisingEntry(id) ON DELETE CASCADE,
                    actionId INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
                    UNIQUE (entryId, actionId)
                );
                CREATE INDEX mattersArisingEntryAction_on_action ON mattersArisingEntryAction(actionId);

                -- A personal, expiring, single-use, revocable link asking one person for updates on their
                -- actions. Only the SHA-256 of the token is stored.
                CREATE TABLE updateRequest (
                    id INTEGER PRIMARY KEY,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL DEFAULT 'request' CHECK (kind IN ('request','reminder')),
                    tokenHash TEXT NOT NULL UNIQUE CHECK (length(tokenHash) = 64 AND tokenHash NOT GLOB '*[^0-9a-f]*'),
                    email TEXT NOT NULL CHECK (email LIKE '%_@_%'),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    expiresAt TEXT NOT NULL,
                    usedAt TEXT,
                    revokedAt TEXT
                );
                CREATE INDEX updateRequest_on_meeting ON updateRequest(meetingId, kind, personId);
                CREATE INDEX updateRequest_on_person ON updateRequest(personId);

                -- The actions a link reveals: that owner's, and no others.
                CREATE TABLE updateRequestAction (
                    id INTEGER PRIMARY KEY,
                    requestId INTEGER NOT NULL REFERENCES updateRequest(id) ON DELETE CASCADE,
                    actionId INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
                    UNIQUE (requestId, actionId)
                );
                CREATE INDEX updateRequestAction_on_action ON updateRequestAction(actionId);

                -- A matter that comes back ("update to the next meeting"): later minutes link to earlier ones.
                CREATE TABLE minuteThread (
                    id INTEGER PRIMARY KEY,
                    earlierMinuteId INTEGER NOT NULL REFERENCES minute(id) ON DELETE CASCADE,
                    laterMinuteId INTEGER NOT NULL REFERENCES minute(id) ON DELETE CASCADE,
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    UNIQUE (earlierMinuteId, laterMinuteId),
                    CHECK (earlierMinuteId <> laterMinuteId)
                );
                CREATE INDEX minuteThread_on_later ON minuteThread(laterMinuteId);

                -- Tracker queries: due and overdue per body, owners by organisation.
                CREATE INDEX action_on_body_due ON action(bodyId, dueDate) WHERE status IN ('open','in_progress');
                CREATE INDEX actionOwner_on_organisation ON actionOwner(organisationId);
                """)
        for table in [
            "mattersArisingReport", "mattersArisingEntry", "mattersArisingEntryAction", "updateRequest",
            "updateRequestAction", "minuteThread"
        ] {
            try Audit.installTriggers(on: table, db)
        }
    }
}
