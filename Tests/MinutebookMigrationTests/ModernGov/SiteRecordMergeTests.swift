import MinutebookCore
import Testing

@testable import MinutebookServices

/// The site's data wins over what the importer read from the minutes document, and every
/// disagreement is a warning naming both.
@Suite("Site data and minutes merged")
struct SiteRecordMergeTests {
    let site = ModernGov.Meeting(
        id: "77", date: LocalDate(year: 2021, month: 11, day: 4)!, time: LocalTime(hour: 14, minute: 0), venue: "Quay Hall",
        attendees: [
            ModernGov.Attendee(name: "Ona Fairweather", role: "Chairman", attendance: "Present"),
            ModernGov.Attendee(name: "Bram Tully", attendance: "Apologies"),
            ModernGov.Attendee(name: "Kit Marlow", attendance: "Present as substitute", substituteFor: "Bram Tully")
        ],
        items: [
            ModernGov.AgendaItem(number: "12", title: "Harbour lighting"),
            ModernGov.AgendaItem(number: "13", title: "Case review", isRestricted: true),
            ModernGov.AgendaItem(number: "14", title: "Any other business")
        ])

    var document: MeetingRecord {
        var r = MeetingRecord(
            body: "Harbourside Safety Group", date: LocalDate(year: 2021, month: 11, day: 4)!,
            start: LocalTime(hour: 14, minute: 30), end: LocalTime(hour: 15, minute: 45))
        r.attendance = [
            MeetingRecord.Attendee(name: "Ona Fairweather", role: "Harbour Master", status: .present),
            MeetingRecord.Attendee(name: "Bram Tully", status: .present)
        ]
        r.items = [
            MeetingRecord.Item(
                number: "12", title: "Quay Lighting", text: "Lighting was discussed.",
                resolutions: ["A survey is made."], actions: [MeetingRecord.Action(owners: ["OF"], text: "A survey is made.")]),
            MeetingRecord.Item(number: "13", title: "Case Review", text: "Considered."),
            MeetingRecord.Item(number: "15", title: "Urgent Business", text: "None.")
        ]
        return r
    }

    @Test("the site's start time, attendance, titles and Part 2 flags are kept; the document's text, resolutions, actions and end time too")
    func siteWins() {
        let r = SiteRecordMerge.record(site: site, body: "Harbourside Safety Board", document: document)
        #expect(r.body == "Harbourside Safety Board")
        #expect(r.start?.hhmm == "14:00")
        #expect(r.end?.hhmm == "15:45")
        #expect(r.venue == "Quay Hall")
        #expect(r.attendance.map(\.status) == [.present, .apologies, .substitute])
        #expect(r.attendance[0].role == "Harbour Master")
        #expect(r.attendance[0].position == .chairman)
        #expect(r.attendance[2].substituteFor == "Bram Tully")
        #expect(r.items.map(\.number) == ["12", "13", "14", "15"])
        #expect(r.items.map(\.title) == ["Harbour lighting", "Case review", "Any other business", "Urgent Business"])
        #expect(r.items.map(\.part) == [.one, .two, .one, .one])
        #expect(r.items[0].resolutions == ["A survey is made."])
        #expect(r.items[0].actions.first?.owners == ["OF"])
        #expect(r.items[2].text.isEmpty)
    }

    @Test("each disagreement is one warning naming what the site says and what the document says")
    func warningsNameBoth() {
        let w = SiteRecordMerge.record(site: site, body: "Harbourside Safety Board", document: document).warnings
        #expect(w.contains("start time: the site says '14:00', the minutes document says '14:30'; the site's is kept"))
        #expect(w.contains("attendance of Bram Tully: the site says 'Apologies', the minutes document says 'present'; the site's is kept"))
        #expect(w.contains("item 12: the site calls it 'Harbour lighting', the minutes document 'Quay Lighting'; the site's is kept"))
        #expect(w.contains("item 13: the site marks it Part 2, the minutes document Part 1; the site's is kept"))
        #expect(w.contains { $0.hasPrefix("minute 15 'Urgent Business' is in the minutes document but not on the site's agenda") })
        #expect(!w.contains { $0.contains("item 13: the site calls it") }, "case alone is no disagreement")
    }

    @Test(
        "attendance words of the site map to Minutebook's statuses",
        arguments: [
            ("Present", AttendanceStatus.present), ("Apologies received", .apologies), ("Present as substitute", .substitute),
            ("Attended virtually", .virtual), ("Absent", .absent), ("In attendance", .alsoPresent), ("Expected", .alsoPresent)
        ])
    func statuses(text: String, status: AttendanceStatus) {
        #expect(SiteRecordMerge.status(text) == status)
    }
}
