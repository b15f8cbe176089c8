import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word documents: `word/document.xml` read from the zip; paragraphs become lines, table rows
/// become tab-separated lines (Item | Minute | Action), as for HTML tables.
enum DOCXReader {
    static func lines(_ data: Data, file: String) throws(ImportError) -> [String] {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw ImportError(file: file, "is not a DOCX (Word) document: it is not a zip archive")
        }
        let xml: Data
        do {
            let archive = try Archive(data: data, accessMode: .read)
            guard let entry = archive["word/document.xml"] else {
                throw ImportError(file: file, "is a zip archive but not a Word document (no word/document.xml)")
            }
            guard entry.uncompressedSize < 256 * 1024 * 1024 else {
                throw ImportError(file: file, "its document.xml is too large to read")
            }
            var collected = Data()
            _ = try archive.extract(entry, skipCRC32: false) { chunk in collected.append(chunk) }
            xml = collected
        } catch let error as ImportError {
            throw error
        } catch {
            throw ImportError(file: file, "is not a readable DOCX (Word) document: the zip archive is damaged")
        }
        let delegate = WordXML()
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

    func finishParagraph() {
        let text = Markup.collapse(paragraph.replacingAll("\t", with: "\u{1}")).replacingAll("\u{1}", with: "\t")
        paragraph = ""
        if inCell {
            if !text.trimmed.isEmpty { cellParagraphs.append(text.replacingAll("\t", with: " ")) }
        } else {
            output.append(isHeading && !text.trimmed.isEmpty ? Markup.headingMark + text : text)
        }
        isHeading = false
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        depth += 1
        if name == "w:document" { sawDocument = true }
        switch name {
        case "w:t": inText = true
        case "w:pStyle":
            let style = (attributes["w:val"] ?? "").lowercased()
            isHeading = style.hasPrefix("heading") || style.hasPrefix("title") || style.hasPrefix("pennawd")
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
