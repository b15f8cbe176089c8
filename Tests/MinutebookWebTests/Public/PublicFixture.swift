import Foundation
import MinutebookStore

/// An invented partnership with a secret planted wherever the public must not look: a Part 2 minute,
/// draft minutes, an unpublished agenda, a person's email address, a private action, and in the forward
/// plan a Part 2 item, an item only proposed and the secretariat's notes on a published item. Every
/// secret starts with "zq" so that one prefix search finds them all.
enum PublicFixture {
    static let planSecrets = ["zqplanexempt", "zqplanproposed", "zqplannote"]
    /// In the text of a Part 2 report (published, so only its part keeps it back) and of a Part 1
    /// report not yet issued.
    static let reportSecrets = ["zqreportexempt", "zqreportunissued"]
    /// In a vote and a declaration of interest on the Part 2 item, and on the draft minutes.
    static let meetingDaySecrets = ["zqvoteexempt", "zqdeclexempt", "zqvotedraft", "zqdecldraft"]
    static let secrets = ["zqpartwo", "zqdraft", "zqagenda", "zqemail", "zqprivate"] + planSecrets + reportSecrets + meetingDaySecrets

    static func plant(in database: AppDatabase) throws {
        try database.writeSync(as: .system) { db in
            try db.execute(sql: """
                INSERT INTO partnership (id, slug, name) VALUES (1, 'millbrook', 'Safer Millbrook Partnership');
                INSERT INTO organisation (id, partnershipId, name, abbreviation) VALUES (1, 1, 'Millbrook Borough Council', 'MBC');
                INSERT INTO person (id, partnershipId, fullName, organisationId, email, phone) VALUES
                    (1, 1, 'Ada Quince', 1, 'zqemail@millbrook.example', '01632 960000'),
                    (2, 1, 'Tobias Wren', 1, NULL, NULL);
                INSERT INTO body (id, partnershipId, slug, name, kind, defaultVenue) VALUES
                    (1, 1, 'board', 'Safer Millbrook Board', 'board', 'Millbrook Civic Hall, Room 2');
                INSERT INTO body (id, partnershipId, slug, name, kind, reportsToBodyId) VALUES
                    (2, 1, 'resilience', 'Resilience Sub-Group', 'sub_group', 1);
                INSERT INTO seat (id, bodyId, title, organisationId, role) VALUES (1, 1, 'Council Lead for Community Safety', 1, 'chairman');
                INSERT INTO seatHolding (id, seatId, personId, startDate) VALUES (1, 1, 1, '2018-05-01');
                INSERT INTO meeting (id, bodyId, date, municipalYear, startTime, endTime, venue, status) VALUES
                    (10, 1, '2019-12-10', 2019, '10:00', '12:05', 'Millbrook Civic Hall, Room 2', 'held'),
                    (11, 1, '2020-03-02', 2019, '10:00', NULL, 'Millbrook Civic Hall; Room 2', 'minutes_drafted'),
                    (12, 1, '2020-06-15', 2020, '14:30', '16:00', 'Online', 'scheduled'),
                    (13, 2, '2020-01-20', 2019, NULL, NULL, NULL, 'cancelled');
                INSERT INTO attendance (meetingId, personId, name, roleText, status, position) VALUES
                    (10, 1, 'Ada Quince', 'Council Lead for Community Safety', 'present', 'chairman'),
                    (10, 2, 'Tobias Wren', 'Fire Station Manager', 'apologies', NULL);
                INSERT INTO agendaItem (id, meetingId, position, number, title, part, exemptReason) VALUES
                    (100, 10, 1, '5', 'Emergency Planning Update', 1, NULL),
                    (101, 10, 2, '9', 'Exempt Contract Matter', 2, 'Paragraph 3: financial affairs');
                INSERT INTO minute (id, meetingId, agendaItemId, bodyId, municipalYear, position, number, title, part, text) VALUES
                    (1000, 10, 100, 1, 2019, 1, 41, 'Emergency Planning Update', 1,
                     'The Board noted the report on the winter flood exercise at Harrow Lane depot.'),
                    (1001, 10, 101, 1, 2019, 2, 42, 'Exempt Contract Matter', 2,
                     'Members discussed zqpartwo tender terms for the depot.');
                INSERT INTO resolution (id, minuteId, position, text) VALUES
                    (5000, 1000, 1, 'An update on the mass casualty exercise is brought to the next meeting.');
                INSERT INTO action (id, bodyId, minuteId, resolutionId, text, isPrivate) VALUES
                    (700, 1, 1000, 5000, 'Circulate the exercise report to partners.', 0),
                    (701, 1, 1000, NULL, 'Speak to the family named zqprivate about the referral.', 1);
                INSERT INTO actionOwner (actionId, personId, code) VALUES (700, 1, 'AQ'), (701, 1, 'AQ');
                INSERT INTO agendaItem (id, meetingId, position, number, title) VALUES (110, 11, 1, '4', 'Knife Crime Reduction Plan');
                INSERT INTO minute (id, meetingId, agendaItemId, bodyId, municipalYear, position, number, title, part, text) VALUES
                    (1100, 11, 110, 1, 2019, 1, 55, 'Knife Crime Reduction Plan', 1,
                     'The zqdraft plan proposes weapon sweeps near Copperfield Park.');
                INSERT INTO agendaItem (id, meetingId, position, number, title) VALUES (120, 12, 1, '3', 'Lantern Festival zqagenda briefing');
                INSERT INTO forwardPlanItem (id, bodyId, title, proposer, leadOfficer, targetMeetingId, status, part, exemptReason, notes) VALUES
                    (60, 1, 'Night-time Economy Review', 'Ada Quince', 'Head of Licensing', 12, 'scheduled', 1, NULL,
                     'Chase zqplannote before the pack goes out.'),
                    (61, 1, 'Contract renewal zqplanexempt', 'Ada Quince', NULL, 12, 'scheduled', 2, 'Paragraph 3: financial affairs', NULL),
                    (62, 1, 'Lantern patrols zqplanproposed', 'Tobias Wren', NULL, NULL, 'proposed', 1, NULL, NULL),
                    (63, 1, 'Bridge lighting survey', 'Tobias Wren', 'Highways Manager', NULL, 'deferred', 1, NULL, NULL);
                INSERT INTO document (id, partnershipId, meetingId, agendaItemId, title, filename, mediaType, byteCount, sha256,
                    part, isPublished, text) VALUES
                    (200, 1, 10, 101, 'Contract report', 'contract.md', 'text/markdown', 40, '\(String(repeating: "b", count: 64))',
                     2, 1, 'The zqreportexempt bidder asked for terms.'),
                    (201, 1, 12, 120, 'Festival report', 'festival.md', 'text/markdown', 40, '\(String(repeating: "c", count: 64))',
                     1, 0, 'Stewards for the zqreportunissued parade.');
                INSERT INTO vote (agendaItemId, motion, kind, votesFor, votesAgainst, abstentions, outcome, presentVoting, quorum) VALUES
                    (100, 'That the exercise report be noted', 'show_of_hands', 1, 0, 0, 'carried', 1, 1),
                    (101, 'That the zqvoteexempt tender be accepted', 'recorded', 1, 0, 0, 'carried', 1, 1),
                    (110, 'That the zqvotedraft plan be adopted', 'show_of_hands', 1, 0, 0, 'carried', 1, 1);
                INSERT INTO voteBallot (voteId, personId, name, choice)
                    SELECT id, 1, 'Ada Quince', 'for' FROM vote WHERE agendaItemId = 101;
                INSERT INTO declaration (agendaItemId, personId, name, kind, text) VALUES
                    (100, 2, 'Tobias Wren', 'other', 'Volunteer flood warden at the depot'),
                    (101, 1, 'Ada Quince', 'pecuniary', 'Related to a zqdeclexempt bidder'),
                    (110, 1, 'Ada Quince', 'other', 'Lives beside zqdecldraft park');
                -- Approved last: an approved meeting's agenda and papers are fixed.
                UPDATE meeting SET status = 'minutes_approved', approvedAt = '2020-03-02' WHERE id = 10;
                """)
        }
    }
}
