import MinutebookCore
import Testing

@testable import MinutebookImport

@Suite("Tokenizer and normalisation")
struct TokenizerTests {
    @Test(
        "look-alike letters in an Action column read as the Latin initials they show",
        arguments: zip(
            ["СН", "LG/TG", "КР", "۸N", "ΑΒ", "RV, SW", "Group", "Action", "Actio", "the plan", "LBB Head"],
            [["CH"], ["LG", "TG"], ["KP"], ["AN"], ["AB"], ["RV", "SW"], ["Group"], nil, nil, nil, nil] as [[String]?]))
    func actionCodes(_ cell: String, _ expected: [String]?) {
        #expect(Normalizer.actionCodes(cell) == expected)
    }

    @Test(
        "minute numbers through OCR noise",
        arguments: zip(
            ["172a", "l72", "1O3", "35 b", "١٢", "46(a)", "abc", "12345"],
            ["172a", "172", "103", "35b", "12", "46a", nil, nil] as [String?]))
    func minuteNumbers(_ token: String, _ expected: String?) {
        #expect(Normalizer.minuteNumber(token)?.text == expected)
    }

    @Test(
        "names lose honorifics and ranks but keep accents",
        arguments: zip(
            [
                "Cllr Kate Lymer", "Councillor Chris Pierce", "Ch Insp Dev Patel", "Supt Idris Bevan", "Dr Siân Lloyd",
                "PC Tomás Ferreira", "Mr Jonas Lindqvist", "Finola O' Driscoll", "Detective Inspector Tim Court"
            ],
            [
                "Kate Lymer", "Chris Pierce", "Dev Patel", "Idris Bevan", "Siân Lloyd", "Tomás Ferreira", "Jonas Lindqvist",
                "Finola O'Driscoll", "Tim Court"
            ]))
    func names(_ raw: String, _ expected: String) {
        #expect(Names.clean(raw) == expected)
    }

    @Test("dates and times as minutes print them")
    func datesAndTimes() {
        #expect(DateText.firstDate(in: "held on 19 th December 2017 at 10.00am")?.iso == "2017-12-19")
        #expect(DateText.firstDate(in: "MINUTES OF THE MEETING HELD ON 6th JULY 2017")?.iso == "2017-07-06")
        #expect(DateText.firstDate(in: "confirmed as March 8th 2018")?.iso == "2018-03-08")
        #expect(DateText.firstDate(in: "Due 30/04/2020")?.iso == "2020-04-30")
        let noYear = DateText.dates(in: "Thursday, November 29 th .").first
        #expect(noYear?.resolved(onOrAfter: LocalDate(year: 2018, month: 9, day: 7))?.iso == "2018-11-29")
        #expect(DateText.times(in: "held at 10.00 am on 16 October 2017").map(\.hhmm) == ["10:00"])
        #expect(DateText.times(in: "The meeting ended at 12.05 pm").map(\.hhmm) == ["12:05"])
        #expect(DateText.times(in: "10 am on 29 th February; 14:30; 6.30pm").map(\.hhmm) == ["10:00", "14:30", "18:30"])
        #expect(DateText.times(in: "burglary had increased by 4.8% and 32,400 officers").isEmpty)
    }

    @Test("lines split into columns on tabs, or on wide gaps in PDF text; page furniture goes")
    func lines() {
        let tabbed = Tokenizer.lines("161\tAPOLOGIES\tAction\n\tText here.\tCH\n")
        #expect(tabbed[0].cells == ["161", "APOLOGIES", "Action"])
        #expect(tabbed[1].cells == ["", "Text here.", "CH"])
        let pdf = Tokenizer.lines("175   APOLOGIES FOR ABSENCE \nSome  text\n\nPage 9\n\nSafer Group\n19 December 2017\n6\nmore text\nSafer Group\n")
        #expect(pdf[0].cells == ["175", "APOLOGIES FOR ABSENCE"])
        #expect(pdf[1].cells == ["Some text"])
        #expect(!pdf.contains { $0.text == "Page 9" || $0.text == "19 December 2017" || $0.text == "6" })
        #expect(pdf.contains { $0.text == "more text" })
        let feed = Tokenizer.lines("one\n\u{0C}2\nHeader line\ntwo\n")
        #expect(feed.contains { $0.text == "two" })
    }

    @Test("hyphenation across lines is repaired, real hyphens kept")
    func hyphenation() {
        #expect(Paragraphs.join("The hous-", "ing team") == "The housing team")
        #expect(Paragraphs.join("work with co-", "location partners") == "work with co-location partners")
        #expect(Paragraphs.join("the end -", "next") == "the end - next")
    }

    @Test("the chooser picks the layout parser that fits")
    func chooser() {
        let chooser = LayoutChooser()
        let columns = Tokenizer.lines("1\tAPOLOGIES\tAction\n\tNone.\t\n2\tMINUTES\tAction\n\tAgreed.\tRV\n")
        #expect(chooser.choose(columns[...]).parser.name == "columns")
        let flow = Tokenizer.lines("1   APOLOGIES\n\nAction\n\nNone.\n\n2   MINUTES\n\nAction\n\nAgreed.\n\nRV\n")
        #expect(chooser.choose(flow[...]).parser.name == "flow")
        let numbered = Tokenizer.lines("1. Welcome\n1.1 Hello.\n2. Minutes\n2.1 Agreed.\n2.2 Signed.\n")
        #expect(chooser.choose(numbered[...]).parser.name == "numbered-paragraphs")
    }
}
