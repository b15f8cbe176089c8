import Foundation
import MinutebookCore
import MinutebookTools

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

    public init(
        bodyOverride: String? = nil, chooser: LayoutChooser = LayoutChooser(), options: ImportOptions = ImportOptions(),
        reading: ReadingTools = ReadingTools()
    ) {
        self.bodyOverride = bodyOverride
        self.chooser = chooser
        self.options = options
        self.reading = reading
    }

    /// Seconds a whole document's reading may take on the blocking pool (a long scan is read by OCR
    /// page by page, each page within `reading.timeout`).
    public static let readingLimit: Double = 3600

    /// `records(fromFile:)` on the blocking pool (`Blocking`), for async callers: conversion and OCR
    /// wait on outside programs. Errors are `ImportError`s naming the file.
    public func records(offPoolFromFile url: URL) async throws -> [MeetingRecord] {
        do {
            return try await Blocking.run("reading \(url.lastPathComponent)", timeout: Self.readingLimit) {
                try records(fromFile: url)
            }
        } catch let error as ToolError {
            throw ImportError(file: url.path, "was not read: \(error.description)")
        }
    }

    /// `document(fromFile:)` on the blocking pool, as `records(offPoolFromFile:)`.
    public func document(offPoolFromFile url: URL) async throws -> ImportedDocument {
        do {
            return try await Blocking.run("reading \(url.lastPathComponent)", timeout: Self.readingLimit) {
                try document(fromFile: url)
            }
        } catch let error as ToolError {
            throw ImportError(file: url.path, "was not read: \(error.description)")
        }
    }

    /// Reads a file. Errors name the file and say why, in one line.
    public func records(fromFile url: URL) throws(ImportError) -> [MeetingRecord] {
        try document(fromFile: url).records
    }

    /// Reads bytes as the file `name` would be read (its extension is a hint; the content decides):
    /// for callers holding a document in memory, such as an upload or the fuzz tests of every format.
    public func records(fromData data: Data, named name: String) throws(ImportError) -> [MeetingRecord] {
        let ext = (name as NSString).pathExtension
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("mb-import-\(UUID().uuidString)")
            .appendingPathExtension(ext.isEmpty ? "bin" : ext)
        do { try data.write(to: url) } catch {
            throw ImportError(file: name, "cannot be written to a scratch file: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            return try records(fromFile: url)
        } catch {
            throw ImportError(file: name, line: error.line, error.reason)
        }
    }

    /// Reads a file, keeping the text it was read from (for a page showing the source beside the
    /// record): line k of `lines` is the line warnings call line k + 1.
    public func document(fromFile url: URL) throws(ImportError) -> ImportedDocument {
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
        let document = try DocumentReader.read(data, url: url, file: file, reading: reading)
        let text = Self.readerText(document.text, format: document.format)
        let repaired = OCRNoise.repair(text, readByOCR: document.notes.contains { $0.hasPrefix(DocumentReader.ocrNote) })
        var records = try records(
            lines: Tokenizer.lines(repaired.text, columns: Self.columns(document.format, document.columns)), file: file,
            repairs: repaired.warnings)
        if !document.notes.isEmpty {
            for i in records.indices { records[i].warnings.insert(contentsOf: document.notes, at: 0) }
        }
        return ImportedDocument(
            format: DocumentFormat.choose(fileExtension: url.pathExtension, data: data),
            lines: DocumentText.withoutHeadingMarks(text).split(separator: "\n", omittingEmptySubsequences: false).map(String.init),
            notes: document.notes, records: records)
    }

    /// The text the tokenizer reads: Markdown and HTML without their markup, one line per paragraph.
    static func readerText(_ text: String, format: DocumentFormat) -> String {
        switch format {
        case .markdown: Markup.lines(markdown: text).joined(separator: "\n")
        case .html: Markup.lines(html: text).joined(separator: "\n")
        default: text
        }
    }

    static func columns(_ format: DocumentFormat, _ columns: Tokenizer.Columns) -> Tokenizer.Columns {
        format == .markdown || format == .html ? .tabs : columns
    }

    /// Reads text already in memory (`format` is text, markdown or html).
    public func records(
        fromText text: String, format: DocumentFormat, file: String,
        columns: Tokenizer.Columns = .automatic
    ) throws(ImportError) -> [MeetingRecord] {
        let repaired = OCRNoise.repair(Self.readerText(text, format: format), readByOCR: false)
        return try records(
            lines: Tokenizer.lines(repaired.text, columns: Self.columns(format, columns)), file: file, repairs: repaired.warnings)
    }

    /// `repairs`: the OCR repairs made to the text (each names its line), given to every record
    /// whose lines they fall in.
    func records(lines: [Line], file: String, repairs: [String] = []) throws(ImportError) -> [MeetingRecord] {
        guard lines.contains(where: { !$0.isBlank }) else { throw ImportError(file: file, "has no text") }
        let builder = RecordBuilder(chooser: chooser, bodyOverride: bodyOverride, options: options)
        var records: [MeetingRecord] = []
        var firstError: ImportError?
        let blocks = MinutesLocator.blocks(lines)
        for block in blocks {
            do throws(ImportError) {
                let record = try builder.build(lines, block: block, file: file)
                // A pack holding only an agenda: numbered business, but nothing decided.
                if block.titleLine == nil, AgendaOnly.declaresAgenda(lines[block.range]), AgendaOnly.isUnheld(record) {
                    throw ImportError(
                        file: file, line: lines.isEmpty ? 1 : lines[block.range.lowerBound].number,
                        ImportError.agendaOnly)
                }
                var repaired = record
                let first = block.range.isEmpty ? 0 : lines[block.range.lowerBound].number
                let last = block.range.isEmpty ? 0 : lines[block.range.upperBound - 1].number
                let own = blocks.count == 1 ? repairs : repairs.filter { OCRNoise.line(of: $0).map { $0 >= first && $0 <= last } ?? false }
                repaired.warnings.insert(contentsOf: own, at: 0)
                records.append(repaired)
            } catch {
                if firstError == nil { firstError = error }
            }
        }
        if records.isEmpty, let firstError { throw firstError }
        return records
    }
}

/// A document as the importer read it: the text beside the records read from it.
public struct ImportedDocument: Sendable {
    /// The reader chosen (by content first, then by name).
    public var format: DocumentFormat
    /// The text read (HTML and Markdown without markup, Word paragraphs and table rows, PDF as laid
    /// out, OCR's words): warnings' "line N" is `lines[N - 1]`.
    public var lines: [String]
    /// How it was read, when that needs saying (an encoding assumed, OCR and its confidence).
    public var notes: [String]
    public var records: [MeetingRecord]

    /// The text came from OCR of a scanned image.
    public var readByOCR: Bool { notes.contains { $0.hasPrefix(DocumentReader.ocrNote) } }
}
