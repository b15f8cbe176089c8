/// An invented partnership for the conformance suite: a board with a Part 1 and a Part 2 item,
/// approved minutes on 2021-06-10, draft minutes on 2021-09-09, and a sub-group.
/// Secret phrases planted in every Part 2 place and in the draft minutes must never reach the public.
enum RiversideFixture {
    static let partTwoSecret = "HERON-LANTERN-PART-TWO"
    static let draftSecret = "OTTER-SPINDLE-DRAFT"
    static let privateActionSecret = "KESTREL-PRIVATE-ACTION"

    /// Ids used below, for assertions.
    static let board: Int64 = 10
    static let subGroup: Int64 = 11
    static let approvedMeeting: Int64 = 100
    static let draftMeeting: Int64 = 101
    static let scheduledMeeting: Int64 = 102
    static let chair: Int64 = 1000
    static let inspector: Int64 = 1001
    static let successor: Int64 = 1002

    static let sql = """
        INSERT INTO partnership (id, slug, name) VALUES (1, 'riverside', 'Riverside Community Safety Partnership');
        INSERT INTO partnership (id, slug, name) VALUES (2, 'elmfield', 'Elmfield Safer Communities');
        INSERT INTO organisation (id, partnershipId, name, abbreviation, sector) VALUES
            (500, 1, 'Riverside Borough Council', 'RBC', 'council'),
            (501, 1, 'Westshire Police', 'WP', 'police');
        INSERT INTO person (id, partnershipId, fullName, initials, organisationId, email) VALUES
            (1000, 1, 'Alma Brightwater', 'AB', 500, 'alma.brightwater@riverside.example'),
            (1001, 1, 'Tobias Quarry', 'TQ', 501, 'tobias.quarry@riverside.example'),
            (1002, 1, 'Wren Halloway', 'WH', 501, 'wren.halloway@riverside.example');
        INSERT INTO jobTitle (personId, title, organisationId, startDate, endDate) VALUES
            (1000, 'Director of Communities', 500, '2019-05-01', NULL),
            (1001, 'Chief Inspector', 501, '2019-05-01', '2020-12-31'),
            (1001, 'Borough Commander', 501, '2021-01-01', '2021-07-31'),
            (1002, 'Borough Commander', 501, '2021-08-01', NULL);
        INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (10, 1, 'board', 'Riverside Partnership Board', 'board');
        INSERT INTO body (id, partnershipId, slug, name, kind, reportsToBodyId) VALUES
            (11, 1, 'domestic-abuse', 'Domestic Abuse Sub-Group', 'sub_group', 10);
        INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (20, 2, 'board', 'Elmfield Board', 'board');
        INSERT INTO seat (id, bodyId, title, organisationId, role, position) VALUES
            (300, 10, 'Chairman', 500, 'chairman', 1),
            (301, 10, 'Borough Commander', 501, 'member', 2),
            (302, 10, 'Co-Chair (police)', 501, 'co_chair', 3);
        INSERT INTO seatHolding (seatId, personId, startDate, endDate) VALUES
            (300, 1000, '2019-05-01', NULL),
            (301, 1001, '2021-01-01', '2021-07-31'),
            (301, 1002, '2021-08-01', NULL),
            (302, 1002, '2022-05-01', NULL);

        INSERT INTO meeting (id, bodyId, date, municipalYear, startTime, endTime, venue, status) VALUES
            (100, 10, '2021-06-10', 2021, '10:00', '12:00', 'Riverside Civic Hall', 'minutes_drafted'),
            (101, 10, '2021-09-09', 2021, '10:00', '11:45', 'Riverside Civic Hall', 'minutes_drafted'),
            (102, 10, '2021-12-09', 2021, '10:00', NULL, 'Riverside Civic Hall', 'scheduled');
        INSERT INTO agendaItem (id, meetingId, position, number, title, part, exemptReason, isStanding) VALUES
            (200, 100, 1, '1', 'Apologies for absence', 1, NULL, 1),
            (201, 100, 2, '2', 'Night-time economy update', 1, NULL, 0),
            (202, 100, 3, '3', 'Case review (exempt)', 2, 'Information relating to an individual', 0),
            (210, 101, 1, '1', 'Apologies for absence', 1, NULL, 1),
            (211, 101, 2, '2', 'Exempt safeguarding review', 2, 'Information relating to an individual', 0),
            (220, 102, 1, '1', 'Apologies for absence', 1, NULL, 1);
        INSERT INTO attendance (meetingId, personId, name, roleText, status, position) VALUES
            (100, 1000, 'Alma Brightwater', 'Director of Communities', 'present', 'chairman'),
            (100, 1001, 'Tobias Quarry', 'Borough Commander', 'apologies', NULL),
            (101, 1000, 'Alma Brightwater', 'Director of Communities', 'virtual', 'chairman');
        INSERT INTO attendance (meetingId, personId, name, roleText, status, substituteForPersonId) VALUES
            (100, 1002, 'Wren Halloway', 'Superintendent', 'substitute', 1001);
        INSERT INTO minute (id, meetingId, agendaItemId, bodyId, municipalYear, position, number, letter, title, part, text) VALUES
            (400, 100, 200, 10, 2021, 1, 1, '', 'Apologies for absence', 1, 'Apologies were received from Tobias Quarry.'),
            (401, 100, 201, 10, 2021, 2, 2, '', 'Night-time economy update', 1, 'The Board noted the update on late-night venues.'),
            (402, 100, 202, 10, 2021, 3, 3, '', 'Case review (exempt)', 2, 'The Board discussed \(partTwoSecret).'),
            (410, 101, 210, 10, 2021, 1, 4, '', 'Apologies for absence', 1, 'Draft note: \(draftSecret).'),
            (411, 101, 211, 10, 2021, 2, 5, '', 'Exempt safeguarding review', 2, 'Part 2 discussion \(partTwoSecret).');
        INSERT INTO resolution (id, minuteId, position, text) VALUES
            (600, 401, 1, 'A joint patrol plan is brought to the next meeting.'),
            (601, 401, 2, 'Licensing officers attend the December meeting.'),
            (602, 402, 1, 'The review panel reports on \(partTwoSecret).');
        INSERT INTO action (id, bodyId, minuteId, resolutionId, text, dueDate, status, isPrivate) VALUES
            (700, 10, 401, 600, 'Bring a joint patrol plan to the next meeting.', '2021-09-09', 'in_progress', 0),
            (701, 10, 401, NULL, 'Write to the venue about \(privateActionSecret).', NULL, 'open', 1),
            (702, 10, 402, 602, 'Panel report on \(partTwoSecret).', NULL, 'open', 0);
        INSERT INTO actionOwner (actionId, personId, seatId, code) VALUES
            (700, NULL, 301, 'BC'),
            (700, 1000, NULL, 'AB'),
            (701, 1000, NULL, 'AB'),
            (702, 1001, NULL, 'TQ');
        INSERT INTO actionUpdate (actionId, at, authorName, text, statusFrom, statusTo) VALUES
            (700, '2021-07-01T09:00:00Z', 'Tobias Quarry', 'Patrol routes drafted.', 'open', 'in_progress'),
            (700, '2021-08-20T09:00:00Z', 'Wren Halloway', 'Plan agreed with licensing.', NULL, NULL);
        INSERT INTO document (partnershipId, meetingId, agendaItemId, title, filename, mediaType, byteCount, sha256, part, isPublished) VALUES
            (1, 100, 201, 'Night-time economy report', 'nte.pdf', 'application/pdf', 1200, '\(String(repeating: "a", count: 64))', 1, 1),
            (1, 100, 202, 'Case review \(partTwoSecret)', 'review.pdf', 'application/pdf', 900, '\(String(repeating: "b", count: 64))', 2, 1);
        UPDATE meeting SET status = 'minutes_approved', approvedAt = '2021-09-09', approvedAtMeetingId = 101 WHERE id = 100;
        """

    /// Seeds `store` with the fixture.
    static func seed(_ store: TestStore) throws {
        try store.execute(sql)
    }
}
