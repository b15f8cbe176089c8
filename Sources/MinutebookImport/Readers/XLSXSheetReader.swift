import Foundation
import MinutebookCore
import ZIPFoundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The first worksheet of an Excel workbook (.xlsx) as rows of text, numbered as Excel numbers
/// them, for imports that also take CSV (indicator actuals). Shared strings, inline strings,
/// numbers and booleans are read; formulas give their cached value. Empty rows are skipped.
public enum XLSXSheetReader {
    public static func isXLSX(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    public static func records(_ data: Data, file: String) throws -> [ActualsCSV.Record] {
        guard isXLSX(data) else { throw ImportError(file: file, "is not an Excel workbook (.xlsx): it is not a zip archive").domainError }
        let zip: ZipBytes
        do { zip = try ZipBytes(data) } catch {
            throw ImportError(file: file, "is not a readable Excel workbook: the zip archive is damaged").domainError
        }
        let archive = zip.archive
        func read(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            do { return try ZipParts.data(archive, entry, limit: 64 * 1024 * 1024) } catch let tooLarge as ZipParts.TooLarge {
                throw ImportError(file: file, "is too large to read: \(tooLarge)").domainError
            } catch {
                throw ImportError(file: file, "is not a readable Excel workbook: \(path) is damaged").domainError
            }
        }
        let sheetPath = try firstSheetPath(workbook: read("xl/workbook.xml"), rels: read("xl/_rels/workbook.xml.rels"))
        guard let sheet = try read(sheetPath) else {
            throw ImportError(file: file, "is a zip archive but not an Excel workbook (no worksheet)").domainError
        }
        let shared = try read("xl/sharedStrings.xml").map { try parse($0, SharedStringsXML(), file: file, part: "sharedStrings.xml").strings } ?? []
        let rows = try parse(sheet, SheetXML(shared: shared), file: file, part: sheetPath).rows
        // Excel leaves out empty trailing cells: rows are padded to the header's width.
        let width = rows.first.flatMap { $0.1.keys.max() }.map { $0 + 1 } ?? 0
        return rows.compactMap { number, cells in
            guard let last = cells.keys.max() else { return nil }
            let fields = (0...max(last, width - 1)).map { cells[$0] ?? "" }
            return fields.allSatisfy(\.isEmpty) ? nil : ActualsCSV.Record(line: number, fields: fields)
        }
    }

    /// The worksheet the workbook lists first, through its relationship; `sheet1.xml` if unnamed.
    static func firstSheetPath(workbook: Data?, rels: Data?) throws -> String {
        guard let workbook, let rels,
            let id = try? parse(workbook, FirstSheetXML(), file: "", part: "").relationshipID,
            let target = try? parse(rels, RelsXML(id: id), file: "", part: "").target
        else {
            return "xl/worksheets/sheet1.xml"
        }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    static func parse<D: XMLParserDelegate>(_ data: Data, _ delegate: D, file: String, part: String) throws -> D {
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else {
            throw ImportError(file: file, "is not a readable Excel workbook: \(part) is malformed near line \(parser.lineNumber)").domainError
        }
        return delegate
    }

    /// "C12" → 2 (zero-based column).
    static func column(of reference: String) -> Int? {
        var n = 0
        var seen = false
        for c in reference.unicodeScalars {
            guard c.value >= 65 && c.value <= 90 else { break }
            n = n * 26 + Int(c.value - 64)
            seen = true
        }
        return seen ? n - 1 : nil
    }
}

final class FirstSheetXML: NSObject, XMLParserDelegate {
    var relationshipID: String?
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
    {
        guard relationshipID == nil, name == "sheet" || name.hasSuffix(":sheet") else { return }
        relationshipID = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value
    }
}

final class RelsXML: NSObject, XMLParserDelegate {
    let id: String
    var target: String?
    init(id: String) { self.id = id }
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
    {
        if name == "Relationship", attributes["Id"] == id { target = attributes["Target"] }
    }
}

final class SharedStringsXML: NSObject, XMLParserDelegate {
    var strings: [String] = []
    var current = ""
    var inText = false
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
    {
        if name == "si" { current = "" }
        if name == "t" { inText = true }
    }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "t" { inText = false }
        if name == "si" { strings.append(current) }
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }
}

final class SheetXML: NSObject, XMLParserDelegate {
    let shared: [String]
    var rows: [(Int, [Int: String])] = []
    var rowNumber = 0
    var cells: [Int: String] = [:]
    var cellColumn = 0
    var cellType = ""
    var text = ""
    var capturing = false

    init(shared: [String]) { self.shared = shared }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:])
    {
        switch name {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = [:]
            cellColumn = -1
        case "c":
            cellColumn = attributes["r"].flatMap(XLSXSheetReader.column(of:)) ?? cellColumn + 1
            cellType = attributes["t"] ?? "n"
            text = ""
        case "v", "t":
            capturing = true
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "v", "t":
            capturing = false
        case "c":
            let value: String
            switch cellType {
            case "s": value = Int(text).flatMap { $0 >= 0 && $0 < shared.count ? shared[$0] : nil } ?? ""
            case "b": value = text == "1" ? "TRUE" : "FALSE"
            default: value = text
            }
            cells[cellColumn] = value
        case "row":
            rows.append((rowNumber, cells))
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capturing { text += string }
    }
}
