import Foundation
import GRDB
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport
import Testing

@Suite("Set-up: partnerships and bodies")
struct PartnershipAndBodySetupTests {
    let editor = SetupFixture.editor

    @Test("a new partnership gets its board with the standard agenda template in one call, audited as the editor")
    func newPartnership() async throws {
        let f = try await SetupFixture()
        let bodies = try await f.setup.bodies(of: f.partnershipID)
        #expect(bodies.map(\.body.name) == ["Harbourside Board", "Night-Time Economy Sub-Group"])
        #expect(bodies[1].reportsTo == "Harbourside Board")
        #expect(try await f.count("SELECT count(*) FROM agendaTemplateItem WHERE bodyId = ?", [f.board.id]) == AgendaTemplateItem.standard.count)
        #expect(try await f.count("SELECT count(*) FROM audit WHERE tableName = 'partnership' AND actor = 'test:setup'") == 1)
        #expect(try await f.count("SELECT count(*) FROM audit WHERE tableName = 'body' AND actor = 'test:setup'") == 2)
        let listed = try await f.setup.partnerships()
        #expect(listed.first?.settings.reportReferencePattern == "HCS{yy}{nnn}")
        #expect(listed.first?.settings.contactEmail == "ada.clerk@harbourside.example")
    }

    @Test("a second partnership with the same short name is refused and nothing is written")
    func duplicateSlug() async throws {
        let f = try await SetupFixture()
        let before = try await f.count("SELECT count(*) FROM audit")
        await #expect(throws: DomainError.conflict("a partnership already has the short name 'harbourside'")) {
            _ = try await f.setup.addPartnership(PartnershipSettings(name: "Another", slug: "harbourside"), boardName: "Another Board", by: editor)
        }
        #expect(try await f.count("SELECT count(*) FROM audit") == before)
        #expect(try await f.count("SELECT count(*) FROM body") == 2)
    }

    @Test("editing a partnership changes its settings, keeps the before and after in the audit, and refuses a bad e-mail")
    func editPartnership() async throws {
        let f = try await SetupFixture()
        var settings = try #require(try await f.setup.partnerships().first).settings
        settings.questionsWorkingDays = 10
        settings.contactPhone = "01632 960000"
        settings.yearStart = .april
        let edited = try await f.setup.editPartnership(f.partnershipID, settings, by: editor)
        #expect(edited.settings.questionsWorkingDays == 10)
        #expect(edited.settings.yearStart == .april)
        let after = try await f.database.read { db in
            try String.fetchOne(db, sql: "SELECT after FROM audit WHERE tableName = 'partnership' AND operation = 'update' ORDER BY id DESC")
        }
        #expect(after?.contains("\"questionsWorkingDays\":10") == true)
        settings.contactEmail = "not an address"
        await #expect(throws: DomainError.self) { _ = try await f.setup.editPartnership(f.partnershipID, settings, by: editor) }
    }

    @Test("renaming a body keeps the old name and slug as former names that lookups and the importer still find")
    func rename() async throws {
        let f = try await SetupFixture()
        let renamed = try await f.setup.renameBody(f.board.id, to: "Harbourside Safety Board", by: editor)
        #expect(renamed.body.name == "Harbourside Safety Board")
        #expect(renamed.body.slug == "harbourside-safety-board")
        #expect(renamed.formerNames == ["Harbourside Board"])
        let bodies = GRDBBodyRepository(database: f.database)
        #expect(try await bodies.body(slugOrName: "Harbourside Board", partnership: "harbourside")?.id == f.board.id)
        #expect(try await bodies.body(slugOrName: "harbourside-board", partnership: nil)?.id == f.board.id)
        #expect(try await bodies.body(slugOrName: "Harbourside Safety Board", partnership: nil)?.id == f.board.id)
        // Renaming onto another body's name is refused: that is a merge.
        await #expect(throws: DomainError.self) { _ = try await f.setup.renameBody(f.subGroup.id, to: "Harbourside Safety Board", by: editor) }
        // The name changes only by renaming.
        await #expect(throws: DomainError.self) {
            _ = try await f.setup.editBody(f.board.id, BodySettings(name: "Something Else", slug: "x", kind: .board), by: editor)
        }
    }

    @Test("editing a body changes its reporting line and makes its meetings private; a body cannot report to itself")
    func editBody() async throws {
        let f = try await SetupFixture()
        let edited = try await f.setup.editBody(
            f.subGroup.id,
            BodySettings(
                name: f.subGroup.name, slug: "night-time", kind: .subGroup,
                reportsToBodyID: f.board.id, isPublic: false), by: editor)
        #expect(edited.body.isPublic == false)
        #expect(edited.body.slug == "night-time")
        await #expect(throws: DomainError.invalid("a body cannot report to itself")) {
            _ = try await f.setup.editBody(
                f.subGroup.id,
                BodySettings(
                    name: f.subGroup.name, slug: "night-time", kind: .subGroup,
                    reportsToBodyID: f.subGroup.id), by: editor)
        }
    }

    @Test("merging two bodies moves every meeting, seat and action to the one kept, combines same-titled seats and keeps the old name")
    func mergeBodies() async throws {
        let f = try await SetupFixture()
        let old = try await f.setup.addBody(
            to: f.partnershipID, BodySettings(name: "Harbourside Strategic Group", slug: "hsg", kind: .board),
            by: editor
        ).body
        let ann = try await f.person("Ann Tiller")
        let bo = try await f.person("Bo Mendez")
        _ = try await f.seat("Police Commander", role: .chairman, holder: ann, since: "2019-06-01", body: old)
        _ = try await f.seat("Police Commander", role: .member, holder: bo, since: "2021-06-01")
        let oldMeeting = try await f.meeting(on: "2019-07-01", status: .minutesDrafted, body: old)
        var world = try f.database.world()
        world.action("Invented action", body: old.id)
        try f.database.plant(world, as: Actor("test:fixture"))
        let merged = try await f.setup.mergeBody(old.id, into: f.board.id, by: editor)
        #expect(merged.formerNames == ["Harbourside Strategic Group"])
        #expect(try await f.count("SELECT bodyId FROM meeting WHERE id = ?", [oldMeeting]) == Int(f.board.id))
        #expect(try await f.count("SELECT count(*) FROM action WHERE bodyId = ?", [f.board.id]) == 1)
        #expect(try await f.count("SELECT count(*) FROM body WHERE id = ?", [old.id]) == 0)
        // One Police Commander seat: Ann until the day before Bo, and Bo's role.
        let seats = try await GRDBSeatRepository(database: f.database).seats(bodyID: f.board.id)
        #expect(seats.map(\.seat.title) == ["Police Commander"])
        #expect(seats.first?.holderName == "Bo Mendez")
        #expect(try await f.count("SELECT count(*) FROM seatHolding WHERE personId = ? AND endDate = '2021-05-31'", [ann]) == 1)
        #expect(try await GRDBBodyRepository(database: f.database).body(slugOrName: "hsg", partnership: nil)?.id == f.board.id)
    }

    @Test("merging is refused into itself, when both bodies meet on the same day, and when it would move approved minutes")
    func mergeRefusals() async throws {
        let f = try await SetupFixture()
        await #expect(throws: DomainError.invalid("a body cannot be merged into itself")) {
            _ = try await f.setup.mergeBody(f.board.id, into: f.board.id, by: editor)
        }
        _ = try await f.meeting(on: "2024-03-01")
        _ = try await f.meeting(on: "2024-03-01", body: f.subGroup)
        await #expect(throws: DomainError.self) { _ = try await f.setup.mergeBody(f.subGroup.id, into: f.board.id, by: editor) }
        #expect(try await f.count("SELECT count(*) FROM body") == 2)
        _ = try await f.meeting(on: "2023-03-01", status: .minutesApproved, body: f.subGroup)
        do {
            _ = try await f.setup.mergeBody(f.subGroup.id, into: f.board.id, by: editor)
            Issue.record("the merge should have been refused")
        } catch let error as DomainError {
            #expect(error.kind == .conflict)
        }
    }
}

@Suite("Set-up: people, organisations and seats")
struct PeopleSetupTests {
    let editor = SetupFixture.editor
    let jan2024 = LocalDate(year: 2024, month: 1, day: 1)!

    @Test("a person is added with e-mail, job title and organisation (created when new); editing a title keeps the old one in history")
    func addAndEdit() async throws {
        let f = try await SetupFixture()
        let added = try await f.setup.addPerson(
            to: f.partnershipID,
            PersonDetails(
                fullName: "Cara Oduya", jobTitle: "Inspector",
                email: "cara@police.example", organisation: "Harbour Police"),
            on: LocalDate(year: 2022, month: 4, day: 1)!, by: editor)
        #expect(added.person.email == "cara@police.example")
        #expect(added.jobTitle == "Inspector")
        #expect(added.organisation == "Harbour Police")
        let edited = try await f.setup.editPerson(added.person.id, PersonDetails(jobTitle: "Chief Inspector"), on: jan2024, by: editor)
        #expect(edited.jobTitle == "Chief Inspector")
        #expect(edited.person.email == "cara@police.example")
        #expect(try await f.count("SELECT count(*) FROM jobTitle WHERE personId = ? AND endDate = '2023-12-31'", [added.person.id]) == 1)
        await #expect(throws: DomainError.self) {
            _ = try await f.setup.editPerson(added.person.id, PersonDetails(email: "cara at police"), on: jan2024, by: editor)
        }
    }

    @Test("merging two records of one person moves seats, attendance, action owners and updates, and fills in the e-mail")
    func mergePeople() async throws {
        let f = try await SetupFixture()
        let kept = try await f.person("Dev Anand")
        let dropped = try await f.person("Devv Anand", email: "dev@council.example")
        _ = try await f.seat("Council Lead", holder: dropped, since: "2020-01-01")
        let meeting = try await f.meeting(on: "2020-02-01", status: .minutesDrafted)
        var world = try f.database.world()
        world.attendance(at: meeting, "Devv Anand", person: dropped)
        world.approve(meeting, on: "2020-03-01")
        let action = world.action("Invented action", body: f.board.id)
        world.owner(of: action, person: dropped, code: "DA")
        world.update(on: action, at: "2020-03-02T10:00:00Z", by: "Devv Anand", person: dropped, "Done")
        try f.database.plant(world, as: Actor("test:fixture"))
        let merged = try await f.setup.mergePerson(dropped, into: kept, by: editor)
        #expect(merged.person.email == "dev@council.example")
        #expect(merged.person.fullName == "Dev Anand")
        for (table, column) in [
            ("seatHolding", "personId"), ("attendance", "personId"), ("actionOwner", "personId"), ("actionUpdate", "authorPersonId")
        ] {
            #expect(try await f.count("SELECT count(*) FROM \(table) WHERE \(column) = ?", [kept]) == 1, "\(table)")
        }
        #expect(try await f.count("SELECT count(*) FROM person WHERE id = ?", [dropped]) == 0)
        // The approved record's printed name is untouched.
        #expect(try await f.count("SELECT count(*) FROM attendance WHERE name = 'Devv Anand'") == 1)
        #expect(try await f.count("SELECT count(*) FROM audit WHERE tableName = 'person' AND operation = 'delete' AND actor = 'test:setup'") == 1)
    }

    @Test("a person cannot be merged into themselves")
    func mergeIntoSelf() async throws {
        let f = try await SetupFixture()
        let id = try await f.person("Eve Hart")
        await #expect(throws: DomainError.invalid("a person cannot be merged into themselves")) {
            _ = try await f.setup.mergePerson(id, into: id, by: editor)
        }
    }

    @Test("marking someone as having left ends every seat they hold on that date; a seat starting later is refused")
    func leave() async throws {
        let f = try await SetupFixture()
        let id = try await f.person("Fin Castle")
        _ = try await f.seat("Fire Commander", holder: id, since: "2019-01-01")
        _ = try await f.seat("Fire Liaison", holder: id, since: "2019-01-01", body: f.subGroup)
        let left = try await f.setup.markLeft(id, on: LocalDate(year: 2023, month: 3, day: 31)!, by: editor)
        #expect(left.leftOn?.iso == "2023-03-31")
        #expect(try await f.count("SELECT count(*) FROM seatHolding WHERE personId = ? AND endDate = '2023-03-31'", [id]) == 2)
        let after = try await f.setup.directory(of: f.partnershipID, on: LocalDate(year: 2023, month: 4, day: 1)!)
        #expect(after.first { $0.person.id == id }?.seats == [])
        let later = try await f.person("Gil Moss")
        _ = try await f.seat("Probation Lead", holder: later, since: "2024-01-01")
        await #expect(throws: DomainError.self) { _ = try await f.setup.markLeft(later, on: LocalDate(year: 2023, month: 1, day: 1)!, by: editor) }
    }

    @Test("organisations are added, renamed and merged; a duplicate name is refused")
    func organisations() async throws {
        let f = try await SetupFixture()
        let council = try await f.setup.addOrganisation(
            to: f.partnershipID, OrganisationDetails(name: "Harbourside Council", abbreviation: "HC"),
            by: editor)
        await #expect(throws: DomainError.self) {
            _ = try await f.setup.addOrganisation(to: f.partnershipID, OrganisationDetails(name: "harbourside council"), by: editor)
        }
        let person = try await f.person("Hal Reed", organisation: "HBC")
        let hbc = try await f.setup.organisationID("HBC", in: f.partnershipID)
        let renamed = try await f.setup.editOrganisation(hbc, OrganisationDetails(name: "Harbourside Borough Council"), by: editor)
        #expect(renamed.name == "Harbourside Borough Council")
        let merged = try await f.setup.mergeOrganisation(hbc, into: council.id, by: editor)
        #expect(merged.name == "Harbourside Council")
        #expect(try await f.count("SELECT organisationId FROM person WHERE id = ?", [person]) == Int(council.id))
        #expect(try await f.count("SELECT count(*) FROM organisation") == 1)
        await #expect(throws: DomainError.self) { _ = try await f.setup.mergeOrganisation(council.id, into: council.id, by: editor) }
    }

    @Test("a seat's role changes; it is vacated or ended at a date; ending before it started is refused")
    func seats() async throws {
        let f = try await SetupFixture()
        let ivy = try await f.person("Ivy Stone")
        let seat = try await f.seat("Health Lead", holder: ivy, since: "2022-05-01")
        #expect(try await f.setup.changeRole(of: seat, to: .viceChairman, by: editor).role == .viceChairman)
        await #expect(throws: DomainError.self) { _ = try await f.setup.endSeat(seat, on: LocalDate(year: 2022, month: 4, day: 30)!, by: editor) }
        #expect(try await f.count("SELECT count(*) FROM seatHolding WHERE endDate IS NOT NULL") == 0)
        _ = try await f.setup.vacateSeat(seat, on: LocalDate(year: 2023, month: 6, day: 30)!, by: editor)
        let vacant = try await GRDBSeatRepository(database: f.database).seats(bodyID: f.board.id)
        #expect(vacant.first?.holderID == nil)
        await #expect(throws: DomainError.self) { _ = try await f.setup.vacateSeat(seat, on: LocalDate(year: 2023, month: 7, day: 1)!, by: editor) }
        _ = try await f.setup.endSeat(seat, on: LocalDate(year: 2023, month: 6, day: 30)!, by: editor)
        #expect(try await GRDBSeatRepository(database: f.database).seats(bodyID: f.board.id).isEmpty)
        // The pack's cover reads the seats held on the meeting date.
        let before = try await f.meeting(on: "2023-06-01")
        let after = try await f.meeting(on: "2023-09-01")
        let packs = GRDBPackRepository(database: f.database)
        #expect(try await packs.recipients(meetingID: before).map(\.name) == ["Ivy Stone"])
        #expect(try await packs.recipients(meetingID: after).isEmpty)
    }
}

@Suite("Set-up: moving and cancelling meetings")
struct MeetingScheduleTests {
    let editor = SetupFixture.editor

    @Test("moving a meeting changes its date, bumps the iCalendar sequence and keeps the reason in its history")
    func move() async throws {
        let f = try await SetupFixture()
        let id = try await f.meeting(on: "2025-03-12")
        let moved = try await f.setup.moveMeeting(
            id, to: LocalDate(iso: "2025-03-26")!, start: nil, reason: "The hall is being rewired",
            by: editor)
        #expect(moved.date.iso == "2025-03-26")
        #expect(moved.sequence == 1)
        let changes = try await f.setup.changes(of: id)
        #expect(
            changes == [
                MeetingChange(
                    kind: .moved, fromDate: LocalDate(iso: "2025-03-12")!, toDate: LocalDate(iso: "2025-03-26")!,
                    reason: "The hall is being rewired")
            ])
        #expect(changes[0].sentence == "Moved from 12 March 2025 to 26 March 2025: The hall is being rewired")
        let retimed = try await f.setup.moveMeeting(id, to: moved.date, start: LocalTime(hour: 10, minute: 0), reason: nil, by: editor)
        #expect(retimed.start?.hhmm == "10:00")
        #expect(retimed.sequence == 2)
        #expect(try await f.setup.changes(of: id).last?.kind == .retimed)
        #expect(try await f.count("SELECT count(*) FROM audit WHERE tableName = 'meetingChange' AND actor = 'test:setup'") == 2)
    }

    @Test("a meeting cannot move onto another meeting of the same body, nor once it has been held")
    func moveRefusals() async throws {
        let f = try await SetupFixture()
        let id = try await f.meeting(on: "2025-03-12")
        _ = try await f.meeting(on: "2025-03-26")
        await #expect(throws: DomainError.conflict("the body already has a meeting on 26 March 2025")) {
            _ = try await f.setup.moveMeeting(id, to: LocalDate(iso: "2025-03-26")!, start: nil, reason: nil, by: editor)
        }
        // Another body may meet that day.
        let other = try await f.meeting(on: "2025-03-12", body: f.subGroup)
        #expect(try await f.setup.moveMeeting(other, to: LocalDate(iso: "2025-03-26")!, start: nil, reason: nil, by: editor).date.iso == "2025-03-26")
        let held = try await f.meeting(on: "2024-01-10", status: .minutesDrafted)
        await #expect(throws: DomainError.self) {
            _ = try await f.setup.moveMeeting(held, to: LocalDate(iso: "2024-01-17")!, start: nil, reason: nil, by: editor)
        }
        #expect(try await f.setup.changes(of: id).isEmpty)
    }

    @Test("cancelling a meeting marks it cancelled with the reason and bumps the sequence; a cancelled meeting is not cancelled twice")
    func cancel() async throws {
        let f = try await SetupFixture()
        let id = try await f.meeting(on: "2025-06-04")
        let cancelled = try await f.setup.cancelMeeting(id, reason: "Not quorate", by: editor)
        #expect(cancelled.status == .cancelled)
        #expect(cancelled.sequence == 1)
        #expect(try await f.setup.changes(of: id).map(\.sentence) == ["Cancelled: Not quorate"])
        await #expect(throws: DomainError.self) { _ = try await f.setup.cancelMeeting(id, reason: nil, by: editor) }
    }
}
