import Foundation
import MinutebookCore
import MinutebookTools
import Testing
import ZIPFoundation

@testable import MinutebookImport

/// Mutated documents of every format the importer reads (issue 17, "Done when"): each is read from a
/// file, as an upload or `minutebook import` reads it, and is either read or refused with an
/// ImportError; none crashes the process and none takes more than 10 s. 500 documents per format
/// here (text, Markdown, HTML, DOCX, PDF with a text layer); .doc, .odt and .rtf (LibreOffice) in
/// `ConvertedFormatFuzzTests`, scanned PDFs (OCR) in `ScanFuzzTests`, 500 each too.
/// `MINUTEBOOK_FUZZ_COUNT` sets the count of every format for a longer run (say 20000).
@Suite("Importer fuzzing, every format")
struct FormatFuzzTests {
    static let count = ProcessInfo.processInfo.environment["MINUTEBOOK_FUZZ_COUNT"].flatMap { Int($0) } ?? 500

    /// Longer than this is a hang.
    static let hangSeconds = 10.0
    /// The time limit of one document's programs in the fuzz (`ReadingTools.deadline`), inside
    /// `hangSeconds`: programs still running this long after the document was opened are stopped and
    /// the document refused, and that refusal still comes back within the bound.
    static let toolSeconds = 8.0

    enum Outcome { case read, refused }

    /// Reads `bytes` as a file named `*.ext` off the concurrency pool; a crash ends the test process, a
    /// read past `hangSeconds` is recorded as a hang.
    static func read(_ bytes: Data, ext: String, label: String, reading: ReadingTools = ReadingTools(timeout: toolSeconds)) async -> Outcome? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(UUID().uuidString).\(ext)")
        defer { try? FileManager.default.removeItem(at: url) }
        do { try bytes.write(to: url) } catch {
            Issue.record("cannot write \(url.path): \(error)")
            return nil
        }
        var reading = reading
        reading.deadline = .now + .seconds(toolSeconds)
        let importer = MinutesImporter(reading: reading)
        do {
            let records = try await Blocking.run("fuzz \(label)", timeout: hangSeconds) { try importer.records(fromFile: url) }
            for record in records { _ = try JSONEncoder().encode(record) }
            return .read
        } catch let error as ImportError {
            #expect(!error.reason.isEmpty, "\(label)")
            // A program the importer stopped at its time limit (`toolSeconds`, inside the 10 s bound) is a
            // refusal with a clear error, as issue 17 asks of every outside program: the document did not
            // hang the reader. A read still going at 10 s (the `Blocking.run` bound below) is the hang.
            return .refused
        } catch let error as ToolError {
            Issue.record("\(label) took more than \(hangSeconds) s: \(error.description)")
            return nil
        } catch {
            Issue.record("\(label): unexpected \(error)")
            return nil
        }
    }

    /// Byte-level damage: flipped bytes, a cut, a removed or repeated run, random bytes spliced in.
    static func damage(_ data: Data, _ rng: inout FuzzTests.SplitMix64) -> Data {
        var bytes = [UInt8](data)
        for _ in 0..<Int.random(in: 1...6, using: &rng) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            switch Int.random(in: 0..<5, using: &rng) {
            case 0: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 1: bytes = Array(bytes[..<at])
            case 2: bytes.removeSubrange(at..<min(bytes.count, at + Int.random(in: 1...64, using: &rng)))
            case 3:
                let run = bytes[at..<min(bytes.count, at + Int.random(in: 1...200, using: &rng))]
                bytes.insert(contentsOf: run, at: Int.random(in: 0...bytes.count, using: &rng))
            default:
                bytes.insert(
                    contentsOf: (0..<Int.random(in: 1...16, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) },
                    at: at)
            }
        }
        return Data(bytes)
    }

    /// `count` documents made by `make`, each read; at least one must be read and none may hang.
    static func fuzz(
        _ name: String, ext: String, count: Int, seed: UInt64,
        make: (Int, inout FuzzTests.SplitMix64) throws -> Data
    ) async throws {
        var rng = FuzzTests.SplitMix64(state: seed)
        var read = 0, refused = 0
        for i in 0..<count {
            let bytes = try make(i, &rng)
            switch await Self.read(bytes, ext: ext, label: "\(name) \(i)") {
            case .read: read += 1
            case .refused: refused += 1
            case nil: break
            }
        }
        #expect(read + refused == count, "\(name): every document read or refused")
        #expect(read > 0, "\(name): some mutated documents are still read")
    }

    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: TestFiles.fixture(name), encoding: .utf8)
    }

    @Test("mutated text, Markdown and HTML files are read or refused, none hangs", .timeLimit(.minutes(10)))
    func textFormats() async throws {
        for (name, ext, seedText) in [
            ("text", "txt", try Self.fixture("numbered-paragraphs.txt")),
            ("Markdown", "md", try Self.fixture("unnumbered.md")),
            ("HTML", "html", try Self.fixture("council-page.html"))
        ] {
            try await Self.fuzz(name, ext: ext, count: Self.count, seed: 1_705) { i, rng in
                // Half mutate the text, half damage its bytes (invalid UTF-8, stray controls).
                let text = Data(FuzzTests.mutate(seedText, &rng).utf8)
                return i % 2 == 0 ? text : Self.damage(text, &rng)
            }
        }
    }

    @Test("mutated Word documents (damaged XML inside a good zip, and damaged zips) are read or refused", .timeLimit(.minutes(10)))
    func docx() async throws {
        let xml = DOCXImportTests.document()
        let good = try Data(contentsOf: try DOCXImportTests.docx(xml))
        try await Self.fuzz("DOCX", ext: "docx", count: Self.count, seed: 2_024) { i, rng in
            guard i % 2 == 0 else { return Self.damage(good, &rng) }
            return try Data(contentsOf: try DOCXImportTests.docx(FuzzTests.mutate(xml, &rng)))
        }
    }

    @Test(
        "mutated PDFs are read or refused within the limit", .enabled(if: PDFTools.hasPdftotext, "pdftotext is not installed"),
        .timeLimit(.minutes(10)))
    func pdf() async throws {
        let good = PDFImportTests.pdf(PDFImportTests.minutes)
        try await Self.fuzz("PDF", ext: "pdf", count: Self.count, seed: 2_025) { i, rng in
            // Half damage the bytes; half change what the page shows, keeping the file's structure.
            guard i % 2 == 0 else { return Self.damage(good, &rng) }
            let lines = PDFImportTests.minutes.map { row in row.map { ($0.0, FuzzTests.mutate($0.1, &rng)) } }
            return PDFImportTests.pdf(lines, noise: Int.random(in: 0...50, using: &rng))
        }
    }
}
