import ArgumentParser
import Foundation
import MinutebookCommandLine
import MinutebookCore
import MinutebookImport
import MinutebookStore
import MinutebookTools

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import minutes (text, Markdown, HTML, DOCX, PDF, agenda packs) into the database.",
        discussion: """
            Reads each FILE, or every .txt/.md/.html/.docx/.pdf file under each DIR (recursively). An agenda \
            pack yields the previous meeting's minutes found inside it; its other reports are ignored.
            With --json, prints one meeting record (docs/meeting-record.md) for a single meeting, or a JSON \
            array when the files hold several meetings.
            Without --dry-run every meeting is written in its own transaction; re-importing the same file \
            changes nothing, a corrected file updates the meeting in place (audited), and approved minutes \
            are never changed. All files are read before anything is written: one bad file stops the import \
            with nothing written.
            Status of the imported minutes (--status): 'auto' (the default) stores them as drafts, except \
            minutes that a later meeting of the body agreed as a correct record in its "Minutes of the \
            previous meeting" item (imported in this run or before): those are approved at that meeting and \
            become public. Importing a run of past minutes thus publishes all but the newest, whose minutes \
            still await approval. 'approved' marks every imported meeting's minutes approved (an archive of \
            signed minutes); 'draft' leaves them all as drafts. Re-importing an unchanged file with \
            --status approved approves it.
            Attendees printed with a role hold a seat of that title on the body at the meeting date (created, \
            extended or succeeded as the dates say). Action owner codes are matched to people named in the \
            action, then to attendees, then to the body's seat holders that day; an ambiguous or unknown code \
            is a warning, never a guess.
            """
    )

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Files or folders to import.")
    var paths: [String]

    @Flag(help: "Read and check the documents; write nothing.")
    var dryRun = false

    @Flag(help: "Print the meeting record(s) as JSON.")
    var json = false

    @Option(help: "The body the minutes belong to (name or slug); default: the name printed above the minutes.")
    var body: String?

    @Option(help: "The partnership (name or slug); default: the only partnership, or one named after the body.")
    var partnership: String?

    @Option(help: "The meeting date (YYYY-MM-DD) when the document does not give one.")
    var date: String?

    @Flag(help: "Refuse a document that lacks a date, a body name or item headings instead of reading it with a warning.")
    var strict = false

    @Option(help: "Status of the imported minutes: auto, approved or draft (see above).")
    var status: MinutesStatusArgument = .auto

    @Flag(help: "Print the text each document was read as (after conversion or OCR), numbered as warnings number lines; write nothing.")
    var text = false

    func run() async throws {
        let files = try ImportFiles.expand(paths)
        if text {
            for file in files {
                let importer = MinutesImporter()
                let url = URL(fileURLWithPath: file)
                let document: ImportedDocument
                do {
                    document = try await importer.document(offPoolFromFile: url)
                } catch {
                    throw error.domainError
                }
                print("== \(file) (\(document.format.rawValue))")
                for note in document.notes { print("   note: \(note)") }
                for (k, line) in document.lines.enumerated() { print(String(format: "%5d  ", k + 1) + line) }
            }
            return
        }
        var options = ImportOptions(strict: strict)
        if let date {
            guard let d = LocalDate(iso: date) else { throw DomainError.invalid("--date \(date): write the date as YYYY-MM-DD") }
            options.date = d
        }
        let importer = MinutesImporter(bodyOverride: body, options: options)
        var read: [(file: String, records: [MeetingRecord])] = []
        let bar = ImportProgressBar()
        for (k, file) in files.enumerated() {
            if files.count > 1 { bar.show(k + 1, of: files.count, file: file) }
            // Long work inside a file (OCR, page by page) moves the same bar.
            var importer = importer
            importer.reading.progress = { _, _, what in bar.show(k + 1, of: files.count, file: file, detail: what) }
            do {
                // Read on the blocking pool: conversion and OCR wait on outside programs.
                read.append((file, try await importer.records(offPoolFromFile: URL(fileURLWithPath: file))))
            } catch let error as ImportError where error.isAgendaOnly && ((try? PackFiles.read(file)) ?? nil) != nil {
                // A pack holding only an agenda: its agenda, reports and tables are read below; no minutes.
                read.append((file, []))
            } catch {
                bar.end()
                throw error.domainError
            }
        }
        bar.end()
        let records = read.flatMap(\.records)

        var packs: [PackContents] = []
        for file in files {
            if let pack = try PackFiles.read(file) { packs.append(pack) }
        }

        var outcomes: [String] = []
        if !dryRun {
            let database = try global.openDatabase()
            let writer = MeetingImportWriter(database: database)
            for (file, fileRecords) in read {
                for record in fileRecords {
                    let outcome = try await writer.write(
                        record, file: file, partnership: partnership, body: body,
                        status: status.rule)
                    outcomes.append("\(record.date.iso) \(record.body): \(outcome.description)")
                }
            }
            let actions = GRDBActionRepository(database: database)
            for pack in packs {
                guard let bodyName = body ?? pack.bodyName ?? read.first(where: { $0.file == pack.file })?.records.first?.body else {
                    outcomes.append("\(pack.file): the pack names no body; its Matters Arising report and agenda were not kept")
                    continue
                }
                let result = try await actions.recordEvidence(
                    bodyName: bodyName, partnership: partnership, report: pack.mattersArising,
                    agenda: pack.agenda, cover: pack.cover, meetingDate: pack.meetingDate,
                    actor: .cli("import"))
                outcomes.append("\(pack.meetingDate?.iso ?? "?") \(bodyName) pack: \(result.summary.description)")
                if let figures = pack.figures {
                    let recorded = try await GRDBIndicatorRepository(database: database)
                        .recordPackFigures(figures, bodyID: result.bodyID, actor: .cli("import"))
                    outcomes.append("\(pack.meetingDate?.iso ?? "?") \(bodyName) pack: \(recorded.description)")
                    // The tables' own doubts are printed with the pack below; these are the store's.
                    let own = Set(pack.warnings)
                    outcomes += recorded.warnings.filter { w in !own.contains { w.hasSuffix($0) } }.map { "  warning: \($0)" }
                }
            }
        }

        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = records.count == 1 ? try encoder.encode(records[0]) : try encoder.encode(records)
            print(String(decoding: data, as: UTF8.self))
        } else {
            for (file, fileRecords) in read {
                for r in fileRecords {
                    let actions = r.items.reduce(0) { $0 + $1.actions.count }
                    print(
                        "\(file): \(r.date.iso) \(r.body): \(r.items.count) minutes, \(r.attendance.count) attendees, \(actions) actions, \(r.warnings.count) warnings"
                    )
                    for w in r.warnings { print("  warning: \(w)") }
                }
            }
            for pack in packs {
                let entries = pack.mattersArising.map { "Matters Arising report \($0.reference) with \($0.entries.count) entries" }
                let agenda = pack.agenda.map { "agenda of \($0.items.count) items" }
                let cover = pack.cover.flatMap { c in
                    c.members.isEmpty
                        ? nil
                        : "cover of \(c.issued?.iso ?? "?") addressed to \(c.members.count) members"
                            + (c.contactOfficer.map { ", contact officer \($0)" } ?? "")
                }
                let figures = pack.figures.map { "KPI tables of \($0.rows.count) indicators for \($0.year)" }
                print(
                    "\(pack.file): pack for \(pack.meetingDate?.iso ?? "?"): "
                        + [cover, agenda, entries, figures].compactMap { $0 }.joined(separator: ", "))
                for w in pack.warnings { print("  warning: \(w)") }
            }
            for o in outcomes { print(o) }
        }
    }
}

/// `--status`, read by argument-parser.
enum MinutesStatusArgument: String, ExpressibleByArgument, CaseIterable {
    case auto, approved, draft

    var rule: ImportedMinutesStatus {
        switch self {
        case .auto: .auto
        case .approved: .approved
        case .draft: .draft
        }
    }
}

/// Expanding the command's paths into document files.
enum ImportFiles {
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw DomainError.notFound("\(path): no such file or folder")
            }
            guard isDirectory.boolValue else { files.append(path); continue }
            guard
                let walker = fm.enumerator(
                    at: URL(fileURLWithPath: path), includingPropertiesForKeys: [.isRegularFileKey],
                    options: [.skipsHiddenFiles])
            else { continue }
            var found: [String] = []
            for case let url as URL in walker where DocumentFormat.fileExtensions.contains(url.pathExtension.lowercased()) {
                found.append(url.path)
            }
            if found.isEmpty { throw DomainError.notFound("\(path): no minutes documents (\(DocumentFormat.extensionList)) in this folder") }
            files += found.sorted()
        }
        return files
    }

}

/// The import's progress bar on standard error: files done of all, and what is happening inside the
/// current one (an OCR page). Ends with a new line once anything was shown.
final class ImportProgressBar: @unchecked Sendable {
    private let lock = NSLock()
    private var shown = 0

    func show(_ n: Int, of total: Int, file: String, detail: String? = nil) {
        let width = 30
        let filled = n * width / max(total, 1)
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        let name = URL(fileURLWithPath: file).lastPathComponent
        var line = "[\(bar)] \(n)/\(total) \(name.prefix(40))" + (detail.map { ": \($0)" } ?? "")
        lock.withLock {
            let length = line.count
            if length < shown { line += String(repeating: " ", count: shown - length) }
            shown = max(length, 1)
            FileHandle.standardError.write(Data("\r\(line)".utf8))
        }
    }

    func end() {
        lock.withLock {
            if shown > 0 { FileHandle.standardError.write(Data("\n".utf8)) }
            shown = 0
        }
    }
}

extension Error {
    /// Import errors become one-line domain errors for argument-parser.
    var domainError: any Error {
        if let e = self as? ImportError { return e.domainError }
        return self
    }
}

/// The Matters Arising report and agenda a pack holds besides its minutes.
enum PackFiles {
    static func read(_ file: String) throws -> PackContents? {
        do {
            let pack = try PackReader.read(contentsOf: URL(fileURLWithPath: file))
            return pack.isEmpty ? nil : pack
        } catch {
            throw error.domainError
        }
    }
}
