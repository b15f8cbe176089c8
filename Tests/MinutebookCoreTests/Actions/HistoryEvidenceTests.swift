import Testing

@testable import MinutebookCore

/// Invented fixture: the Lowmarsh Safety Board met on 10 January 2031, then 11 April 2031, then 4 July 2031.
enum EvidenceFixture {
    static let january = LocalDate(year: 2031, month: 1, day: 10) ?? LocalDate(dayNumber: 0)
    static let april = LocalDate(year: 2031, month: 4, day: 11) ?? LocalDate(dayNumber: 0)
    static let july = LocalDate(year: 2031, month: 7, day: 4) ?? LocalDate(dayNumber: 0)

    static let ferry = EvidenceAction(
        actionID: 1, meetingDate: january, minute: MinuteNumber(parsing: "12"),
        minuteTitle: "Ferry Landing Lighting",
        resolved: "RESOLVED that the harbour officer survey the ferry landing lamps.")
    static let kiosk = EvidenceAction(
        actionID: 2, meetingDate: january, minute: MinuteNumber(parsing: "14"),
        minuteTitle: "Kiosk Patrols",
        resolved: "RESOLVED that the wardens report on kiosk patrols.")
    static let moorings = EvidenceAction(
        actionID: 3, meetingDate: january, minute: MinuteNumber(parsing: "15"),
        minuteTitle: "Mooring Bay Vandalism Update",
        resolved: "RESOLVED that an update on mooring bay vandalism be brought to the next meeting.")

    static func report(_ date: LocalDate, _ entries: [ReportEvidence.Entry]) -> ReportEvidence {
        ReportEvidence(
            reference: "LSB\(date.year)\(date.month)", meetingDate: date,
            source: EvidenceSource(file: "packs/lowmarsh-\(date.iso).txt", line: 40), entries: entries)
    }

    static func entry(_ minute: String, title: String, update: String, line: Int = 50) -> ReportEvidence.Entry {
        ReportEvidence.Entry(
            minute: MinuteNumber(parsing: minute), meetingDate: january, title: title, resolved: "",
            update: update, updateDate: nil, line: line)
    }
}

@Suite("Settling history from later reports and agendas")
struct HistoryEvidenceTests {
    typealias F = EvidenceFixture

    @Test("an action left out of the next Matters Arising report is settled: not carried forward, before that meeting")
    func omission() {
        let inferred = HistoryEvidence.infer(
            actions: [F.ferry], reports: [F.report(F.april, [])], agendas: [],
            meetingDates: [F.january, F.april])
        #expect(inferred.count == 1)
        let settled = try? #require(inferred.first)
        #expect(settled?.kind == .notCarriedForward)
        #expect(settled?.settles == true)
        #expect(settled?.date == F.april)
        #expect(settled?.text.contains("Not carried forward in Matters Arising report LSB20314") == true)
        #expect(settled?.source == EvidenceSource(file: "packs/lowmarsh-2031-04-11.txt", line: 40))
        #expect(settled?.leavesOutstanding(on: F.april) == false)
        #expect(settled?.leavesOutstanding(on: F.january.adding(days: 30)) == true)
    }

    @Test("an update in a later report keeps the action open with the update, dated and attributed to the report")
    func update() {
        let report = F.report(
            F.april,
            [
                F.entry(
                    "12", title: "Ferry Landing Lighting",
                    update: "As of 3rd March 2031 two lamps were replaced; the survey continues.", line: 57)
            ])
        var withDate = report
        withDate.entries[0].updateDate = LocalDate(year: 2031, month: 3, day: 3)
        let inferred = HistoryEvidence.infer(actions: [F.ferry], reports: [withDate], agendas: [], meetingDates: [F.january, F.april])
        #expect(inferred.map(\.kind) == [.update])
        #expect(inferred.first?.settles == false)
        #expect(inferred.first?.text == "As of 3rd March 2031 two lamps were replaced; the survey continues.")
        #expect(inferred.first?.date == LocalDate(year: 2031, month: 3, day: 3))
        #expect(inferred.first?.attribution == "Matters Arising report LSB20314")
        #expect(inferred.first?.source.line == 57)
    }

    @Test("a kept-open action left out of the report after that is settled there")
    func updateThenOmission() {
        let april = F.report(F.april, [F.entry("12", title: "Ferry Landing Lighting", update: "Survey under way.")])
        let inferred = HistoryEvidence.infer(
            actions: [F.ferry], reports: [F.report(F.july, []), april], agendas: [],
            meetingDates: [F.january, F.april, F.july])
        #expect(inferred.map(\.kind) == [.update, .notCarriedForward])
        #expect(inferred.last?.date == F.july)
    }

    @Test("an action asking for the next meeting is answered by the item on its subject on the next agenda")
    func answeredByAgendaItem() {
        let agenda = AgendaEvidence(
            meetingDate: F.april, file: "packs/lowmarsh-agenda.md",
            items: [
                AgendaEvidence.Item(number: "1", title: "APOLOGIES FOR ABSENCE", line: 20),
                AgendaEvidence.Item(number: "6", title: "MOORING BAY VANDALISM", firstPage: 9, lastPage: 14, line: 25)
            ])
        let inferred = HistoryEvidence.infer(
            actions: [F.moorings, F.ferry], reports: [], agendas: [agenda],
            meetingDates: [F.january, F.april])
        #expect(inferred.count == 1)
        #expect(inferred.first?.actionID == 3)
        #expect(inferred.first?.kind == .answeredByAgendaItem)
        #expect(inferred.first?.text == "Answered by item 6 'MOORING BAY VANDALISM' on the agenda of 11 April 2031.")
        #expect(inferred.first?.source == EvidenceSource(file: "packs/lowmarsh-agenda.md", line: 25))
        // Answered at the meeting: it was still on that meeting's report.
        #expect(inferred.first?.leavesOutstanding(on: F.april) == true)
    }

    @Test("an agenda item at a later meeting than the next one answers nothing")
    func onlyTheNextAgenda() {
        let agenda = AgendaEvidence(
            meetingDate: F.july, file: "packs/lowmarsh-july.md",
            items: [
                AgendaEvidence.Item(number: "6", title: "MOORING BAY VANDALISM", line: 25)
            ])
        #expect(
            HistoryEvidence.infer(
                actions: [F.moorings], reports: [], agendas: [agenda],
                meetingDates: [F.january, F.april, F.july]
            ).isEmpty)
    }

    @Test("a report entry with a misprinted minute number still finds its minute by title; the other action is settled")
    func misprintedNumber() {
        let report = F.report(F.april, [F.entry("13", title: "Kiosk patrols", update: "Patrols doubled at weekends.")])
        let inferred = HistoryEvidence.infer(
            actions: [F.ferry, F.kiosk], reports: [report], agendas: [],
            meetingDates: [F.january, F.april])
        #expect(inferred.first { $0.actionID == 2 }?.kind == .update)
        #expect(inferred.first { $0.actionID == 1 }?.kind == .notCarriedForward)
    }

    @Test("the same evidence in any order gives the same inferences")
    func orderFree() {
        let april = F.report(F.april, [F.entry("12", title: "Ferry Landing Lighting", update: "Survey under way.")])
        let july = F.report(F.july, [])
        let a = HistoryEvidence.infer(actions: [F.ferry, F.kiosk], reports: [april, july], agendas: [], meetingDates: [F.july, F.january])
        let b = HistoryEvidence.infer(actions: [F.kiosk, F.ferry], reports: [july, april], agendas: [], meetingDates: [F.january, F.july])
        #expect(a == b)
        #expect(a.count == 3)
    }
}
