import Foundation
import MinutebookCore
import MinutebookTools
import Testing
import ZIPFoundation

@testable import MinutebookImport

/// Mutated documents of the formats read through LibreOffice (.doc, .odt, .rtf) and through OCR
/// (scanned, image-only PDFs) (issues 17 and 25, "Done when"): `FormatFuzzTests.count` of each
/// (500 in `make test`), each read or refused with an ImportError, none crashing the process and
/// none past 10 s. Every document is fed as the importer takes it: its format chosen by content, then read.
///
/// One LibreOffice conversion takes about 2 s, nearly all of it LibreOffice starting, so the
/// documents LibreOffice reads are converted in runs of `batchSize` by `OfficeConverter.docx(batch:)`
/// (the code that converts a single upload, given one document): each run is stopped at 10 s, so
/// no document in a finished run took longer; a run that is stopped or fails is split in halves down
/// to single documents, and a single one that does not finish in 10 s is a hang. Each converted DOCX
/// is then read by the importer. OCR documents are small pages (about 1,000 by 450 pixels at the
/// reader's 300 dpi) so that one costs well under a second. Seeds: office.doc, office.odt and
/// office.rtf made by `scripts/make-format-fixtures DIR office` (LibreOffice from make-docx's Word
/// file); the scan is a text PDF rendered by pdftoppm and put back as an image-only PDF here.
@Suite("Importer fuzzing, LibreOffice and OCR formats", .serialized)
struct ConvertedFormatFuzzTests {
    static let batchSize = 40
    typealias Outcome = FormatFuzzTests.Outcome
    typealias Random = FuzzTests.SplitMix64

    struct Pending: Sendable {
        var bytes: Data
        var format: DocumentFormat
        var label: String
    }

    struct Tally {
        var read = 0, refused = 0, converted = 0

        mutating func add(_ outcome: Outcome?) {
            switch outcome {
            case .read: read += 1
            case .refused: refused += 1
            case nil: break
            }
        }
    }

    /// Converts `batch` in one LibreOffice run and reads each result; a run that fails or passes the
    /// limit is split, and a single document that does not finish is recorded as a hang.
    static func convert(_ batch: [Pending]) async -> [Outcome?] {
        let reading = ReadingTools(timeout: FormatFuzzTests.hangSeconds)
        let documents = batch.map { (data: $0.bytes, format: $0.format, file: $0.label) }
        let results: [Result<Data, ImportError>]
        do {
            results = try await Blocking.run("fuzz conversion", timeout: FormatFuzzTests.hangSeconds + 5) {
                try OfficeConverter.docx(batch: documents, reading: reading)
            }
        } catch {
            guard batch.count > 1 else {
                Issue.record("\(batch[0].label) was not converted within \(FormatFuzzTests.hangSeconds) s: \(error)")
                return [nil]
            }
            let half = batch.count / 2
            return await convert(Array(batch[..<half])) + convert(Array(batch[half...]))
        }
        var outcomes: [Outcome?] = []
        for (k, result) in results.enumerated() {
            switch result {
            case .success(let docx): outcomes.append(await FormatFuzzTests.read(docx, ext: "docx", label: batch[k].label + " as converted"))
            case .failure(let error):
                #expect(!error.reason.isEmpty, "\(batch[k].label)")
                outcomes.append(.refused)
            }
        }
        return outcomes
    }

    /// `count` documents named `*.ext` made by `make`: those whose content LibreOffice reads go in
    /// runs of `batchSize`, the rest (damage that makes them look like another format) straight to
    /// the importer. Most must reach LibreOffice, some must be read, all read or refused.
    static func fuzz(_ name: String, ext: String, seed: UInt64, make: (Int, inout Random) throws -> Data) async throws {
        var rng = Random(state: seed)
        var tally = Tally()
        var pending: [Pending] = []
        for i in 0..<FormatFuzzTests.count {
            let bytes = try make(i, &rng)
            let format = DocumentFormat.choose(fileExtension: ext, data: bytes)
            guard format.isConvertedByLibreOffice else {
                tally.add(await FormatFuzzTests.read(bytes, ext: ext, label: "\(name) \(i)"))
                continue
            }
            pending.append(Pending(bytes: bytes, format: format, label: "\(name) \(i)"))
            tally.converted += 1
            if pending.count == batchSize {
                for outcome in await convert(pending) { tally.add(outcome) }
                pending = []
            }
        }
        if !pending.isEmpty { for outcome in await convert(pending) { tally.add(outcome) } }
        #expect(tally.read + tally.refused == FormatFuzzTests.count, "\(name): every document read or refused")
        #expect(tally.read > 0, "\(name): some mutated documents are still read")
        #expect(tally.converted * 2 > FormatFuzzTests.count, "\(name): most documents reach LibreOffice (\(tally.converted))")
    }

    /// office.doc, office.odt and office.rtf, made once by the project's fixture script.
    static let seeds: Result<URL, ImportError> = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mb-fuzz-seeds-\(UUID().uuidString)")
        let script = TestFiles.repositoryRoot.appendingPathComponent("scripts/make-format-fixtures").path
        do {
            let made = try ToolProcess.runBlocking(try Tools.located.path(.python), [script, folder.path, "office"], timeout: 300)
            guard made.status == 0 else { return .failure(ImportError(file: script, "failed: \(made.firstErrorLine ?? "status \(made.status)")")) }
        } catch {
            return .failure(ImportError(file: script, "did not run: \(error)"))
        }
        return .success(folder)
    }()

    static func seed(_ name: String) throws -> Data { try Data(contentsOf: try seeds.get().appendingPathComponent(name)) }

    /// Damage that keeps the file's length and its first 512 bytes (an OLE header, a zip's first
    /// entry): a few bytes changed inside.
    static func flip(_ data: Data, _ rng: inout Random) -> Data {
        var bytes = [UInt8](data)
        guard bytes.count > 1024 else { return data }
        for _ in 0..<Int.random(in: 1...8, using: &rng) {
            bytes[Int.random(in: 512..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
        }
        return Data(bytes)
    }

    @Test(
        "mutated Word 97-2003 documents are converted and read, or refused", .enabled(if: FuzzTools.hasOffice, "LibreOffice or the .venv is missing"),
        .timeLimit(.minutes(30)))
    func doc() async throws {
        let good = try Self.seed("office.doc")
        try await Self.fuzz("DOC", ext: "doc", seed: 2_027) { i, rng in
            i % 2 == 0 ? FormatFuzzTests.damage(good, &rng) : Self.flip(good, &rng)
        }
    }

    @Test(
        "mutated OpenDocument files (damaged XML in a good zip, and damaged zips) are read or refused",
        .enabled(if: FuzzTools.hasOffice, "LibreOffice or the .venv is missing"), .timeLimit(.minutes(30)))
    func odt() async throws {
        let good = try Self.seed("office.odt")
        let entries = try Self.entries(good)
        let content = String(decoding: entries.first { $0.path == "content.xml" }?.data ?? Data(), as: UTF8.self)
        try #require(content.contains("office:document-content"))
        try await Self.fuzz("ODT", ext: "odt", seed: 2_028) { i, rng in
            switch i % 3 {
            case 0: return FormatFuzzTests.damage(good, &rng)
            case 1: return Self.flip(good, &rng)
            default:
                let mutated = Data(FuzzTests.mutate(content, &rng).utf8)
                return try Self.zip(entries.map { $0.path == "content.xml" ? ($0.path, mutated) : $0 })
            }
        }
    }

    @Test(
        "mutated RTF documents are converted and read, or refused", .enabled(if: FuzzTools.hasOffice, "LibreOffice or the .venv is missing"),
        .timeLimit(.minutes(30)))
    func rtf() async throws {
        let good = try Self.seed("office.rtf")
        let text = String(decoding: good, as: UTF8.self)
        try await Self.fuzz("RTF", ext: "rtf", seed: 2_026) { i, rng in
            i % 2 == 0 ? FormatFuzzTests.damage(good, &rng) : Data(FuzzTests.mutate(text, &rng).utf8)
        }
    }

    /// A zip's entries in order (the OpenDocument type entry first, as written).
    static func entries(_ zip: Data) throws -> [(path: String, data: Data)] {
        let archive = try Archive(data: zip, accessMode: .read)
        return try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: true) { data.append($0) }
            return (entry.path, data)
        }
    }

    /// A zip of `entries`, the first stored (OpenDocument's "mimetype"), the rest deflated.
    static func zip(_ entries: [(path: String, data: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (k, entry) in entries.enumerated() {
            try archive.addEntry(
                with: entry.path, type: .file, uncompressedSize: Int64(entry.data.count),
                compressionMethod: k == 0 ? .none : .deflate
            ) { position, size in
                entry.data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}

/// The outside programs the fuzzing of converted formats needs.
enum FuzzTools {
    static var hasOffice: Bool { Tools.located.has(.soffice) && Tools.located.has(.python) }
    static var hasOCR: Bool { Tools.located.has(.pdftotext) && Tools.located.has(.pdftoppm) && Tools.located.has(.tesseract) }
}
