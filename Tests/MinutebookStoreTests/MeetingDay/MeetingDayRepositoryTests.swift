import Foundation
import GRDB
import MinutebookCore
import MinutebookTestSupport
import Testing

@testable import MinutebookStore

/// A board of four voting seats (chair, two members, one vacant-free member seat) and a secretariat seat,
/// whose December meeting used minutes up to 191; the March meeting has five agenda items.
enum MeetingDayFixture {
    static let editor = Editor.tool("test:meeting-day")
    static let march: Int64 = 2

    static func database() throws -> AppDatabase {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-day-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        try database.plant(world)
        return database
    }

    static var world: TestWorld {
        var w = TestWorld()
        let vale = w.partnership("Vale Partnership", slug: "vale", id: 1)
        let board = w.body("Vale Board", slug: "board", in: vale, id: 1)
        let people = [("Orla Finch", "OF"), ("Piet Marrow", "PM"), ("Quin Ashby", "QA"), ("Rhea Tolland", "RT"), ("Sol Brack", "SB")]
            .map { w.person($0.0, initials: $0.1, in: vale) }
        let seats = [
            w.seat("Chair", on: board, role: .chairman), w.seat("Police", on: board), w.seat("Health", on: board),
            w.seat("Fire", on: board), w.seat("Clerk", on: board, role: .secretariat)
        ]
        for (seat, person) in zip(seats, people) { w.holding(seat, by: person, from: "2015-01-01") }
        let december = w.meeting(of: board, on: "2017-12-19", status: .minutesDrafted, id: 1)
        let march = w.meeting(of: board, on: "2018-03-26", status: .agendaPublished, id: Self.march)
        w.minute("Close", number: 191, text: "", of: december)
        w.item("Apologies", on: march, number: "1", id: 11)
        w.item("Crime figures", on: march, number: "2", id: 12)
        w.item("Burglary", on: march, number: "2a", id: 13)
        w.item("Budget", on: march, number: "3", id: 14)
        w.item("Case review", on: march, number: "4", part: .two, exemptReason: "Information about an individual", id: 15)
        return w
    }

    static func register(chair: AttendanceStatus = .present, fireLeftDuring: Int64? = nil) -> [RegisterEntry] {
        [
            RegisterEntry(AttendanceInput(personID: 1, seatID: 1, name: "Orla Finch", status: chair, position: .chairman)),
            RegisterEntry(AttendanceInput(personID: 2, seatID: 2, name: "Piet Marrow", status: .virtual)),
            RegisterEntry(AttendanceInput(personID: 3, seatID: 3, name: "Quin Ashby", status: .apologies)),
            RegisterEntry(
                AttendanceInput(
                    seatID: 3, name: "Uma Stand", status: .substitute, substituteForPersonID: 3,
                    substituteForName: "Quin Ashby")),
            RegisterEntry(AttendanceInput(personID: 4, seatID: 4, name: "Rhea Tolland", status: .present), leftDuringItemID: fireLeftDuring),
            RegisterEntry(AttendanceInput(personID: 5, seatID: 5, name: "Sol Brack", status: .present))
        ]
    }
}

@Suite("The meeting day in the store")
struct MeetingDayRepositoryTests {
    @Test("items taken out of order, deferred and withdrawn get running numbers; closing makes numbered draft minutes and tracked actions")
    func runAndClose() async throws {
        let database = try MeetingDayFixture.database()
        let day = GRDBMeetingDayRepository(database: database)
        let by = MeetingDayFixture.editor
        try await day.openMeeting(meetingID: 2, by: by)
        try await day.recordRegister(MeetingDayFixture.register(), meetingID: 2, by: by)
        #expect(try await day.takeItem(agendaItemID: 11, as: .taken, by: by) == MinuteNumber(192))
        #expect(try await day.takeItem(agendaItemID: 14, as: .deferred, by: by) == MinuteNumber(193))
        #expect(try await day.takeItem(agendaItemID: 12, as: .taken, by: by) == MinuteNumber(194))
        #expect(try await day.takeItem(agendaItemID: 13, as: .taken, by: by) == MinuteNumber(194, letter: "a"))
        // Changing an item's state keeps its number.
        #expect(try await day.takeItem(agendaItemID: 14, as: .withdrawn, by: by) == MinuteNumber(193))

        let v1 = try await day.saveItem(
            LiveItemEdit(
                agendaItemID: 12, version: 0, notes: "The figures were presented.",
                resolutions: ["RESOLVED that the figures be noted."],
                actions: [
                    LiveAction(
                        text: "Send the ward table", due: LocalDate(iso: "2018-04-30"),
                        ownerPersonID: 2),
                    LiveAction(text: "Brief the fire service", ownerSeatID: 4)
                ]), by: by)
        #expect(v1 == 1)
        // A second clerk still holding version 0 is refused, and the first clerk's notes stay.
        await #expect(throws: DomainError.conflict(GRDBMeetingDayRepository.conflictMessage)) {
            _ = try await day.saveItem(LiveItemEdit(agendaItemID: 12, version: 0, notes: "Overwritten"), by: by)
        }
        let vote = try await day.recordVote(
            VoteInput(
                agendaItemID: 12, motion: "That the figures be noted", kind: .recorded,
                tally: VoteTally(votesFor: 0, against: 0, abstentions: 0),
                ballots: [
                    Ballot(personID: 1, name: "Orla Finch", choice: .votedFor),
                    Ballot(personID: 2, name: "Piet Marrow", choice: .against),
                    Ballot(name: "Uma Stand", choice: .votedFor),
                    Ballot(personID: 4, name: "Rhea Tolland", choice: .abstain)
                ]), by: by)
        #expect(vote.tally == VoteTally(votesFor: 2, against: 1, abstentions: 1))
        #expect(vote.outcome == .carried && vote.presentVoting == 4 && vote.quorum == 3)
        _ = try await day.recordDeclaration(
            DeclarationInput(
                agendaItemID: 12, personID: 2, name: "Piet Marrow", kind: .pecuniary,
                text: "Owns a shop in the ward"), by: by)

        // The Part 2 item is still pending: the meeting cannot close.
        await #expect(throws: DomainError.self) { try await day.closeMeeting(meetingID: 2, by: by) }
        #expect(try await day.takeItem(agendaItemID: 15, as: .taken, by: by) == MinuteNumber(195))
        try await day.closeMeeting(meetingID: 2, by: by)

        let detail = try #require(
            try await GRDBMeetingRepository(database: database).meetingDetail(
                id: 2,
                audience: .account(
                    .init(userID: 1, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))))
        #expect(detail.meeting.status == .minutesDrafted)
        #expect(detail.minutes.map { $0.minute.number?.text ?? "" } == ["192", "193", "194", "194a", "195"])
        #expect(detail.minutes.map(\.minute.title) == ["Apologies", "Budget", "Crime figures", "Burglary", "Case review"])
        #expect(detail.minutes[1].minute.text == "This item was withdrawn.")
        let crime = detail.minutes[2]
        #expect(crime.minute.text == "The figures were presented.")
        #expect(crime.resolutions.map(\.text) == ["RESOLVED that the figures be noted."])
        #expect(crime.actions.map(\.action.text) == ["Send the ward table", "Brief the fire service"])
        #expect(crime.actions[0].owners.first?.personID == 2 && crime.actions[0].owners.first?.code == "PM")
        #expect(crime.actions[1].owners.first?.seatID == 4 && crime.actions[1].owners.first?.name == "Rhea Tolland")
        #expect(crime.votes.map(\.id) == [vote.id] && crime.votes[0].ballots.count == 4)
        #expect(crime.declarations.map(\.text) == ["Owns a shop in the ward"])
        // The actions are in the tracker.
        let open = try await database.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM action WHERE status = 'open' AND bodyId = 1") }
        #expect(open == 2)
        // Closed: no more live changes, and the minutes are not started twice.
        await #expect(throws: DomainError.self) { _ = try await day.takeItem(agendaItemID: 11, as: .deferred, by: by) }
        await #expect(throws: DomainError.self) { _ = try await GRDBMinutesRepository(database: database).startMinutes(meetingID: 2, by: by) }
        let actor = try await database.read { db in
            try String.fetchOne(db, sql: "SELECT actor FROM audit WHERE tableName = 'vote' ORDER BY id DESC")
        }
        #expect(actor == "test:meeting-day")
    }

    @Test("a vote is refused when the meeting is inquorate at its minute, when counts exceed those present, and on an item not taken")
    func quorum() async throws {
        let database = try MeetingDayFixture.database()
        let day = GRDBMeetingDayRepository(database: database)
        let by = MeetingDayFixture.editor
        try await day.openMeeting(meetingID: 2, by: by)
        // The chair sent apologies and Fire left during item 2: at minute 193, Piet and Uma remain (2 of 4; quorum 3).
        try await day.recordRegister(MeetingDayFixture.register(chair: .apologies, fireLeftDuring: 12), meetingID: 2, by: by)
        await #expect(throws: DomainError.self) {
            try await day.recordVote(
                VoteInput(
                    agendaItemID: 11, motion: "Noted", kind: .showOfHands,
                    tally: VoteTally(votesFor: 2, against: 0, abstentions: 0)), by: by)
        }
        try await day.takeItem(agendaItemID: 11, as: .taken, by: by)
        let roll = try await day.voters(agendaItemID: 11)
        #expect(roll.voters.map(\.name) == ["Piet Marrow", "Uma Stand", "Rhea Tolland"] && roll.votingSeats == 4 && roll.isQuorate)
        await #expect(throws: DomainError.self) {
            try await day.recordVote(
                VoteInput(
                    agendaItemID: 11, motion: "Noted", kind: .showOfHands,
                    tally: VoteTally(votesFor: 3, against: 1, abstentions: 0)), by: by)
        }
        let tie = try await day.recordVote(
            VoteInput(
                agendaItemID: 11, motion: "Noted", kind: .showOfHands,
                tally: VoteTally(votesFor: 1, against: 1, abstentions: 1, castingVote: .votedFor)), by: by)
        #expect(tie.outcome == .carried)
        try await day.takeItem(agendaItemID: 12, as: .taken, by: by)
        #expect(try await day.voters(agendaItemID: 12).isQuorate == false)
        await #expect(throws: DomainError.self) {
            try await day.recordVote(
                VoteInput(
                    agendaItemID: 12, motion: "Noted", kind: .showOfHands,
                    tally: VoteTally(votesFor: 2, against: 0, abstentions: 0)), by: by)
        }
    }

    @Test("the body's own quorum (set on its settings) decides whether a vote may be taken; the vote keeps the quorum it was taken under")
    func bodyQuorum() async throws {
        let database = try MeetingDayFixture.database()
        let day = GRDBMeetingDayRepository(database: database)
        let by = MeetingDayFixture.editor
        try await day.openMeeting(meetingID: 2, by: by)
        // Chair absent and Fire gone at item 2: two of four voting members remain; the default quorum is 3.
        try await day.recordRegister(MeetingDayFixture.register(chair: .apologies, fireLeftDuring: 12), meetingID: 2, by: by)
        try await day.takeItem(agendaItemID: 12, as: .taken, by: by)
        #expect(try await day.voters(agendaItemID: 12).quorum == 3)
        let setup = GRDBSetupRepository(database: database)
        let entry = try await setup.editBody(
            1, BodySettings(name: "Vale Board", slug: "board", kind: .board, quorum: 2),
            by: ActionEditor(auditName: "test:quorum", displayName: "Secretariat"))
        #expect(entry.quorum == 2)
        let roll = try await day.voters(agendaItemID: 12)
        #expect(roll.quorum == 2 && roll.isQuorate)
        let vote = try await day.recordVote(
            VoteInput(
                agendaItemID: 12, motion: "Noted", kind: .showOfHands,
                tally: VoteTally(votesFor: 2, against: 0, abstentions: 0)), by: by)
        #expect(vote.quorum == 2)
        // Back to the default: the recorded vote keeps its quorum.
        _ = try await setup.editBody(
            1, BodySettings(name: "Vale Board", slug: "board", kind: .board),
            by: ActionEditor(auditName: "test:quorum", displayName: "Secretariat"))
        #expect(try await day.voters(agendaItemID: 12).quorum == 3)
        #expect(try await day.liveMeeting(meetingID: 2)?.items.first { $0.agendaItem.id == 12 }?.votes.first?.quorum == 2)
        await #expect(throws: DomainError.self) {
            _ = try await setup.editBody(
                1, BodySettings(name: "Vale Board", slug: "board", kind: .board, quorum: 0),
                by: ActionEditor(auditName: "test:quorum", displayName: "Secretariat"))
        }
    }

    @Test("saving the attendance form after the live register keeps who arrived late and left early (while they still attend)")
    func attendanceFormKeepsTimings() async throws {
        let database = try MeetingDayFixture.database()
        let day = GRDBMeetingDayRepository(database: database)
        let by = MeetingDayFixture.editor
        try await day.openMeeting(meetingID: 2, by: by)
        var register = MeetingDayFixture.register(fireLeftDuring: 12)
        register[1].arrivedDuringItemID = 13
        try await day.recordRegister(register, meetingID: 2, by: by)
        // The attendance form sends the same people again, without the timings it does not show; Piet
        // (who arrived late) is now recorded as absent, so his arrival goes with his attendance.
        var lines = register.map(\.attendance)
        lines[1].status = .absent
        try await GRDBMinutesRepository(database: database).recordAttendance(lines, meetingID: 2, by: by)
        let rows = try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT name, arrivedDuringItemId, leftDuringItemId FROM attendance WHERE meetingId = 2 ORDER BY id")
                .map { (name: $0["name"] as String, arrived: $0["arrivedDuringItemId"] as Int64?, left: $0["leftDuringItemId"] as Int64?) }
        }
        #expect(rows.count == lines.count)
        #expect(rows.first { $0.name == "Rhea Tolland" }?.left == 12)
        #expect(rows.first { $0.name == "Piet Marrow" }.map { $0.arrived == nil } == true)
    }

    @Test("the schema refuses a vote whose outcome breaks the rule, and every live table is fixed once the minutes are approved")
    func schemaRules() async throws {
        let database = try MeetingDayFixture.database()
        let day = GRDBMeetingDayRepository(database: database)
        let by = MeetingDayFixture.editor
        try await day.openMeeting(meetingID: 2, by: by)
        try await day.recordRegister(MeetingDayFixture.register(), meetingID: 2, by: by)
        #expect(throws: (any Error).self) {
            try database.writeSync(as: .system) { db in
                try db.execute(
                    sql: """
                        INSERT INTO vote (agendaItemId, motion, kind, votesFor, votesAgainst, abstentions, outcome, presentVoting, quorum)
                        VALUES (12, 'Noted', 'show_of_hands', 1, 3, 0, 'carried', 5, 3)
                        """)
            }
        }
        for item: Int64 in [11, 12, 13, 14, 15] { try await day.takeItem(agendaItemID: item, as: .taken, by: by) }
        _ = try await day.recordDeclaration(
            DeclarationInput(
                agendaItemID: 12, personID: nil, name: "Uma Stand", kind: .other,
                text: "Volunteers with a charity"), by: by)
        try await day.closeMeeting(meetingID: 2, by: by)
        try database.writeSync(as: .system) { db in
            try db.execute(sql: "UPDATE meeting SET status = 'minutes_approved', approvedAt = '2018-06-01' WHERE id = 2")
        }
        for statement in [
            "UPDATE declaration SET text = 'changed'", "DELETE FROM declaration",
            "UPDATE liveItem SET notes = 'changed'", "UPDATE attendance SET leftDuringItemId = 12",
            "INSERT INTO declaration (agendaItemId, name, kind, text) VALUES (12, 'X', 'other', 'Y')"
        ] {
            #expect(throws: (any Error).self, "\(statement)") { try database.writeSync(as: .system) { try $0.execute(sql: statement) } }
        }
    }
}
