import Foundation
import MinutebookCore
import Testing
import ZIPFoundation

@testable import MinutebookImport

/// Word minutes whose minute numbers come from automatic numbering (numbering.xml), invented here.
@Suite("DOCX automatic numbering")
struct DOCXNumberingTests {
    static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

    static func paragraph(_ text: String, numID: Int? = nil, level: Int = 0, style: String? = nil) -> String {
        var props = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if let numID { props += "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"\(numID)\"/></w:numPr>" }
        return "<w:p><w:pPr>\(props)</w:pPr><w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
    }

    /// Minute headings numbered from 175 (level 0) with lettered sub-items (level 1, "176a").
    static let numbering = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:numbering \(w)>
        <w:abstractNum w:abstractNumId="4"><w:lvl w:ilvl="0"><w:start w:val="175"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1%2"/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
        <w:abstractNum w:abstractNumId="6"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl></w:abstractNum>
        <w:num w:numId="1"><w:abstractNumId w:val="4"/></w:num>
        <w:num w:numId="2"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="40"/></w:lvlOverride></w:num>
        <w:num w:numId="3"><w:abstractNumId w:val="6"/></w:num>
        </w:numbering>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <w:styles \(w)><w:style w:type="paragraph" w:styleId="MinuteNo"><w:name w:val="Minute No"/>
        <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>
        """

    static func docx(_ body: String, numbering: String? = numbering, styles: String? = styles) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("numbered-\(UUID().uuidString).docx")
        let archive = try Archive(url: url, accessMode: .create)
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)</w:body></w:document>"
        for (name, text) in [("word/document.xml", document), ("word/numbering.xml", numbering), ("word/styles.xml", styles)] {
            guard let text else { continue }
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return url
    }

    static let header =
        paragraph("Kestrel Vale Safety Partnership", style: "Title")
        + paragraph("Minutes of the meeting held at 2.00 pm on 7 November 2023")
        + paragraph("Present: Ines Garrow (Chairman), Pavel Okoro, Saba Lyle")

    @Test("numbered headings and lettered sub-items drawn by Word become minute numbers 175, 176, 176a, 176b, 177")
    func paragraphNumbering() throws {
        let body =
            Self.header
            + Self.paragraph("APOLOGIES FOR ABSENCE", numID: 1)
            + Self.paragraph("Apologies were received from Tove Rook.")
            + Self.paragraph("RESILIENCE UPDATE", numID: 1)
            + Self.paragraph("The Partnership noted the flood plan.")
            + Self.paragraph("Exercise planning", numID: 1, level: 1)
            + Self.paragraph("RESOLVED that the exercise is held in March.")
            + Self.paragraph("Volunteers", numID: 1, level: 1)
            + Self.paragraph("RESOLVED that volunteers are briefed by the fire service.")
            + Self.paragraph("ANY OTHER BUSINESS", numID: 1)
            + Self.paragraph("There was none.")
        let record = try #require(try MinutesImporter().records(fromFile: try Self.docx(body)).first)
        #expect(record.numbers == ["175", "176", "176a", "176b", "177"])
        #expect(record.item("176a")?.resolutions == ["The exercise is held in March."])
        #expect(record.item("176b")?.title == "Volunteers")
    }

    @Test("a table whose Item column holds only Word numbers, through a paragraph style restarted at 40")
    func styleNumberingInTable() throws {
        func row(_ cells: [String]) -> String { "<w:tr>" + cells.map { "<w:tc>\($0)</w:tc>" }.joined() + "</w:tr>" }
        let body =
            Self.header + "<w:tbl>"
            + row([Self.paragraph("Item"), Self.paragraph("Minute"), Self.paragraph("Action")])
            + row([
                Self.paragraph("", style: "MinuteNo"),
                Self.paragraph("Night-time economy") + Self.paragraph("RESOLVED that the taxi marshals continue."), Self.paragraph("PO")
            ])
            + row([Self.paragraph("", style: "MinuteNo"), Self.paragraph("Any other business") + Self.paragraph("None."), Self.paragraph("")])
            + "</w:tbl>"
        let url = try Self.docx(body)
        let record = try #require(try MinutesImporter().records(fromFile: url).first)
        #expect(record.numbers == ["40", "41"])
        #expect(record.item("40")?.actions.first?.ownerNames == ["Pavel Okoro"])
    }

    @Test(
        "labels are formatted as Word draws them",
        arguments: [
            (1, "decimal", "1"), (4, "lowerLetter", "d"), (28, "lowerLetter", "bb"), (3, "upperLetter", "C"),
            (4, "lowerRoman", "iv"), (14, "upperRoman", "XIV")
        ])
    func formats(value: Int, format: String, expected: String) {
        #expect(WordNumbering.format(value, format) == expected)
    }

    @Test("without numbering.xml the numbered paragraphs keep their text and nothing is invented")
    func missingNumbering() throws {
        let body = Self.header + Self.paragraph("APOLOGIES FOR ABSENCE", numID: 1) + Self.paragraph("None.")
        let lines = try DOCXReader.lines(Data(contentsOf: try Self.docx(body, numbering: nil, styles: nil)), file: "x.docx")
        #expect(lines.contains("APOLOGIES FOR ABSENCE"))
        let numbered = try DOCXReader.lines(Data(contentsOf: try Self.docx(body)), file: "x.docx")
        #expect(numbered.contains { $0.hasSuffix("175\tAPOLOGIES FOR ABSENCE") })
    }
}
