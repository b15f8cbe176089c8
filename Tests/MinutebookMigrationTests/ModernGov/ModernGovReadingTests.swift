import Foundation
import MinutebookCore
import Testing

@testable import MinutebookServices

/// The web service's XML and the public pages, read into `ModernGov` values. Every name is invented.
@Suite("Reading a ModernGov site's answers")
struct ModernGovReadingTests {
    static let meetingXML = """
        <?xml version="1.0" encoding="utf-8"?>
        <getmeeting><meeting>
          <meetingid>77</meetingid><committeetitle>Harbourside Safety Group</committeetitle>
          <meetingdate>04/11/2021</meetingdate><meetingtime>14:00</meetingtime>
          <meetinglocation>Quay Hall, Room 1</meetinglocation>
          <attendees>
            <attendee memberid="1" name="Ona Fairweather" role="Chairman" attendance="Present"/>
            <attendee memberid="2" name="Bram Tully" role="Committee Member" attendance="Apologies"/>
            <attendee memberid="3" name="Kit Marlow" role="Committee Member" attendance="Present as substitute" substitutefor="Bram Tully"/>
          </attendees>
          <linkeddocuments><linkeddoc><title>Printed minutes</title><url>documents/g77/Printed minutes.pdf</url>
            <isrestricted>False</isrestricted></linkeddoc></linkeddocuments>
          <agendaitems>
            <agendaitem><agendaitemnumber>12.</agendaitemnumber><agendaitemtitle>Harbour lighting</agendaitemtitle>
              <agendaitemisrestricted>False</agendaitemisrestricted>
              <linkeddocuments><linkeddoc><title>Lighting report</title><url>documents/s901/Lighting.pdf</url></linkeddoc></linkeddocuments>
            </agendaitem>
            <agendaitem><agendaitemnumber>13</agendaitemnumber><agendaitemtitle>Case review</agendaitemtitle>
              <agendaitemisrestricted>True</agendaitemisrestricted>
              <linkeddocuments><linkeddoc><title>Exempt report</title><url>documents/s902/Exempt.pdf</url>
                <isrestricted>True</isrestricted></linkeddoc></linkeddocuments>
            </agendaitem>
          </agendaitems>
        </meeting></getmeeting>
        """

    @Test("GetMeeting gives the date, time, venue, attendees with substitutes, items with Part 2 flags and documents")
    func meetingXML() throws {
        let m = try ModernGovXML.meeting(Data(Self.meetingXML.utf8), id: "77")
        #expect(m.date == LocalDate(year: 2021, month: 11, day: 4))
        #expect(m.time?.hhmm == "14:00")
        #expect(m.venue == "Quay Hall, Room 1")
        #expect(m.committeeTitle == "Harbourside Safety Group")
        #expect(m.attendees.map(\.name) == ["Ona Fairweather", "Bram Tully", "Kit Marlow"])
        #expect(m.attendees[2].substituteFor == "Bram Tully")
        #expect(m.items.map(\.number) == ["12", "13"])
        #expect(m.items.map(\.isRestricted) == [false, true])
        #expect(m.items[1].documents.first?.isRestricted == true)
        #expect(m.minutes?.path == "documents/g77/Printed minutes.pdf")
    }

    @Test("a malformed GetMeeting answer is an unreadable answer naming the operation and the line")
    func malformed() {
        let half = String(Self.meetingXML.prefix(Self.meetingXML.count / 2))
        #expect(throws: ModernGov.UnreadableAnswer.self) { try ModernGovXML.meeting(Data(half.utf8), id: "77") }
        do {
            _ = try ModernGovXML.meeting(Data(half.utf8), id: "77")
        } catch {
            #expect("\(error)".hasPrefix("GetMeeting 77: not well-formed XML (line "))
        }
    }

    @Test("GetMeetings lists the committee's title and its meetings with dates and times")
    func meetingsXML() throws {
        let xml = """
            <getmeetings><committee><committeeid>5</committeeid><committeetitle>Harbourside Safety Board</committeetitle>
            <committeemeetings><meeting><meetingid>77</meetingid><meetingdate>04/11/2021</meetingdate><meetingtime>14:00</meetingtime></meeting>
            <meeting><meetingid>78</meetingid><meetingdate>2022-02-03</meetingdate></meeting></committeemeetings></committee></getmeetings>
            """
        let (title, meetings) = try ModernGovXML.meetings(Data(xml.utf8))
        #expect(title == "Harbourside Safety Board")
        #expect(meetings.map(\.id) == ["77", "78"])
        #expect(meetings[1].date == LocalDate(year: 2022, month: 2, day: 3))
    }

    @Test("the meeting documents page gives numbered items, their report links, restricted items without links, and the minutes")
    func documentsPage() {
        let html = """
            <html><body><h2 class="mgCommitteeTitle">Harbourside Safety Group</h2>
            <div class="mgSubTitle"><p>Thursday, 4th November, 2021 2.00 pm</p></div>
            <p><span class="mgSubTitleTxt">Venue: </span>Quay Hall, Room 1</p>
            <ul class="mgBulletList"><li><a href="documents/g77/Printed%20minutes.pdf">Printed minutes PDF 80 KB</a></li></ul>
            <table class="mgItemTable">
              <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">12.</p></td><td><p class="mgAiTitleTxt"><a href="mgAi.aspx?ID=1">Harbour &amp; quay lighting</a></p>
                <ul class="mgActionList"><li><a href="documents/s901/Lighting.pdf">Lighting report PDF 40 KB</a></li></ul></td></tr>
              <tr><td class="mgItemNumberCell"><p class="mgAiTitleTxt">13.</p></td><td><p class="mgAiTitleTxt">Case review</p>
                <p class="mgExemptTxt">Restricted: information relating to an individual</p>
                <ul class="mgActionList"><li class="mgRestricted">Restricted enclosure</li></ul></td></tr>
            </table></body></html>
            """
        let summary = ModernGov.MeetingSummary(id: "77", date: LocalDate(year: 2021, month: 1, day: 1)!)
        let m = ModernGovPages.meeting(html, summary: summary)
        #expect(m.date == LocalDate(year: 2021, month: 11, day: 4))
        #expect(m.time?.hhmm == "14:00")
        #expect(m.venue == "Quay Hall, Room 1")
        #expect(m.committeeTitle == "Harbourside Safety Group")
        #expect(m.items.map(\.number) == ["12", "13"])
        #expect(m.items.map(\.title) == ["Harbour & quay lighting", "Case review"])
        #expect(m.items.map(\.isRestricted) == [false, true])
        #expect(m.items[0].documents == [ModernGov.Document(title: "Lighting report", path: "documents/s901/Lighting.pdf")])
        #expect(m.items[1].documents.isEmpty)
        #expect(m.minutes?.path == "documents/g77/Printed%20minutes.pdf")
    }

    @Test("the attendance page gives each attendee's role, attendance and whom a substitute replaced")
    func attendancePage() {
        let html = """
            <table class="mgStatsTable"><tr><th>Attendee</th><th>Role</th><th>Attendance</th><th>Notes</th></tr>
            <tr><td><a href="mgUserInfo.aspx?UID=1">Ona Fairweather</a></td><td>Chairman</td><td>Present</td><td></td></tr>
            <tr><td>Kit Marlow</td><td>Committee Member</td><td>Present as substitute</td><td>Substitute for Bram Tully</td></tr></table>
            """
        let people = ModernGovPages.attendance(html)
        #expect(
            people == [
                ModernGov.Attendee(name: "Ona Fairweather", role: "Chairman", attendance: "Present"),
                ModernGov.Attendee(
                    name: "Kit Marlow", role: "Committee Member", attendance: "Present as substitute",
                    substituteFor: "Bram Tully")
            ])
    }

    @Test(
        "meeting lists and committee lists are read from their links",
        arguments: [
            ("<a href='ieListDocuments.aspx?CId=5&amp;MId=77&amp;Ver=4'>Thursday, 4th November, 2021 2.00 pm</a>", "77", "2021-11-04", "14:00"),
            ("<a href=\"ieListDocuments.aspx?CId=5&MId=9\">12 Jan 2023 10.30 am</a>", "9", "2023-01-12", "10:30")
        ])
    func meetingList(html: String, id: String, date: String, time: String) {
        let m = ModernGovPages.meetings(html)
        #expect(m.map(\.id) == [id])
        #expect(m.first?.date.iso == date)
        #expect(m.first?.time?.hhmm == time)
        #expect(
            ModernGovPages.committees("<a href='mgCommitteeDetails.aspx?ID=5'>Harbourside Safety Board</a>")
                == [ModernGov.Committee(id: "5", title: "Harbourside Safety Board")])
    }
}
