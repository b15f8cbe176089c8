import Foundation
import MinutebookCore

extension MinutesDocument {
    public static let docxMediaType = MattersArisingDocument.mediaType

    /// The minutes as a Word document: each minute a borderless table of rows with the minute
    /// number, the text and the Action column, as the partnership's own minutes are set.
    public func docx() throws -> Data {
        try WordPackage.zip([
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", MattersArisingDocument.packageRelationships),
            ("docProps/core.xml", coreProperties),
            ("word/_rels/document.xml.rels", Self.documentRelationships),
            ("word/styles.xml", MattersArisingDocument.styles),
            ("word/document.xml", documentXML),
            ("word/header1.xml", headerXML)
        ])
    }

    static let widths = [900, 7100, 1600]

    static func p(_ text: String, bold: Bool = false, style: String? = nil, keepNext: Bool = false, indent: Int? = nil) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
        if keepNext { properties += "<w:keepNext/>" }
        if let indent { properties += "<w:ind w:left=\"\(indent)\"/>" }
        let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
        let rPr = bold ? "<w:rPr><w:b/></w:rPr>" : ""
        return "<w:p>\(pPr)<w:r>\(rPr)<w:t xml:space=\"preserve\">\(MattersArisingDocument.escape(text))</w:t></w:r></w:p>"
    }

    static func cell(_ paragraphs: [String], width: Int) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/></w:tcPr>" + (paragraphs.isEmpty ? "<w:p/>" : paragraphs.joined()) + "</w:tc>"
    }

    static func row(_ cells: [String], header: Bool = false) -> String {
        "<w:tr>" + (header ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>")
            + zip(cells, widths).map { cell([$0.0], width: $0.1) }.joined() + "</w:tr>"
    }

    /// A row's text paragraphs (one cell may hold several).
    static func textParagraphs(_ content: Row.Content) -> [String] {
        switch content {
        case .paragraph(let text):
            return MinuteLayout.paragraphs(text).map { p($0) }
        case .resolutions(let decisions):
            if decisions.count == 1 { return [p(resolvedSentence(decisions[0]), bold: true)] }
            return [p("RESOLVED that:", bold: true)] + decisions.enumerated().map { p("\($0.offset + 1)- \($0.element)", bold: true, indent: 360) }
        case .note(let text): return [p("Post-meeting note: \(text)")]
        case .correction(let text), .declaration(let text): return [p(text)]
        case .vote(let sentence, let rollCall): return [p(sentence)] + rollCall.map { p($0, indent: 360) }
        }
    }

    var documentXML: String {
        var body = ""
        if isDraft { body += Self.p("DRAFT – these minutes are not yet approved as a correct record.", bold: true) }
        body += Self.p(bodyName.uppercased(), bold: true, style: "Heading1")
        body += Self.p(heldLine)
        for (label, lines) in [("Present:", present), ("Also Present:", alsoPresent), ("Apologies:", apologies)] where !lines.isEmpty {
            body += Self.p(label, bold: true, keepNext: true)
            body += lines.map { Self.p($0, indent: 360) }.joined()
        }
        for entry in entries {
            body += "<w:tbl><w:tblPr><w:tblW w:w=\"9600\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
            body += Self.widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
            let title = entry.title.uppercased() + (entry.part == .two ? " (PART 2 – EXEMPT)" : "")
            body +=
                "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + Self.cell([Self.p(entry.number, bold: true, keepNext: true)], width: Self.widths[0])
                + Self.cell([Self.p(title, bold: true, keepNext: true)], width: Self.widths[1])
                + Self.cell([Self.p("Action", bold: true, keepNext: true)], width: Self.widths[2]) + "</w:tr>"
            for row in entry.rows {
                body +=
                    "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + Self.cell([], width: Self.widths[0])
                    + Self.cell(Self.textParagraphs(row.content), width: Self.widths[1])
                    + Self.cell(row.action.map { Self.p($0, bold: true) }, width: Self.widths[2]) + "</w:tr>"
            }
            body += "</w:tbl>" + Self.p("")
        }
        if withheld > 0 {
            body += Self.p(withheld == 1 ? "One exempt (Part 2) item is not included." : "\(withheld) exempt (Part 2) items are not included.")
        }
        if let endLine { body += Self.p(endLine) }
        if let approval { body += Self.p(approval) }
        body += Self.p("") + Self.p("") + Self.p("……………………………………", indent: 5200) + Self.p(chairTitle, indent: 5200)
        if let signature {
            body += Self.p("\(signature.sentence) (\(signature.signerName)).", indent: 5200)
            body += Self.p("SHA-256 of the approved text: \(signature.sha256)")
        }
        body +=
            "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId2\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)</w:body></w:document>
            """
    }

    /// The running header: "DRAFT – NOT YET APPROVED" on every page of a draft, else the body and date.
    var headerXML: String {
        let text = isDraft ? "DRAFT – NOT YET APPROVED" : "\(bodyName), \(date.long)"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\(Self.p(text, bold: isDraft))</w:hdr>
            """
    }

    var coreProperties: String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>\(MattersArisingDocument.escape(title))</dc:title>\
        <dc:creator>Minutebook</dc:creator><dc:language>en-GB</dc:language></cp:coreProperties>
        """
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
        </Relationships>
        """
}
