import MinutebookCore
import MinutebookTestSupport

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

    /// The partnership as governance: who sits where, what each meeting did.
    static var world: TestWorld {
        var w = TestWorld()
        let riverside = w.partnership("Riverside Community Safety Partnership", slug: "riverside", id: 1)
        let elmfield = w.partnership("Elmfield Safer Communities", slug: "elmfield", id: 2)
        let council = w.organisation("Riverside Borough Council", abbreviation: "RBC", sector: "council", in: riverside, id: 500)
        let police = w.organisation("Westshire Police", abbreviation: "WP", sector: "police", in: riverside, id: 501)
        let alma = w.person(
            "Alma Brightwater", initials: "AB", organisation: council, email: "alma.brightwater@riverside.example",
            in: riverside, id: chair)
        let tobias = w.person(
            "Tobias Quarry", initials: "TQ", organisation: police, email: "tobias.quarry@riverside.example",
            in: riverside, id: inspector)
        let wren = w.person(
            "Wren Halloway", initials: "WH", organisation: police, email: "wren.halloway@riverside.example",
            in: riverside, id: successor)
        w.jobTitle("Director of Communities", of: alma, at: council, from: "2019-05-01")
        w.jobTitle("Chief Inspector", of: tobias, at: police, from: "2019-05-01", to: "2020-12-31")
        w.jobTitle("Borough Commander", of: tobias, at: police, from: "2021-01-01", to: "2021-07-31")
        w.jobTitle("Borough Commander", of: wren, at: police, from: "2021-08-01")
        let board = w.body("Riverside Partnership Board", slug: "board", in: riverside, id: Self.board)
        w.body("Domestic Abuse Sub-Group", slug: "domestic-abuse", kind: .subGroup, reportsTo: board, in: riverside, id: subGroup)
        w.body("Elmfield Board", slug: "board", in: elmfield, id: 20)
        let chairSeat = w.seat("Chairman", on: board, role: .chairman, organisation: council, position: 1, id: 300)
        let commanderSeat = w.seat("Borough Commander", on: board, organisation: police, position: 2, id: 301)
        let coChairSeat = w.seat("Co-Chair (police)", on: board, role: .coChair, organisation: police, position: 3, id: 302)
        w.holding(chairSeat, by: alma, from: "2019-05-01")
        w.holding(commanderSeat, by: tobias, from: "2021-01-01", to: "2021-07-31")
        w.holding(commanderSeat, by: wren, from: "2021-08-01")
        w.holding(coChairSeat, by: wren, from: "2022-05-01")

        let june = w.meeting(
            of: board, on: "2021-06-10", status: .minutesDrafted, start: "10:00", end: "12:00",
            venue: "Riverside Civic Hall", id: approvedMeeting)
        let september = w.meeting(
            of: board, on: "2021-09-09", status: .minutesDrafted, start: "10:00", end: "11:45",
            venue: "Riverside Civic Hall", id: draftMeeting)
        let december = w.meeting(of: board, on: "2021-12-09", start: "10:00", venue: "Riverside Civic Hall", id: scheduledMeeting)
        let apologies = w.item("Apologies for absence", on: june, isStanding: true, id: 200)
        let nightTime = w.item("Night-time economy update", on: june, id: 201)
        let caseReview = w.item("Case review (exempt)", on: june, part: .two, exemptReason: "Information relating to an individual", id: 202)
        let septemberApologies = w.item("Apologies for absence", on: september, isStanding: true, id: 210)
        let safeguarding = w.item(
            "Exempt safeguarding review", on: september, part: .two,
            exemptReason: "Information relating to an individual", id: 211)
        w.item("Apologies for absence", on: december, isStanding: true, id: 220)
        w.attendance(at: june, "Alma Brightwater", person: alma, role: "Director of Communities", position: .chairman)
        w.attendance(at: june, "Tobias Quarry", person: tobias, role: "Borough Commander", status: .apologies)
        w.attendance(at: september, "Alma Brightwater", person: alma, role: "Director of Communities", status: .virtual, position: .chairman)
        w.attendance(at: june, "Wren Halloway", person: wren, role: "Superintendent", status: .substitute, substituteFor: tobias)

        w.minute(
            "Apologies for absence", number: 1, text: "Apologies were received from Tobias Quarry.",
            of: june, body: board, date: "2021-06-10", item: apologies, id: 400)
        let nightMinute = w.minute(
            "Night-time economy update", number: 2, text: "The Board noted the update on late-night venues.",
            of: june, body: board, date: "2021-06-10", item: nightTime, id: 401)
        let reviewMinute = w.minute(
            "Case review (exempt)", number: 3, text: "The Board discussed \(partTwoSecret).", part: .two,
            of: june, body: board, date: "2021-06-10", item: caseReview, id: 402)
        w.minute(
            "Apologies for absence", number: 4, text: "Draft note: \(draftSecret).",
            of: september, body: board, date: "2021-09-09", item: septemberApologies, id: 410)
        w.minute(
            "Exempt safeguarding review", number: 5, text: "Part 2 discussion \(partTwoSecret).", part: .two,
            of: september, body: board, date: "2021-09-09", item: safeguarding, id: 411)
        let patrolPlan = w.resolution("A joint patrol plan is brought to the next meeting.", of: nightMinute, id: 600)
        w.resolution("Licensing officers attend the December meeting.", of: nightMinute, id: 601)
        let panel = w.resolution("The review panel reports on \(partTwoSecret).", of: reviewMinute, id: 602)
        let patrol = w.action(
            "Bring a joint patrol plan to the next meeting.", body: board, minute: nightMinute, resolution: patrolPlan,
            due: "2021-09-09", status: .inProgress, id: 700)
        let letter = w.action("Write to the venue about \(privateActionSecret).", body: board, minute: nightMinute, isPrivate: true, id: 701)
        let panelReport = w.action("Panel report on \(partTwoSecret).", body: board, minute: reviewMinute, resolution: panel, id: 702)
        w.owner(of: patrol, seat: commanderSeat, code: "BC")
        w.owner(of: patrol, person: alma, code: "AB")
        w.owner(of: letter, person: alma, code: "AB")
        w.owner(of: panelReport, person: tobias, code: "TQ")
        w.update(on: patrol, at: "2021-07-01T09:00:00Z", by: "Tobias Quarry", "Patrol routes drafted.", from: .open, to: .inProgress)
        w.update(on: patrol, at: "2021-08-20T09:00:00Z", by: "Wren Halloway", "Plan agreed with licensing.")
        w.document("Night-time economy report", filename: "nte.pdf", of: june, item: nightTime, in: riverside, bytes: 1200)
        w.document("Case review \(partTwoSecret)", filename: "review.pdf", of: june, item: caseReview, in: riverside, bytes: 900, part: .two)
        w.approve(june, on: "2021-09-09", at: september)
        return w
    }

    /// The world as one SQL script, for tests that seed a database directly.
    static var sql: String { world.sql }

    /// Seeds `store` with the fixture.
    static func seed(_ store: TestStore) throws {
        try store.execute(world.sql)
    }
}

extension RiversideFixture {
    /// A fresh store of `backend` seeded with the fixture.
    static func seeded(_ backend: StoreBackend) throws -> TestStore {
        let store = try backend.makeStore()
        try seed(store)
        return store
    }

    static func date(_ iso: String) throws -> LocalDate {
        guard let date = LocalDate(iso: iso) else { throw DomainError.invalid("\(iso) is not a date") }
        return date
    }

    static let secretariat = TestAudience.secretariat.audience
    static let clerk = ActionEditor(auditName: "tool:conformance", displayName: "Conformance Clerk")
    static let editor = Editor.tool("conformance")
}
