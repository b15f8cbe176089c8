import Foundation
import MinutebookCore

/// The Matters Arising report as a Word document (Office Open XML, zipped by `WordPackage`):
/// a heading, then Appendix A as a table with the hand-made report's columns
/// (minute number, date and title | what was resolved | update), the header row repeated on each page.
public enum MattersArisingDocument {
    public static let mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

    /// The .docx bytes for `report`.
    public static func docx(_ report: MattersArisingReport) throws -> Data {
        try WordPackage.zip([
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(report)),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles),
            ("word/document.xml", document(report))
        ])
    }

    /// The three columns of a row, as printed.
    public static func columns(of entry: MattersArisingEntry) -> (minute: [String], resolved: [String], update: [String]) {
        var first: [String] = []
        if !entry.minuteLabel.isEmpty { first.append(entry.minuteLabel) }
        if let date = entry.meetingDate { first.append(date.long) }
        first.append(entry.title)
        let mark = entry.minutesApproved ? [] : [MattersArisingEntry.draftMark + ":"]
        return (first, mark + paragraphs(entry.resolved), paragraphs(entry.update))
    }

    public static func paragraphs(_ text: String) -> [String] {
        let parts = text.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        return parts.isEmpty ? [""] : parts
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out += " "
            // Characters XML 1.0 forbids are dropped rather than making Word refuse the file.
            case _ where scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    public static func paragraph(_ text: String, style: String? = nil, bold: Bool = false) -> String {
        let properties = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        let run = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return "<w:p>\(properties)<w:r>\(run)<w:t xml:space=\"preserve\">\(escape(text))</w:t></w:r></w:p>"
    }

    public static func cell(_ lines: [String], width: Int, bold: Bool = false) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>" + lines.map { paragraph($0, bold: bold) }.joined() + "</w:tc>"
    }

    public static let widths = [2400, 3600, 3600]

    public static func document(_ report: MattersArisingReport) -> String {
        var body = paragraph("Matters Arising", style: "Heading1")
        body += paragraph("\(report.bodyName), \(report.date.long)")
        body += paragraph("Appendix A updates members on matters arising from previous meetings.")
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"9600\" w:type=\"dxa\"/><w:tblBorders>"
        for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            body += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        body += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0020\" w:firstRow=\"1\"/></w:tblPr><w:tblGrid>"
        body += widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        body += "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
        body += cell(["Minute number, date and title"], width: widths[0], bold: true)
        body += cell(["Matters arising"], width: widths[1], bold: true)
        body += cell(["Update"], width: widths[2], bold: true) + "</w:tr>"
        for entry in report.entries {
            let c = columns(of: entry)
            body +=
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + cell(c.minute, width: widths[0]) + cell(c.resolved, width: widths[1])
                + cell(c.update, width: widths[2]) + "</w:tr>"
        }
        body += "</w:tbl>"
        if report.entries.isEmpty { body += paragraph("There are no matters arising from previous meetings.") }
        body +=
            "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
    }

    public static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    public static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    public static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        </Relationships>
        """

    public static func coreProperties(_ report: MattersArisingReport) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(escape("Matters Arising – \(report.bodyName), \(report.date.long)"))</dc:title>\
        <dc:creator>Minutebook</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>
        """
    }

    public static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/>\
        <w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
        <w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>\
        </w:styles>
        """
}
