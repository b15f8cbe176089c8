import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word documents: `word/document.xml` read from the zip; paragraphs become lines, table rows
/// become tab-separated lines (Item | Minute | Action), as for HTML tables.
enum DOCXReader {
    /// Most bytes `word/document.xml` may unpack to, counted as it is inflated (not as its header says).
    static let documentLimit = 64 * 1024 * 1024
    /// Most bytes the numbering and style parts may unpack to.
    static let partLimit = 8 * 1024 * 1024

    static func lines(_ data: Data, file: String) throws(ImportError) -> [String] {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw ImportError(file: file, "is not a DOCX (Word) document: it is not a zip archive")
        }
        let xml: Data
        var numbering = WordNumbering()
        do {
            let zip = try ZipBytes(data)
            let archive = zip.archive
            guard let entry = archive["word/document.xml"] else {
                throw ImportError(file: file, "is a zip archive but not a Word document (no word/document.xml)")
            }
            xml = try ZipParts.data(archive, entry, limit: documentLimit)
            // Automatic numbering: optional parts; a damaged one only loses the numbers.
            func part(_ path: String) throws -> Data? {
                guard let entry = archive[path] else { return nil }
                do { return try ZipParts.data(archive, entry, limit: partLimit) } catch let tooLarge as ZipParts.TooLarge {
                    throw tooLarge
                } catch {
                    return nil
                }
            }
            numbering = WordNumbering(numbering: try part("word/numbering.xml"), styles: try part("word/styles.xml"))
        } catch let error as ImportError {
            throw error
        } catch let tooLarge as ZipParts.TooLarge {
            throw ImportError(file: file, "is too large to read: \(tooLarge) (Word documents of minutes are far smaller)")
        } catch {
            throw ImportError(file: file, "is not a readable DOCX (Word) document: the zip archive is damaged")
        }
        let delegate = WordXML()
        delegate.numbering = numbering
        let parser = XMLParser(data: xml)
        parser.delegate = delegate
        guard parser.parse(), parser.parserError == nil, delegate.sawDocument else {
            let line = parser.lineNumber
            throw ImportError(file: file, "is not a readable DOCX (Word) document: word/document.xml is malformed near line \(line)")
        }
        guard delegate.depth == 0 else {
            throw ImportError(file: file, "is not a readable DOCX (Word) document: word/document.xml is cut short")
        }
        delegate.finishParagraph()
        return delegate.output
    }
}

/// Walks WordprocessingML: w:p paragraphs, w:t text, w:tab, w:br, w:tbl/w:tr/w:tc tables.
final class WordXML: NSObject, XMLParserDelegate {
    var output: [String] = []
    var paragraph = ""
    var inText = false
    var tableDepth = 0
    var rowCells: [[String]] = []
    var cellParagraphs: [String] = []
    var inCell = false
    var isHeading = false
    var sawDocument = false
    var depth = 0
    var numbering = WordNumbering()
    /// The paragraph's automatic numbering (`w:numPr`, or its style's), until its label is written.
    var numID: String?
    var numLevel = 0
    var inProperties = false

    func finishParagraph() {
        var text = Markup.collapse(paragraph.replacingAll("\t", with: "\u{1}")).replacingAll("\u{1}", with: "\t")
        paragraph = ""
        // Word draws the number even on an empty paragraph (an Item cell holding only the number).
        if let id = numID {
            numID = nil
            if var label = numbering.label(numID: id, level: numLevel) {
                // "40." drawn by Word is minute 40.
                let bare = label.trimmingTrailing(".")
                let isMinuteNumber = Normalizer.minuteNumber(bare) != nil
                if isMinuteNumber { label = bare }
                // A short numbered line that starts with a capital and ends without a full stop is a minute heading.
                let body = text.trimmed
                if !inCell, isMinuteNumber, body.count <= 80,
                    body.first?.isUppercase == true, !body.hasSuffix("."), !body.hasSuffix(":")
                {
                    isHeading = true
                }
                text = body.isEmpty ? label : label + "\t" + text
            }
        }
        if inCell {
            if !text.trimmed.isEmpty { cellParagraphs.append(text.replacingAll("\t", with: " ")) }
        } else {
            output.append(isHeading && !text.trimmed.isEmpty ? Markup.headingMark + text : text)
        }
        isHeading = false
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        depth += 1
        if name == "w:document" { sawDocument = true }
        switch name {
        case "w:t": inText = true
        case "w:p": numID = nil; numLevel = 0
        case "w:pPr": inProperties = true
        case "w:pStyle":
            let styleID = attributes["w:val"] ?? ""
            let style = styleID.lowercased()
            isHeading = style.hasPrefix("heading") || style.hasPrefix("title") || style.hasPrefix("pennawd")
            if numID == nil, let numbered = numbering.styles[styleID] { numID = numbered.numID; numLevel = numbered.level }
        case "w:numId" where inProperties: numID = attributes["w:val"]
        case "w:ilvl" where inProperties: numLevel = attributes["w:val"].flatMap { Int($0) } ?? 0
        case "w:tab": paragraph += "\t"
        case "w:br", "w:cr": finishParagraph()
        case "w:tbl": finishParagraph(); tableDepth += 1
        case "w:tr": if tableDepth == 1 { rowCells = [] }
        case "w:tc": if tableDepth == 1 { inCell = true; cellParagraphs = [] }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        depth -= 1
        switch name {
        case "w:t": inText = false
        case "w:pPr": inProperties = false
        case "w:p": finishParagraph()
        case "w:tc":
            if tableDepth == 1 { rowCells.append(cellParagraphs); cellParagraphs = []; inCell = false }
        case "w:tr":
            if tableDepth == 1 { output += TableRows.lines(rowCells); rowCells = [] }
        case "w:tbl": tableDepth -= 1; output.append("")
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { paragraph += string }
    }
}
