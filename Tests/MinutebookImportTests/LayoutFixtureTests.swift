import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// Invented minutes in the layouts other councils use (Fixtures/, every name made up).
@Suite("Invented layouts")
struct LayoutFixtureTests {
    func only(_ name: String) throws -> MeetingRecord {
        let records = try TestFiles.importFixture(name)
        try #require(records.count == 1)
        return records[0]
    }

    @Test("numbered paragraphs 1.1, sub-items 4 (a), markers in a flowing list, RESOLVED (1)/(2), inline and logged actions")
    func numberedParagraphs() throws {
        let r = try only("numbered-paragraphs.txt")
        #expect(r.body == "Eastmoor Community Safety Partnership Board")
        #expect(r.date.iso == "2020-02-04")
        #expect(r.start?.hhmm == "14:00")
        #expect(r.venue == "Eastmoor Town Hall")
        #expect(r.nextMeeting?.date.iso == "2020-05-12")
        #expect(r.numbers == ["1", "2", "3", "4a", "4b", "5"])
        #expect(r.item("4a")?.title == "Youth diversion grants")
        #expect(r.attendee("Marta Nowak", .present)?.position == .chairman)
        #expect(r.attendee("Idris Bevan", .present)?.position == .viceChairman)
        #expect(r.attendee("Helen Achebe", .present) != nil)
        #expect(r.attendee("Sam Whitlock", .virtual) != nil)
        #expect(r.attendee("Joe Carver", .substitute)?.substituteFor == "Lisa Grant")
        #expect(r.attendee("Ruth Okonjo", .alsoPresent)?.role == "Partnership Officer")
        #expect(r.attendee("Tariq Malik", .apologies) != nil)
        #expect(r.attendee("Colin Reeve", .absent) != nil)
        #expect(r.item("2")?.resolutions == ["The minutes of 5 November 2019 are signed by the Chair."])
        #expect(r.item("3")?.resolutions == ["The draft needs assessment is noted.", "Ward level data is added before publication."])
        #expect(r.item("4a")?.resolutions == ["The grant criteria are approved."])
        let three = try #require(r.item("3"))
        #expect(three.actions.map(\.owners) == [["IB"], ["Ruth Okonjo"]])
        #expect(three.actions[0].ownerNames == ["Idris Bevan"])
        #expect(three.actions[1].due?.iso == "2020-04-30")
        #expect(r.item("4a")?.actions.first?.owners == ["MN"])
        #expect(r.item("4a")?.actions.first?.ownerNames == ["Marta Nowak"])
        #expect(r.item("4b")?.actions.first?.owners == ["HA", "SW"])
        #expect(r.item("4b")?.actions.first?.text == "The pilot in Moorgate ward was described.")
        #expect(r.item("3")?.text.contains("asked for ward level data") == true)
        #expect(r.warnings.isEmpty)
    }

    @Test("Welsh / English labels and headings: the English title, accents kept, PENDERFYNWYD / RESOLVED")
    func welshEnglish() throws {
        let r = try only("welsh-bilingual.txt")
        #expect(r.body == "Glannau Safer Communities Partnership")
        #expect(r.date.iso == "2021-06-09")
        #expect(r.start?.hhmm == "10:00")
        #expect(r.end?.hhmm == "11:30")
        #expect(r.venue == "Glannau Town Hall")
        #expect(r.items.map(\.title) == ["Apologies", "Finance Report", "Any Other Business"])
        #expect(r.attendee("Eleri Pugh", .present)?.position == .chairman)
        #expect(r.attendee("Siân Lloyd", .present) != nil)
        #expect(r.attendee("Rhodri Beynon", .apologies) != nil)
        #expect(r.item("22")?.resolutions == ["The budget is approved."])
        #expect(r.item("22")?.actions.first?.ownerNames == ["Gareth Morgan"])
    }

    @Test("OCR noise: 1O and l1 as numbers, Arabic-Indic digits, look-alike letters, stray spaces, hyphenation, ranks")
    func ocrNoise() throws {
        let r = try only("ocr-noise.txt")
        #expect(r.numbers == ["10", "11", "12", "12a", "13"])
        #expect(r.item("11")?.title == "Street Lighting")
        #expect(r.item("11")?.resolutions == ["The lighting survey is extended."])
        #expect(r.item("11")?.actions.first?.owners == ["DP"])
        #expect(r.item("11")?.actions.first?.ownerNames == ["Dev Patel"])
        #expect(r.item("12")?.text == "Mr Lindqvist reported on void properties. The housing team would act.")
        #expect(r.item("12")?.actions.first?.ownerNames == ["Jonas Lindqvist"])
        #expect(r.item("12a")?.actions.first?.owners == ["AB"])
        #expect(r.item("12a")?.resolutions == ["The late licence review goes to the March meeting."])
        #expect(r.attendee("Aoife Brennan", .present)?.role == "Cabinet Member for Communities")
        #expect(r.attendee("Dev Patel", .present)?.role == "Northfield Police")
        #expect(r.attendee("Fatima Rahman", .substitute)?.substituteFor == "Oskar Berg")
        #expect(r.attendee("Oskar Berg", .apologies) != nil)
        #expect(r.end?.hhmm == "10:45")
        // Each OCR repair of the text is a warning naming its line (issue 16).
        #expect(r.warnings == ["line 11: read '1O' as '10' (OCR digits)", "line 13: read 'l1' as '11' (OCR digits)"])
    }

    @Test("minutes without numbers in Markdown: a Name | Organisation table, (via Teams), (sub for), bullet actions with full names")
    func unnumberedMarkdown() throws {
        let r = try only("unnumbered.md")
        #expect(r.body == "Westbrook Violence Reduction Partnership")
        #expect(r.venue == "Westbrook Library")
        #expect(r.items.map(\.title) == ["Welcome and introductions", "Hotspot policing review", "Any other business"])
        #expect(r.items.allSatisfy { $0.number == nil })
        #expect(r.attendee("Grace Adeyemi", .present)?.position == .chairman)
        #expect(r.attendee("Tomás Ferreira", .virtual)?.role == "Westbrook Police")
        #expect(r.attendee("Ilse Vogel", .substitute)?.substituteFor == "Mark Hughes")
        #expect(r.attendee("Kofi Mensah", .alsoPresent)?.role == "Partnership Analyst")
        #expect(r.attendee("Rosa Delgado", .apologies) != nil)
        let review = try #require(r.items.first { $0.title == "Hotspot policing review" })
        #expect(review.resolutions == ["The review is accepted and published."])
        #expect(review.actions.map(\.owners) == [["Tomás Ferreira"], ["Kofi Mensah", "Ilse Vogel"]])
        #expect(review.text.contains("fewer incidents in the town centre"))
    }

    @Test("a council web page: navigation, breadcrumbs, scripts and the pdf icon dropped; h3 minutes; inline ACTION")
    func councilPage() throws {
        let r = try only("council-page.html")
        #expect(r.body == "Kestrel Vale Community Safety Partnership")
        #expect(r.date.iso == "2023-11-21")
        #expect(r.start?.hhmm == "18:30")
        #expect(r.numbers == ["31", "32", "33"])
        #expect(r.item("32")?.title == "Knife crime awareness week")
        #expect(r.item("32")?.text.contains("week’s events & the schools programme") == true)
        #expect(r.attendee("Saoirse Dunne", .present)?.position == .chairman)
        #expect(r.attendee("Lukas Weber", .virtual) != nil)
        #expect(r.attendee("Amara Osei", .substitute)?.substituteFor == "Nikhil Rao")
        #expect(r.item("32")?.actions.first?.ownerNames == ["Lukas Weber", "Hannah Price"])
        #expect(r.nextMeeting?.date.iso == "2024-03-19")
        let all = r.items.map(\.text).joined() + r.attendance.map(\.name).joined()
        for noise in ["Bins and recycling", "Home", "Cookies", "pdf icon", "PDF, 210KB", "1999"] { #expect(!all.contains(noise)) }
    }
}
