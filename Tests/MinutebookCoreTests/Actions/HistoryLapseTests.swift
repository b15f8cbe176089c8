import Testing

@testable import MinutebookCore

/// Invented: the Lowmarsh Safety Board's ferry action of 10 January 2031, a report keeping it open in
/// April 2031, and later minutes that only record their Matters Arising reports as noted.
@Suite("The weaker inference: an action lapses when nobody reports on it for two years")
struct HistoryLapseTests {
    typealias F = EvidenceFixture

    static func day(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }
    static func noted(_ iso: String, _ minute: String, file: String = "lowmarsh-minutes.txt") -> NotedMattersArising {
        NotedMattersArising(meetingDate: day(iso), minute: MinuteNumber(parsing: minute), reference: "LSB\(minute)", file: file)
    }
    static let aprilReport = F.report(F.april, [F.entry("12", title: "Ferry Landing Lighting", update: "Two lamps replaced.", line: 57)])

    @Test("not reported on since the April 2031 report, reports noted in 2032 and 2033: lapsed at the first noting two years on")
    func lapsed() throws {
        let inferred = HistoryEvidence.infer(
            actions: [F.ferry], reports: [Self.aprilReport], agendas: [],
            meetingDates: [F.january, F.april],
            noted: [Self.noted("2033-06-01", "40"), Self.noted("2032-03-01", "21"), Self.noted("2033-02-01", "33")])
        #expect(inferred.map(\.kind) == [.update, .lapsed])
        let lapse = try #require(inferred.last)
        #expect(lapse.settles && lapse.isWeaker)
        #expect(lapse.date == Self.day("2033-06-01"))
        #expect(lapse.source == EvidenceSource(file: "packs/lowmarsh-2031-04-11.txt", line: 57))
        #expect(
            lapse.text
                == "Lapsed (inferred, weaker evidence): not reported on since Matters Arising report LSB20314 of 11 April 2031 "
                + "(lowmarsh-2031-04-11.txt, line 57); Matters Arising reports noted since at minute 21 of 1 March 2032 "
                + "(report LSB21; lowmarsh-minutes.txt), minute 33 of 1 February 2033 (report LSB33; lowmarsh-minutes.txt), "
                + "minute 40 of 1 June 2033 (report LSB40; lowmarsh-minutes.txt), more than 2 years later.")
        #expect(lapse.leavesOutstanding(on: Self.day("2033-05-31")))
        #expect(!lapse.leavesOutstanding(on: Self.day("2033-06-01")))
    }

    @Test("a later report that mentions it keeps it open: two years run from that mention")
    func keptOpenByALaterMention() {
        let later = F.report(Self.day("2032-09-01"), [F.entry("12", title: "Ferry Landing Lighting", update: "Still awaiting parts.", line: 61)])
        let inferred = HistoryEvidence.infer(
            actions: [F.ferry], reports: [Self.aprilReport, later], agendas: [],
            meetingDates: [F.january, F.april, Self.day("2032-09-01")],
            noted: [Self.noted("2033-06-01", "40")])
        #expect(inferred.map(\.kind) == [.update, .update])
        // Two years after the September 2032 mention, a noting lapses it, naming that mention.
        let after = HistoryEvidence.infer(
            actions: [F.ferry], reports: [Self.aprilReport, later], agendas: [],
            meetingDates: [F.january, F.april, Self.day("2032-09-01")],
            noted: [Self.noted("2033-06-01", "40"), Self.noted("2034-09-01", "55")])
        #expect(after.map(\.kind) == [.update, .update, .lapsed])
        #expect(after.last?.source.line == 61)
        #expect(after.last?.date == Self.day("2034-09-01"))
    }

    @Test("no lapse within two years, none without a noted report, none past a direct settlement")
    func noLapse() {
        // Noted 23 months after the last mention: too soon.
        #expect(
            HistoryEvidence.infer(
                actions: [F.ferry], reports: [Self.aprilReport], agendas: [], meetingDates: [F.january, F.april],
                noted: [Self.noted("2033-03-01", "30")]
            ).map(\.kind) == [.update])
        // Years pass with no noted report: nothing says the body looked at its actions.
        #expect(
            HistoryEvidence.infer(
                actions: [F.ferry], reports: [Self.aprilReport], agendas: [], meetingDates: [F.january, F.april, Self.day("2036-01-01")]
            )
            .map(\.kind) == [.update])
        // Left out of the April report: settled by omission, which the lapse does not repeat.
        #expect(
            HistoryEvidence.infer(
                actions: [F.ferry], reports: [F.report(F.april, [])], agendas: [], meetingDates: [F.january, F.april],
                noted: [Self.noted("2034-01-01", "50")]
            ).map(\.kind) == [.notCarriedForward])
    }

    @Test("never reported on after its own minutes: the last evidence is its minute, named with its document")
    func fromItsOwnMinutes() throws {
        var ferry = F.ferry
        ferry.minutesFile = "imports/lowmarsh-2031-01-10.txt"
        let lapse = try #require(
            HistoryEvidence.infer(actions: [ferry], reports: [], agendas: [], meetingDates: [F.january], noted: [Self.noted("2033-01-10", "31")])
                .first)
        #expect(lapse.kind == .lapsed)
        #expect(
            lapse.text.hasPrefix("Lapsed (inferred, weaker evidence): not reported on since minute 12 of 10 January 2031 (lowmarsh-2031-01-10.txt); ")
        )
        #expect(lapse.source.label == "lowmarsh-2031-01-10.txt")
        // A noting a day short of two years is named among those since, but the lapse waits for the next.
        let earlier = try #require(
            HistoryEvidence.infer(
                actions: [ferry], reports: [], agendas: [], meetingDates: [F.january],
                noted: [Self.noted("2033-01-10", "31"), Self.noted("2033-01-09", "30")]
            ).first)
        #expect(earlier.date == Self.day("2033-01-10"))
        #expect(earlier.text.contains("minute 30 of 9 January 2033 (report LSB30; lowmarsh-minutes.txt), minute 31 of 10 January 2033"))
        // Keyed by its date too: a noted report read later that moves the lapse replaces it.
        #expect(lapse.key == "lapsed|imports/lowmarsh-2031-01-10.txt|0|2033-01-10")
        #expect(HistoryEvidence.yearsAfter(Self.day("2032-02-29"), 2) == Self.day("2034-02-28"))
    }
}
