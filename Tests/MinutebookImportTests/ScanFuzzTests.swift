import Foundation
import MinutebookCore
import MinutebookTools
import Testing

@testable import MinutebookImport

/// Mutated scanned minutes, image-only PDFs read by OCR (issue 25, "the fuzz test covers the new
/// readers"; issue 17, 500 of every format): `FormatFuzzTests.count` (500 in `make test`),
/// two at a time, each read or refused with an ImportError, none crashing and none past 10 s, and most
/// of them reaching OCR.
/// A third have damaged bytes, a third damaged pixels (noise, erased bands, blots, shifted rows, an
/// inverted patch) in a sound file, a third a damaged image or page description (sizes, bit depth,
/// colour space, a decoder the data does not fit, the page's size). The seed is a small page of
/// invented minutes (300 by 150 points, about 1,250 by 625 pixels at the reader's 300 dpi, so one
/// OCR run costs well under a second), rendered by pdftoppm at 150 dpi and put back as an image.
@Suite("Importer fuzzing, scanned PDFs through OCR", .enabled(if: FuzzTools.hasOCR, "poppler-utils or tesseract is missing"))
struct ScanFuzzTests {
    static let pageWidth = 300, pageHeight = 150
    static let lines: [[(Int, String)]] = [
        [(20, "WRENFIELD SAFETY BOARD")],
        [(20, "Minutes of the meeting held on 4 March 2025")],
        [(20, "Present: Ada Quill (Chair), Bo Tanaka")],
        [(20, "1"), (45, "APOLOGIES")],
        [(45, "None were received.")],
        [(20, "2"), (45, "STREET LIGHTING")],
        [(45, "RESOLVED that four new lamps are asked for.")]
    ]

    struct Image {
        var width: Int
        var height: Int
        var pixels: [UInt8]
    }

    /// The page as a 150 dpi greyscale image, by pdftoppm (its PGM output: "P5", width, height, 255, bytes).
    static func seed() throws -> Image {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("mb-scan-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let source = work.appendingPathComponent("page.pdf")
        try PDFImportTests.pdf(lines, width: pageWidth, height: pageHeight, size: 8).write(to: source)
        let root = work.appendingPathComponent("page")
        let made = try ToolProcess.runBlocking(
            try Tools.located.path(.pdftoppm), ["-r", "150", "-gray", "-singlefile", source.path, root.path],
            timeout: 60)
        try #require(made.status == 0, "pdftoppm: \(made.stderr)")
        let pgm = [UInt8](try Data(contentsOf: root.appendingPathExtension("pgm")))
        var fields: [String] = [], at = 0, field = ""
        while fields.count < 4, at < pgm.count {
            let c = pgm[at]
            at += 1
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                if !field.isEmpty { fields.append(field); field = "" }
            } else {
                field.append(Character(Unicode.Scalar(c)))
            }
        }
        let width = try #require(Int(fields[1])), height = try #require(Int(fields[2]))
        try #require(fields[0] == "P5" && fields[3] == "255" && pgm.count - at == width * height)
        return Image(width: width, height: height, pixels: Array(pgm[at...]))
    }

    /// An image-only PDF: one page showing `image`, described by `imageEntries` and `mediaBox`
    /// (the sound description unless a mutation changes them).
    static func pdf(_ image: Image, imageEntries: String? = nil, mediaBox: String? = nil, length: Int? = nil) -> Data {
        let entries = imageEntries ?? "/Width \(image.width) /Height \(image.height) /ColorSpace /DeviceGray /BitsPerComponent 8"
        let content = "q \(pageWidth) 0 0 \(pageHeight) 0 0 cm /Im1 Do Q\n"
        let objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data(
                ("<< /Type /Page /Parent 2 0 R /MediaBox [\(mediaBox ?? "0 0 \(pageWidth) \(pageHeight)")] "
                    + "/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>").utf8),
            Data("<< /Type /XObject /Subtype /Image \(entries) /Length \(length ?? image.pixels.count) >>\nstream\n".utf8)
                + Data(image.pixels) + Data("\nendstream".utf8),
            Data("<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream".utf8)
        ]
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let xref = out.count
        var tail = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { tail += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        tail += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return out + Data(tail.utf8)
    }

    /// Damage a scanner or a careless edit could do to the picture: noise, an erased band, a blot,
    /// rows shifted sideways, an inverted patch.
    static func damagePixels(_ image: Image, _ rng: inout FuzzTests.SplitMix64) -> Image {
        var image = image
        let (w, h) = (image.width, image.height)
        for _ in 0..<Int.random(in: 1...4, using: &rng) {
            let x = Int.random(in: 0..<w, using: &rng), y = Int.random(in: 0..<h, using: &rng)
            let rw = Int.random(in: 1...w, using: &rng), rh = Int.random(in: 1...max(1, h / 3), using: &rng)
            let kind = Int.random(in: 0..<5, using: &rng)
            for row in y..<min(h, y + rh) {
                if kind == 3 {
                    let shift = Int.random(in: 1...40, using: &rng)
                    let start = row * w
                    let original = Array(image.pixels[start..<start + w])
                    for col in 0..<w { image.pixels[start + col] = original[(col + shift) % w] }
                    continue
                }
                for col in x..<min(w, x + rw) {
                    let k = row * w + col
                    switch kind {
                    case 0: if Int.random(in: 0..<8, using: &rng) == 0 { image.pixels[k] = UInt8.random(in: 0...255, using: &rng) }
                    case 1: image.pixels[k] = 255
                    case 2: image.pixels[k] = 0
                    default: image.pixels[k] = 255 - image.pixels[k]
                    }
                }
            }
        }
        return image
    }

    /// A sound picture in a damaged description: sizes, depth, colour space or decoder that do not
    /// fit the data, a wrong length, an odd page size.
    static func damageDescription(_ image: Image, _ rng: inout FuzzTests.SplitMix64) -> Data {
        func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &rng)] }
        let width = pick([image.width, image.width, 0, 1, -5, image.width / 2, image.width * 2, 99_999])
        let height = pick([image.height, image.height, 0, 1, image.height * 3, 65_535])
        let depth = pick(["8", "8", "1", "2", "4", "16", "0", "7"])
        let space = pick(["/DeviceGray", "/DeviceGray", "/DeviceRGB", "/DeviceCMYK", "/Pattern", "[/Indexed /DeviceRGB 1 <00FF00>]", "/Nonsense"])
        let filter = pick([
            "", "", "", "/Filter /FlateDecode", "/Filter /DCTDecode", "/Filter /CCITTFaxDecode", "/Filter /RunLengthDecode",
            "/Filter /LZWDecode", "/Filter /JBIG2Decode", "/Filter [/ASCIIHexDecode /FlateDecode]"
        ])
        let box = pick([nil, nil, "0 0 0 0", "0 0 -300 150", "0 0 3 1.5", "0 0 1200 600", "100 100 50 50", "0 0 300"])
        let length = pick([nil, nil, 0, 10, image.pixels.count / 2, image.pixels.count * 4])
        return pdf(
            image, imageEntries: "/Width \(width) /Height \(height) /ColorSpace \(space) /BitsPerComponent \(depth) \(filter)",
            mediaBox: box, length: length)
    }

    /// Counts documents whose OCR started (the reader tells its progress per page).
    final class OCRCount: @unchecked Sendable {
        private let lock = NSLock()
        private var documents = Set<String>()
        func saw(_ label: String) { _ = lock.withLock { documents.insert(label) } }
        var count: Int { lock.withLock { documents.count } }
    }

    @Test("the seed scan is read by OCR to its record")
    func seedIsRead() throws {
        let records = try MinutesImporter().records(fromData: Self.pdf(try Self.seed()), named: "scan.pdf")
        let record = try #require(records.first)
        #expect(record.warnings.contains { $0.contains(DocumentReader.ocrNote) })
        #expect(record.date.iso == "2025-03-04")
        #expect(record.items.count == 2, "\(record.items.map(\.title))")
    }

    @Test("mutated scans are read by OCR or refused, none hangs", .timeLimit(.minutes(40)))
    func scans() async throws {
        let seed = try Self.seed()
        let sound = Self.pdf(seed)
        let reached = OCRCount()
        var rng = FuzzTests.SplitMix64(state: 2_029)
        // The mutations are made in order (one seeded generator), then read two at a time: OCR is one
        // core's work, and a box has two.
        var inputs: [Data] = []
        for i in 0..<FormatFuzzTests.count {
            let bytes =
                switch i % 3 {
                case 0: FormatFuzzTests.damage(sound, &rng)
                case 1: Self.pdf(Self.damagePixels(seed, &rng))
                default: Self.damageDescription(seed, &rng)
                }
            inputs.append(bytes)
        }
        var read = 0, refused = 0
        await withTaskGroup(of: FormatFuzzTests.Outcome?.self) { group in
            var next = 0
            func start() {
                guard next < inputs.count else { return }
                let label = "scan \(next)", bytes = inputs[next]
                next += 1
                group.addTask {
                    let reading = ReadingTools(timeout: FormatFuzzTests.toolSeconds) { _, _, _ in reached.saw(label) }
                    return await FormatFuzzTests.read(bytes, ext: "pdf", label: label, reading: reading)
                }
            }
            start()
            start()
            for await outcome in group {
                switch outcome {
                case .read: read += 1
                case .refused: refused += 1
                case nil: break
                }
                start()
            }
        }
        #expect(read + refused == FormatFuzzTests.count, "every scan read or refused")
        #expect(read > 0, "some mutated scans are still read")
        #expect(reached.count * 2 > FormatFuzzTests.count, "most scans reach OCR (\(reached.count))")
    }
}
