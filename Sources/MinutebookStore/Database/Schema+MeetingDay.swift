import GRDB

extension Schema {
    /// Migration "v19-meetingday-live": the meeting day. A meeting opened "in progress" (`liveMeeting`),
    /// each agenda item as taken (`liveItem`: its state, the minute number given when taken, the
    /// clerk's notes and a version for the optimistic check), its resolutions and actions until the
    /// meeting closes, votes with their roll call, declarations of interest, and the minutes during
    /// which members arrived late or left early (`attendance`). Votes and declarations belong to the
    /// agenda item and so to its minute once the meeting closes.
    static func v19MeetingDayLive(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE liveMeeting (
                    meetingId INTEGER PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
                    openedAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    closedAt TEXT,
                    CHECK (closedAt IS NULL OR closedAt >= openedAt)
                );

                CREATE TABLE liveItem (
                    agendaItemId INTEGER PRIMARY KEY REFERENCES agendaItem(id) ON DELETE CASCADE,
                    meetingId INTEGER NOT NULL REFERENCES liveMeeting(meetingId) ON DELETE CASCADE,
                    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending','taken','deferred','withdrawn')),
                    number INTEGER CHECK (number IS NULL OR number >= 1),
                    letter TEXT NOT NULL DEFAULT '' CHECK (letter NOT GLOB '*[^a-z]*'),
                    notes TEXT NOT NULL DEFAULT '',
                    version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
                    CHECK ((state = 'pending') = (number IS NULL)),
                    CHECK (number IS NOT NULL OR letter = '')
                );
                CREATE UNIQUE INDEX liveItem_number_unique ON liveItem(meetingId, number, letter) WHERE number IS NOT NULL;
                CREATE INDEX liveItem_on_meeting ON liveItem(meetingId);

                CREATE TABLE liveResolution (
                    id INTEGER PRIMARY KEY,
                    agendaItemId INTEGER NOT NULL REFERENCES liveItem(agendaItemId) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 1),
                    text TEXT NOT NULL CHECK (text <> ''),
                    UNIQUE (agendaItemId, position)
                );

                CREATE TABLE liveAction (
                    id INTEGER PRIMARY KEY,
                    agendaItemId INTEGER NOT NULL REFERENCES liveItem(agendaItemId) ON DELETE CASCADE,
                    position INTEGER NOT NULL CHECK (position >= 1),
                    text TEXT NOT NULL CHECK (text <> ''),
                    dueDate TEXT CHECK (dueDate IS NULL OR date(dueDate, '+0 days') IS dueDate),
                    ownerPersonId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    ownerSeatId INTEGER REFERENCES seat(id) ON DELETE SET NULL,
                    UNIQUE (agendaItemId, position),
                    CHECK (ownerPersonId IS NULL OR ownerSeatId IS NULL)
                );

                CREATE TABLE vote (
                    id INTEGER PRIMARY KEY,
                    agendaItemId INTEGER NOT NULL REFERENCES agendaItem(id) ON DELETE CASCADE,
                    motion TEXT NOT NULL CHECK (motion <> ''),
                    kind TEXT NOT NULL CHECK (kind IN ('show_of_hands','recorded')),
                    votesFor INTEGER NOT NULL CHECK (votesFor >= 0),
                    votesAgainst INTEGER NOT NULL CHECK (votesAgainst >= 0),
                    abstentions INTEGER NOT NULL CHECK (abstentions >= 0),
                    castingVote TEXT CHECK (castingVote IS NULL OR (castingVote IN ('for','against') AND votesFor = votesAgainst)),
                    outcome TEXT NOT NULL CHECK (outcome IN ('carried','lost')),
                    presentVoting INTEGER NOT NULL CHECK (presentVoting >= 0),
                    quorum INTEGER NOT NULL CHECK (quorum >= 1),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    -- The rule of VoteTally.outcome, kept by the schema as well.
                    CHECK (outcome = CASE WHEN votesFor > votesAgainst THEN 'carried' WHEN votesFor < votesAgainst THEN 'lost'
                                          WHEN castingVote = 'for' THEN 'carried' ELSE 'lost' END),
                    CHECK (presentVoting >= quorum),
                    CHECK (votesFor + votesAgainst + abstentions <= presentVoting)
                );
                CREATE INDEX vote_on_item ON vote(agendaItemId);

                CREATE TABLE voteBallot (
                    id INTEGER PRIMARY KEY,
                    voteId INTEGER NOT NULL REFERENCES vote(id) ON DELETE CASCADE,
                    personId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    choice TEXT NOT NULL CHECK (choice IN ('for','against','abstain')),
                    UNIQUE (voteId, name)
                );
                CREATE INDEX voteBallot_on_vote ON voteBallot(voteId);

                CREATE TABLE declaration (
                    id INTEGER PRIMARY KEY,
                    agendaItemId INTEGER NOT NULL REFERENCES agendaItem(id) ON DELETE CASCADE,
                    personId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    kind TEXT NOT NULL CHECK (kind IN ('pecuniary','other')),
                    text TEXT NOT NULL CHECK (text <> ''),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );
                CREATE INDEX declaration_on_item ON declaration(agendaItemId);

                ALTER TABLE attendance ADD COLUMN arrivedDuringItemId INTEGER REFERENCES agendaItem(id) ON DELETE SET NULL;
                ALTER TABLE attendance ADD COLUMN leftDuringItemId INTEGER REFERENCES agendaItem(id) ON DELETE SET NULL;
                DROP TRIGGER IF EXISTS attendance_fixed_once_approved_replace;
                DROP TRIGGER IF EXISTS liveItem_fixed_once_approved_replace;
                """)
        // The approved-minutes lock covers the new tables and the new attendance columns.
        let minutes = "the minutes of this meeting are approved and cannot be changed"
        let byItem: (String) -> String = { "(SELECT meetingId FROM agendaItem WHERE id = \($0).agendaItemId)" }
        let locks: [Lock] = [
            Lock(
                table: "attendance", meeting: { "\($0).meetingId" }, message: minutes,
                free: ["personId", "seatId", "substituteForPersonId"]),
            Lock(table: "liveMeeting", meeting: { "\($0).meetingId" }, message: minutes, free: []),
            Lock(table: "liveItem", meeting: { "\($0).meetingId" }, message: minutes, free: []),
            Lock(table: "liveResolution", meeting: byItem, message: minutes, free: []),
            Lock(table: "liveAction", meeting: byItem, message: minutes, free: ["ownerPersonId", "ownerSeatId"]),
            Lock(table: "vote", meeting: byItem, message: minutes, free: []),
            Lock(
                table: "voteBallot",
                meeting: { "(SELECT i.meetingId FROM vote v JOIN agendaItem i ON i.id = v.agendaItemId WHERE v.id = \($0).voteId)" },
                message: minutes, free: ["personId"]),
            Lock(table: "declaration", meeting: byItem, message: minutes, free: ["personId"])
        ]
        for lock in locks { try lock.install(db) }
        for table in ["liveMeeting", "liveItem", "liveResolution", "liveAction", "vote", "voteBallot", "declaration", "attendance"] {
            try Audit.installTriggers(on: table, db)
        }
    }
}
