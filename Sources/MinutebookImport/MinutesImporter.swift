import Foundation
import MinutebookCore

/// The document formats the importer reads.
public enum DocumentFormat: String, Sendable, CaseIterable {
    case text, markdown, html, docx, pdf

    /// The format a file name says, if it says one.
    public init?(fileExtension ext: String) {
        switch ext.lowercased() {
        case "txt", "text": self = .text
        case "md", "markdown": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        case "pdf": self = .pdf
        default: return nil
        }
    }

    public static let fileExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "docx", "pdf"]
}

/// What the user supplies or asks for beyond the document.
public struct ImportOptions: Sendable, Equatable {
    /// The meeting date when the document does not give one (`--date`).
    public var date: LocalDate?
    /// Refuse a document that lacks a date, a body or item headings instead of reading it with a
    /// warning (`--strict`).
    public var strict = false

    public init(date: LocalDate? = nil, strict: Bool = false) {
        self.date = date
        self.strict = strict
    }
}

/// Reads minutes documents into `MeetingRecord`s: the format reader gives text lines, the shared
/// tokenizer gives `Line`s, the locator finds the minutes (one per meeting; an agenda pack's
/// other reports are skipped), and the best layout parser reads each one.
public struct MinutesImporter: Sendable {
    /// Largest document accepted, in bytes.
    public static let maximumBytes = 64 * 1024 * 1024

    public var bodyOverride: String?
    public var chooser: LayoutChooser
    public var options: ImportOptions
    /// The outside programs (pdftotext, ...) and their time limit.
    public var reading: ReadingTools

    public init(bodyOverride: String? = nil, chooser: LayoutChooser = LayoutChooser(), options: ImportOptions = ImportOptions(),
                reading: ReadingTools = ReadingTools()) {
        self.bodyOverride = bodyOverride
        self.chooser = chooser
        self.options = options
        self.reading = reading
    }

    /// Reads a file. Errors name the file and say why, in one line.
    public func records(fromFile url: URL) throws(ImportError) -> [MeetingRecord] {
        let file = url.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
            throw ImportError(file: file, "no such file")
        }
        guard !isDirectory.boolValue else { throw ImportError(file: file, "is a folder, not a document") }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        guard size <= Self.maximumBytes else {
            throw ImportError(file: file, "is too large (\(size / 1_048_576) MB); documents up to \(Self.maximumBytes / 1_048_576) MB are read")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ImportError(file: file, "cannot be read (\(error.localizedDescription))")
        }
        guard !data.isEmpty else { throw ImportError(file: file, "is empty") }
        let format = DocumentFormat(fileExtension: url.pathExtension) ?? Self.sniff(data)
        switch format {
        case .pdf:
            guard data.starts(with: Array("%PDF".utf8)) else { throw ImportError(file: file, "is not a PDF (no %PDF header)") }
            return try records(fromText: PDFReader.text(url, file: file, reading: reading), format: .text, file: file, columns: .tabsAndWideSpaces)
        case .docx:
            return try records(lines: Tokenizer.lines(DOCXReader.lines(data, file: file).joined(separator: "\n"), columns: .tabs), file: file)
        case .text, .markdown, .html:
            return try records(fromText: Self.decode(data, file: file), format: format, file: file)
        }
    }

    /// Reads text already in memory (`format` is text, markdown or html).
    public func records(fromText text: String, format: DocumentFormat, file: String,
                        columns: Tokenizer.Columns = .automatic) throws(ImportError) -> [MeetingRecord] {
        let lines: [Line]
        switch format {
        case .markdown: lines = Tokenizer.lines(Markup.lines(markdown: text).joined(separator: "\n"), columns: .tabs)
        case .html: lines = Tokenizer.lines(Markup.lines(html: text).joined(separator: "\n"), columns: .tabs)
        default: lines = Tokenizer.lines(text, columns: columns)
        }
        return try records(lines: lines, file: file)
    }

    func records(lines: [Line], file: String) throws(ImportError) -> [MeetingRecord] {
        guard lines.contains(where: { !$0.isBlank }) else { throw ImportError(file: file, "has no text") }
        let builder = RecordBuilder(chooser: chooser, bodyOverride: bodyOverride, options: options)
        var records: [MeetingRecord] = []
        var firstError: ImportError?
        for block in MinutesLocator.blocks(lines) {
            do {
                records.append(try builder.build(lines, block: block, file: file))
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        if records.isEmpty, let firstError { throw firstError }
        return records
    }

    /// Guesses the format of a file whose name does not say it.
    static func sniff(_ data: Data) -> DocumentFormat {
        if data.starts(with: Array("%PDF".utf8)) { return .pdf }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        let head = String(decoding: data.prefix(512), as: UTF8.self).lowercased()
        if head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") { return .html }
        return .text
    }

    /// UTF-8 text, refusing binary files and invalid UTF-8 with the line where it goes wrong.
    static func decode(_ data: Data, file: String) throws(ImportError) -> String {
        let bytes = [UInt8](data)
        var line = 1
        var controls = 0
        for b in bytes.prefix(8192) {
            if b == 0 { throw ImportError(file: file, "is a binary file, not text minutes") }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { controls += 1 }
        }
        if controls > 32 { throw ImportError(file: file, "is a binary file, not text minutes") }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var utf8 = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch utf8.decode(&iterator) {
            case .scalarValue(let s):
                if s == "\n" { line += 1 }
                offset += s.utf8.count
            case .emptyInput:
                break loop
            case .error:
                throw ImportError(file: file, line: line, "is not valid UTF-8 text (near byte \(offset)); save it as UTF-8 and import again")
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
