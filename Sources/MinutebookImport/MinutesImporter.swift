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

    public init(bodyOverride: String? = nil, chooser: LayoutChooser = LayoutChooser(), options: ImportOptions = ImportOptions(),
                reading: ReadingTools = ReadingTools()) {
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
        let document = try DocumentReader.read(data, url: url, file: file, reading: reading)
        var records = try records(fromText: document.text, format: document.format, file: file, columns: document.columns)
        if !document.notes.isEmpty {
            for i in records.indices { records[i].warnings.insert(contentsOf: document.notes, at: 0) }
        }
        return records
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
}
