import GRDB

/// Schema of the governance model (DOMAIN.md). Constraints live here, not in Swift:
/// foreign keys, CHECKs on every enumerated value, uniques, and triggers for immutability.
enum Schema {
    static func v1(_ db: Database) throws {
        try Audit.createTables(db)
        try db.execute(
            sql: """
                CREATE TABLE partnership (
                    id INTEGER PRIMARY KEY,
                    slug TEXT NOT NULL UNIQUE CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
                    name TEXT NOT NULL CHECK (name <> ''),
                    yearStartMonth INTEGER NOT NULL DEFAULT 5 CHECK (yearStartMonth BETWEEN 1 AND 12),
                    yearStartDay INTEGER NOT NULL DEFAULT 1 CHECK (yearStartDay BETWEEN 1 AND 28),
                    firstMinuteNumber INTEGER NOT NULL DEFAULT 1 CHECK (firstMinuteNumber >= 1),
                    reportReferencePattern TEXT,
                    contactName TEXT,
                    contactEmail TEXT,
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );

                CREATE TABLE organisation (
                    id INTEGER PRIMARY KEY,
                    partnershipId INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    name TEXT NOT NULL CHECK (name <> ''),
                    abbreviation TEXT,
                    sector TEXT CHECK (sector IS NULL OR sector IN
                        ('council','police','fire','probation','health','ambulance','voluntary','housing','education','government','other')),
                    UNIQUE (partnershipId, name)
                );

                CREATE TABLE person (
                    id INTEGER PRIMARY KEY,
                    partnershipId INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    fullName TEXT NOT NULL CHECK (fullName <> ''),
                    honorific TEXT,
                    initials TEXT,
                    organisationId INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                    email TEXT,
                    phone TEXT,
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );
                CREATE INDEX person_on_partnership_name ON person(partnershipId, fullName);
                CREATE INDEX person_on_organisation ON person(organisationId);

                -- Job titles change over time and are printed beside the name in attendance lists.
                CREATE TABLE jobTitle (
                    id INTEGER PRIMARY KEY,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    title TEXT NOT NULL CHECK (title <> ''),
                    organisationId INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                    startDate TEXT NOT NULL CHECK (date(startDate, '+0 days') IS startDate),
                    endDate TEXT CHECK (endDate IS NULL OR (date(endDate, '+0 days') IS endDate AND endDate >= startDate))
                );
                CREATE INDEX jobTitle_on_person ON jobTitle(personId, startDate);

                CREATE TABLE body (
                    id INTEGER PRIMARY KEY,
                    partnershipId INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    slug TEXT NOT NULL CHECK (slug <> '' AND slug NOT GLOB '*[^a-z0-9-]*'),
                    name TEXT NOT NULL CHECK (name <> ''),
                    kind TEXT NOT NULL CHECK (kind IN ('board','sub_group')),
                    reportsToBodyId INTEGER REFERENCES body(id) ON DELETE SET NULL,
                    isPublic INTEGER NOT NULL DEFAULT 1 CHECK (isPublic IN (0,1)),
                    defaultVenue TEXT,
                    defaultStart TEXT CHECK (defaultStart IS NULL OR defaultStart GLOB '[0-2][0-9]:[0-5][0-9]'),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    UNIQUE (partnershipId, slug),
                    UNIQUE (partnershipId, name),
                    CHECK (reportsToBodyId IS NULL OR reportsToBodyId <> id)
                );

                -- A seat on a body, held by successive people. A seat may be defined by an organisation's
                -- role ("Borough Police Commander"), so that the successor is known when the holder changes.
                CREATE TABLE seat (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    title TEXT NOT NULL CHECK (title <> ''),
                    organisationId INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                    role TEXT NOT NULL DEFAULT 'member'
                        CHECK (role IN ('chairman','vice_chairman','co_chair','member','secretariat','adviser','guest')),
                    position INTEGER NOT NULL DEFAULT 0,
                    abolishedOn TEXT CHECK (abolishedOn IS NULL OR date(abolishedOn, '+0 days') IS abolishedOn)
                );
                CREATE INDEX seat_on_body ON seat(bodyId);

                CREATE TABLE seatHolding (
                    id INTEGER PRIMARY KEY,
                    seatId INTEGER NOT NULL REFERENCES seat(id) ON DELETE CASCADE,
                    personId INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                    startDate TEXT NOT NULL CHECK (date(startDate, '+0 days') IS startDate),
                    endDate TEXT CHECK (endDate IS NULL OR (date(endDate, '+0 days') IS endDate AND endDate >= startDate))
                );
                CREATE INDEX seatHolding_on_seat ON seatHolding(seatId, startDate);
                CREATE INDEX seatHolding_on_person ON seatHolding(personId);
                -- One current holder per seat.
                CREATE UNIQUE INDEX seatHolding_one_current ON seatHolding(seatId) WHERE endDate IS NULL;

                CREATE TABLE meeting (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    date TEXT NOT NULL CHECK (date(date, '+0 days') IS date),
                    municipalYear INTEGER NOT NULL CHECK (municipalYear BETWEEN 1900 AND 2200),
                    startTime TEXT CHECK (startTime IS NULL OR startTime GLOB '[0-2][0-9]:[0-5][0-9]'),
                    endTime TEXT CHECK (endTime IS NULL OR endTime GLOB '[0-2][0-9]:[0-5][0-9]'),
                    venue TEXT,
                    virtualLink TEXT,
                    status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN
                        ('scheduled','agenda_published','held','minutes_drafted','minutes_approved','cancelled')),
                    agendaPublishedAt TEXT,
                    packIssuedAt TEXT,
                    approvedAt TEXT,
                    approvedAtMeetingId INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
                    approvalProposer TEXT,
                    approvalNote TEXT,
                    sequence INTEGER NOT NULL DEFAULT 0,
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    UNIQUE (bodyId, date),
                    CHECK (status <> 'minutes_approved' OR approvedAt IS NOT NULL)
                );
                CREATE INDEX meeting_on_date ON meeting(date);

                CREATE TABLE agendaItem (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    number TEXT,
                    title TEXT NOT NULL CHECK (title <> ''),
                    part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1,2)),
                    exemptReason TEXT,
                    isStanding INTEGER NOT NULL DEFAULT 0 CHECK (isStanding IN (0,1)),
                    standingKind TEXT,
                    leadOfficer TEXT,
                    reportReference TEXT,
                    isSupplementary INTEGER NOT NULL DEFAULT 0 CHECK (isSupplementary IN (0,1)),
                    UNIQUE (meetingId, position),
                    CHECK (part = 1 OR exemptReason IS NOT NULL)
                );

                CREATE TABLE attendance (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    personId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    seatId INTEGER REFERENCES seat(id) ON DELETE SET NULL,
                    name TEXT NOT NULL CHECK (name <> ''),
                    roleText TEXT,
                    status TEXT NOT NULL CHECK (status IN ('present','virtual','also_present','apologies','substitute','absent')),
                    position TEXT CHECK (position IS NULL OR position IN ('chairman','vice_chairman','co_chair')),
                    substituteForPersonId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    substituteForName TEXT,
                    CHECK (status <> 'substitute' OR substituteForName IS NOT NULL OR substituteForPersonId IS NOT NULL)
                );
                CREATE INDEX attendance_on_meeting ON attendance(meetingId);
                CREATE INDEX attendance_on_person ON attendance(personId);

                -- One minute per item. Numbers run on within a body and municipal year.
                CREATE TABLE minute (
                    id INTEGER PRIMARY KEY,
                    meetingId INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
                    agendaItemId INTEGER REFERENCES agendaItem(id) ON DELETE SET NULL,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    municipalYear INTEGER NOT NULL,
                    position INTEGER NOT NULL,
                    number INTEGER,
                    letter TEXT NOT NULL DEFAULT '' CHECK (letter NOT GLOB '*[^a-z]*'),
                    title TEXT NOT NULL CHECK (title <> ''),
                    part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1,2)),
                    text TEXT NOT NULL DEFAULT '',
                    postMeetingNote TEXT,
                    reportReference TEXT,
                    UNIQUE (meetingId, position)
                );
                CREATE UNIQUE INDEX minute_number_unique ON minute(bodyId, municipalYear, number, letter) WHERE number IS NOT NULL;
                CREATE INDEX minute_on_meeting ON minute(meetingId);

                CREATE TABLE resolution (
                    id INTEGER PRIMARY KEY,
                    minuteId INTEGER NOT NULL REFERENCES minute(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    text TEXT NOT NULL CHECK (text <> ''),
                    UNIQUE (minuteId, position)
                );

                -- A later correction of approved minutes is a new note, never an edit.
                CREATE TABLE minuteCorrection (
                    id INTEGER PRIMARY KEY,
                    minuteId INTEGER NOT NULL REFERENCES minute(id) ON DELETE CASCADE,
                    text TEXT NOT NULL CHECK (text <> ''),
                    recordedAtMeetingId INTEGER REFERENCES meeting(id) ON DELETE SET NULL,
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );

                CREATE TABLE action (
                    id INTEGER PRIMARY KEY,
                    bodyId INTEGER NOT NULL REFERENCES body(id) ON DELETE CASCADE,
                    minuteId INTEGER REFERENCES minute(id) ON DELETE CASCADE,
                    resolutionId INTEGER REFERENCES resolution(id) ON DELETE SET NULL,
                    text TEXT NOT NULL CHECK (text <> ''),
                    dueDate TEXT CHECK (dueDate IS NULL OR date(dueDate, '+0 days') IS dueDate),
                    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','dropped','superseded')),
                    isPrivate INTEGER NOT NULL DEFAULT 0 CHECK (isPrivate IN (0,1)),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    closedAt TEXT
                );
                CREATE INDEX action_on_body_status ON action(bodyId, status);
                CREATE INDEX action_on_minute ON action(minuteId);

                -- An owner is a person, a seat (whoever holds it) or an organisation; the code keeps the
                -- Action column's initials as printed, and free text stays flagged until matched.
                CREATE TABLE actionOwner (
                    id INTEGER PRIMARY KEY,
                    actionId INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
                    personId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    seatId INTEGER REFERENCES seat(id) ON DELETE SET NULL,
                    organisationId INTEGER REFERENCES organisation(id) ON DELETE SET NULL,
                    code TEXT,
                    freeText TEXT,
                    CHECK (personId IS NOT NULL OR seatId IS NOT NULL OR organisationId IS NOT NULL
                           OR code IS NOT NULL OR freeText IS NOT NULL)
                );
                CREATE INDEX actionOwner_on_action ON actionOwner(actionId);
                CREATE INDEX actionOwner_on_person ON actionOwner(personId);
                CREATE INDEX actionOwner_on_seat ON actionOwner(seatId);

                CREATE TABLE actionUpdate (
                    id INTEGER PRIMARY KEY,
                    actionId INTEGER NOT NULL REFERENCES action(id) ON DELETE CASCADE,
                    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    authorPersonId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    authorName TEXT,
                    text TEXT NOT NULL DEFAULT '',
                    statusFrom TEXT CHECK (statusFrom IS NULL OR statusFrom IN ('open','in_progress','done','dropped','superseded')),
                    statusTo TEXT CHECK (statusTo IS NULL OR statusTo IN ('open','in_progress','done','dropped','superseded')),
                    via TEXT NOT NULL DEFAULT 'web' CHECK (via IN ('web','email_link','import','succession','meeting','cli'))
                );
                CREATE INDEX actionUpdate_on_action ON actionUpdate(actionId, at);

                CREATE TABLE document (
                    id INTEGER PRIMARY KEY,
                    partnershipId INTEGER NOT NULL REFERENCES partnership(id) ON DELETE CASCADE,
                    meetingId INTEGER REFERENCES meeting(id) ON DELETE CASCADE,
                    agendaItemId INTEGER REFERENCES agendaItem(id) ON DELETE CASCADE,
                    title TEXT NOT NULL CHECK (title <> ''),
                    filename TEXT NOT NULL CHECK (filename <> ''),
                    mediaType TEXT NOT NULL,
                    byteCount INTEGER NOT NULL CHECK (byteCount >= 0),
                    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
                    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
                    part INTEGER NOT NULL DEFAULT 1 CHECK (part IN (1,2)),
                    isPublished INTEGER NOT NULL DEFAULT 0 CHECK (isPublished IN (0,1)),
                    content BLOB,
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now'))
                );
                CREATE INDEX document_on_meeting ON document(meetingId);
                CREATE INDEX document_on_item ON document(agendaItemId);

                CREATE TABLE user (
                    id INTEGER PRIMARY KEY,
                    email TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (email LIKE '%_@_%'),
                    passwordHash TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('administrator','secretariat','member','officer')),
                    partnershipId INTEGER REFERENCES partnership(id) ON DELETE CASCADE,
                    personId INTEGER REFERENCES person(id) ON DELETE SET NULL,
                    isDisabled INTEGER NOT NULL DEFAULT 0 CHECK (isDisabled IN (0,1)),
                    createdAt TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),
                    CHECK (role = 'administrator' OR partnershipId IS NOT NULL)
                );

                -- Approved minutes are fixed: corrections go to minuteCorrection.
                CREATE TRIGGER minute_fixed_once_approved_update BEFORE UPDATE ON minute
                WHEN (SELECT status FROM meeting WHERE id = OLD.meetingId) = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                CREATE TRIGGER minute_fixed_once_approved_delete BEFORE DELETE ON minute
                WHEN (SELECT status FROM meeting WHERE id = OLD.meetingId) = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                CREATE TRIGGER minute_fixed_once_approved_insert BEFORE INSERT ON minute
                WHEN (SELECT status FROM meeting WHERE id = NEW.meetingId) = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                CREATE TRIGGER resolution_fixed_once_approved_update BEFORE UPDATE ON resolution
                WHEN (SELECT m.status FROM meeting m JOIN minute n ON n.meetingId = m.id WHERE n.id = OLD.minuteId) = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                CREATE TRIGGER resolution_fixed_once_approved_delete BEFORE DELETE ON resolution
                WHEN (SELECT m.status FROM meeting m JOIN minute n ON n.meetingId = m.id WHERE n.id = OLD.minuteId) = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                CREATE TRIGGER resolution_fixed_once_approved_insert BEFORE INSERT ON resolution
                WHEN (SELECT m.status FROM meeting m JOIN minute n ON n.meetingId = m.id WHERE n.id = NEW.minuteId) = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                CREATE TRIGGER attendance_fixed_once_approved_update BEFORE UPDATE ON attendance
                WHEN (SELECT status FROM meeting WHERE id = OLD.meetingId) = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                CREATE TRIGGER attendance_fixed_once_approved_delete BEFORE DELETE ON attendance
                WHEN (SELECT status FROM meeting WHERE id = OLD.meetingId) = 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                -- An approved meeting cannot go back to an earlier status.
                CREATE TRIGGER meeting_approval_is_final BEFORE UPDATE OF status ON meeting
                WHEN OLD.status = 'minutes_approved' AND NEW.status <> 'minutes_approved'
                BEGIN SELECT RAISE(ABORT, 'the minutes of this meeting are approved and cannot be changed'); END;
                """)
        try Audit.installTriggersOnAllTables(db)
    }
}
