import Foundation
import MinutebookCore
import MinutebookStore
import MinutebookTestSupport

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
        try database.plant(world)
    }

    /// The partnership as governance: the board's held, draft and coming meetings and the sub-group's
    /// cancelled one, with a secret in each place the public must not see.
    static var world: TestWorld {
        var w = TestWorld()
        let millbrook = w.partnership("Safer Millbrook Partnership", slug: "millbrook", id: 1)
        let council = w.organisation("Millbrook Borough Council", abbreviation: "MBC", in: millbrook, id: 1)
        let ada = w.person(
            "Ada Quince", organisation: council, email: "zqemail@millbrook.example", phone: "01632 960000",
            in: millbrook, id: 1)
        let tobias = w.person("Tobias Wren", organisation: council, in: millbrook, id: 2)
        let board = w.body("Safer Millbrook Board", slug: "board", defaultVenue: "Millbrook Civic Hall, Room 2", in: millbrook, id: 1)
        let resilience = w.body("Resilience Sub-Group", slug: "resilience", kind: .subGroup, reportsTo: board, in: millbrook, id: 2)
        let chairSeat = w.seat("Council Lead for Community Safety", on: board, role: .chairman, organisation: council, id: 1)
        w.holding(chairSeat, by: ada, from: "2018-05-01")
        let december = w.meeting(
            of: board, on: "2019-12-10", status: .held, start: "10:00", end: "12:05",
            venue: "Millbrook Civic Hall, Room 2", id: 10)
        let march = w.meeting(
            of: board, on: "2020-03-02", status: .minutesDrafted, start: "10:00",
            venue: "Millbrook Civic Hall; Room 2", id: 11)
        let june = w.meeting(of: board, on: "2020-06-15", start: "14:30", end: "16:00", venue: "Online", id: 12)
        w.meeting(of: resilience, on: "2020-01-20", status: .cancelled, id: 13)
        w.attendance(at: december, "Ada Quince", person: ada, role: "Council Lead for Community Safety", position: .chairman)
        w.attendance(at: december, "Tobias Wren", person: tobias, role: "Fire Station Manager", status: .apologies)

        let planning = w.item("Emergency Planning Update", on: december, number: "5", id: 100)
        let contract = w.item(
            "Exempt Contract Matter", on: december, number: "9", part: .two,
            exemptReason: "Paragraph 3: financial affairs", id: 101)
        let planningMinute = w.minute(
            "Emergency Planning Update", number: 41,
            text: "The Board noted the report on the winter flood exercise at Harrow Lane depot.",
            of: december, item: planning, id: 1000)
        w.minute(
            "Exempt Contract Matter", number: 42, text: "Members discussed zqpartwo tender terms for the depot.", part: .two,
            of: december, item: contract, id: 1001)
        let exercise = w.resolution("An update on the mass casualty exercise is brought to the next meeting.", of: planningMinute, id: 5000)
        let circulate = w.action(
            "Circulate the exercise report to partners.", body: board, minute: planningMinute, resolution: exercise,
            id: 700)
        let family = w.action(
            "Speak to the family named zqprivate about the referral.", body: board, minute: planningMinute,
            isPrivate: true, id: 701)
        w.owner(of: circulate, person: ada, code: "AQ")
        w.owner(of: family, person: ada, code: "AQ")
        let knifeCrime = w.item("Knife Crime Reduction Plan", on: march, number: "4", id: 110)
        w.minute(
            "Knife Crime Reduction Plan", number: 55, text: "The zqdraft plan proposes weapon sweeps near Copperfield Park.",
            of: march, item: knifeCrime, id: 1100)
        let festival = w.item("Lantern Festival zqagenda briefing", on: june, number: "3", id: 120)

        w.planItem(
            "Night-time Economy Review", body: board, proposer: "Ada Quince", lead: "Head of Licensing", target: june,
            status: .scheduled, notes: "Chase zqplannote before the pack goes out.", id: 60)
        w.planItem(
            "Contract renewal zqplanexempt", body: board, proposer: "Ada Quince", target: june, status: .scheduled, part: .two,
            exemptReason: "Paragraph 3: financial affairs", id: 61)
        w.planItem("Lantern patrols zqplanproposed", body: board, proposer: "Tobias Wren", id: 62)
        w.planItem("Bridge lighting survey", body: board, proposer: "Tobias Wren", lead: "Highways Manager", status: .deferred, id: 63)
        w.document(
            "Contract report", filename: "contract.md", of: december, item: contract, in: millbrook, mediaType: "text/markdown",
            bytes: 40, part: .two, text: "The zqreportexempt bidder asked for terms.", id: 200)
        w.document(
            "Festival report", filename: "festival.md", of: june, item: festival, in: millbrook, mediaType: "text/markdown",
            bytes: 40, isPublished: false, text: "Stewards for the zqreportunissued parade.", id: 201)

        let one = VoteTally(votesFor: 1, against: 0, abstentions: 0)
        w.vote(at: planning, motion: "That the exercise report be noted", tally: one, presentVoting: 1, quorum: 1)
        w.vote(
            at: contract, motion: "That the zqvoteexempt tender be accepted", kind: .recorded, tally: one, presentVoting: 1, quorum: 1,
            ballots: [("Ada Quince", ada, .votedFor)])
        w.vote(at: knifeCrime, motion: "That the zqvotedraft plan be adopted", tally: one, presentVoting: 1, quorum: 1)
        w.declaration(at: planning, "Tobias Wren", person: tobias, "Volunteer flood warden at the depot")
        w.declaration(at: contract, "Ada Quince", person: ada, kind: .pecuniary, "Related to a zqdeclexempt bidder")
        w.declaration(at: knifeCrime, "Ada Quince", person: ada, "Lives beside zqdecldraft park")
        // Approved last: an approved meeting's agenda and papers are fixed.
        w.approve(december, on: "2020-03-02")
        return w
    }
}
