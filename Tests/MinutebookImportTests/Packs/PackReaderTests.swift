import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// Invented packs of the Lowmarsh Safety Board: one as pdftotext prints it (the report's columns one
/// after the other), one as Markdown with HTML table rows.
@Suite("Reading what a pack holds besides its minutes")
struct PackReaderTests {
    static let pdfText = """
        A meeting of the Lowmarsh Safety Board will be held at
        the Harbour Hall on FRIDAY 11 APRIL 2031 at 2.00 pm

        AGENDA

        - 1 APOLOGIES FOR ABSENCE
        - 2 MINUTES OF THE MEETING HELD ON 10TH JANUARY 2031 (Pages 3 - 8)
        - 3 MATTERS ARISING (Pages 9 - 12)
        - 4 MOORING BAY VANDALISM
        Lead officer: Petra Quill
        PART 2 (EXEMPT)
        - 5 CONFIDENTIAL CASE REVIEW (Pages 13 - 20)

        Agenda Item 3
         Report No.
        LSB31020

        Decision Maker: Lowmarsh Safety Board

        Date: 11th April 2031

        Title: MATTERS ARISING

         Appendix A

        Minute
        Number/Title

        Matters Arising Update

        Minute 12
        10th January
        2031

        Ferry Landing
        Lighting

        It was resolved that the harbour officer
        survey the ferry landing lamps.

        As of 2nd March 2031, two lamps had
        been replaced.

        Minute 15
        10th January
        2031

        Resolved that an update on mooring bay
        vandalism be brought to the next meeting.

        An item is on the agenda.
         Lowmarsh Safety Board
        Kiosk Patrol Report
        """

    static let markdown = """
        **A meeting of the Lowmarsh Safety Board will be held at the Harbour Hall on FRIDAY 11 JULY 2031 at 2.00 pm**

        **A G E N D A**

        **1 APOLOGIES FOR ABSENCE**

        **2 REPORTS FROM SUB-GROUPS**

        **a HARBOUR WATCH SUB GROUP UPDATE (Pages 21 - 24)**

        This page is left intentionally blank

        Report No.
        LSB31044

        **Date:** 11<sup>th</sup> July 2031

        **Title:** **MATTERS ARISING**

        <u>Minute Number/Title</u>\t<u>Matters Arising</u>\t<u>Update</u>
        <p><b>Minute 31</b></p> <p><b>11<sup>th</sup> April 2031</b></p> <p><b>Kiosk Patrols.</b></p>\t<p><b>RESOLVED that the wardens double weekend patrols.</b></p>\t<p>Patrols doubled from 1st May 2031.</p>

        This page is left intentionally blank
        """

    @Test("a PDF-text pack: the meeting, the agenda with pages, Part 2 and lead, and each report entry with its line")
    func pdfPack() throws {
        let pack = PackReader.read(file: "lowmarsh-2031-04-11-pack.txt", text: Self.pdfText)
        #expect(pack.bodyName == "Lowmarsh Safety Board")
        #expect(pack.meetingDate == LocalDate(year: 2031, month: 4, day: 11))
        let agenda = try #require(pack.agenda)
        #expect(agenda.items.map(\.number) == ["1", "2", "3", "4", "5"])
        #expect(agenda.items[1].firstPage == 3 && agenda.items[1].lastPage == 8)
        #expect(agenda.items[3].title == "MOORING BAY VANDALISM")
        #expect(agenda.items[3].lead == "Petra Quill")
        #expect(agenda.items.map(\.part) == [.one, .one, .one, .one, .two])
        let report = try #require(pack.mattersArising)
        #expect(report.reference == "LSB31020")
        #expect(report.meetingDate == LocalDate(year: 2031, month: 4, day: 11))
        #expect(report.entries.map { $0.minute?.text } == ["12", "15"])
        #expect(report.entries.map(\.line) == [31, 44])
        #expect(report.entries[0].meetingDate == LocalDate(year: 2031, month: 1, day: 10))
        #expect(report.entries[0].title == "Ferry Landing Lighting")
        #expect(report.entries[0].resolved == "It was resolved that the harbour officer survey the ferry landing lamps.")
        #expect(report.entries[0].update == "As of 2nd March 2031, two lamps had been replaced.")
        #expect(report.entries[0].updateDate == LocalDate(year: 2031, month: 3, day: 2))
        #expect(report.entries[1].title == "")
        #expect(report.entries[1].update == "An item is on the agenda.")
        #expect(pack.warnings.isEmpty)
    }

    @Test("a Markdown pack: lettered sub-items under their item, and a report row's cells")
    func markdownPack() throws {
        let pack = PackReader.read(file: "lowmarsh-2031-07-11-pack.md", text: Self.markdown)
        #expect(pack.meetingDate == LocalDate(year: 2031, month: 7, day: 11))
        #expect(pack.agenda?.items.map(\.number) == ["1", "2", "2a"])
        #expect(pack.agenda?.items.last?.firstPage == 21)
        let entry = try #require(pack.mattersArising?.entries.first)
        #expect(pack.mattersArising?.reference == "LSB31044")
        #expect(entry.minute?.text == "31")
        #expect(entry.meetingDate == LocalDate(year: 2031, month: 4, day: 11))
        #expect(entry.title == "Kiosk Patrols")
        #expect(entry.resolved == "RESOLVED that the wardens double weekend patrols.")
        #expect(entry.update == "Patrols doubled from 1st May 2031.")
        #expect(entry.line == 21)
    }

    @Test("minutes alone hold no pack evidence")
    func minutesAlone() {
        let pack = PackReader.read(file: "minutes.txt", text: "LOWMARSH SAFETY BOARD\n\nMinutes of the meeting held on 10 January 2031\n")
        #expect(pack.isEmpty)
    }

    @Test("a Matters Arising report without its date is reported, not guessed")
    func reportWithoutDate() {
        let pack = PackReader.read(file: "odd.txt", text: "Report No.\nLSB1\n\nTitle: MATTERS ARISING\n\nAppendix A\n")
        #expect(pack.mattersArising == nil)
        #expect(pack.warnings == ["line 4: a Matters Arising report without a 'Date:' line is not read"])
    }
}
