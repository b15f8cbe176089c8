import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// Minutes tables as OCR lays them out again (issue 25): the number and a mixed-case title in
/// columns of their own, owner codes on the heading's line. Invented text.
@Suite("Scanned table layout")
struct ScanLayoutTests {
    static let text = """
        Wrenfield Safety Board

        Minutes of the meeting held on Tuesday 4 March 2025 at 14:00 at Wrenfield Library

        Present: Ada Quill (Chair), Bo Tanaka, Cy Ormond

        Item     Minute                                                            Action
        1        Apologies
                 None were received.
        2        Street lighting                                                   BT
                 Bo Tanaka reported on the dark lanes survey.
                 RESOLVED that four new lamps are asked for.
        3        Date of next meeting
                 Tuesday 3 June 2025 at 14:00.
        """

    @Test("a numbered mixed-case title in its own column is a heading; codes on its line pair with its decision")
    func mixedCaseRows() throws {
        let lines = Tokenizer.lines(Self.text, columns: .tabsAndWideSpaces)
        let heading = HeadingMatcher.numbered(lines[7])
        #expect(heading?.title == "Apologies", "\(lines[7].cells)")
        let record = try #require(try MinutesImporter().records(fromText: Self.text, format: .text, file: "scan").first)
        #expect(record.items.map(\.title) == ["Apologies", "Street lighting", "Date of next meeting"])
        #expect(record.item("2")?.actions.map(\.owners) == [["BT"]])
        #expect(record.item("2")?.actions.first?.text == "Four new lamps are asked for.")
    }
}
