import Foundation
import MinutebookTools

/// A scanned (image-only) PDF read by OCR: each page rendered by pdftoppm and read by tesseract
/// (English and Welsh data), one page at a time on the calling thread (the CLI and the web call the
/// importer off the concurrency pool), with progress per page. Words are laid out again at their
/// positions, so columns (Item | Minute | Action) stay apart by wide spaces as in `pdftotext -layout`.
enum OCRReader {
    /// Rendering resolution: tesseract reads body text best at about 300 dpi.
    static let dpi = 300
    /// Pages below this mean word confidence are named in a warning.
    static let lowConfidence = 70

    struct Page {
        var text: String
        var confidence: Double?
    }

    static func text(_ url: URL, file: String, reading: ReadingTools) throws(ImportError) -> (text: String, notes: [String]) {
        guard reading.tools.has(.tesseract), reading.tools.has(.pdftoppm) else {
            throw ImportError(
                file: file,
                "has no text layer (a scanned, image-only PDF) and OCR is not installed: "
                    + "run scripts/bootstrap (apt packages tesseract-ocr, tesseract-ocr-eng, tesseract-ocr-cym)")
        }
        let (count, sizes) = pageSizes(url, file: file, reading: reading)
        let languages = Languages.shared.chosen(reading)
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("mb-ocr-\(UUID().uuidString)")
        do { try fm.createDirectory(at: work, withIntermediateDirectories: true) } catch {
            throw ImportError(file: file, "cannot make a scratch folder for OCR: \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: work) }
        var pages: [Page] = []
        for number in 1...max(1, count) {
            reading.progress?(number, count, "OCR page \(number) of \(count)")
            let image = work.appendingPathComponent("page-\(number)")
            let render = try reading.run(
                .pdftoppm,
                resolution(points: sizes[number]) + [
                    "-gray", "-png", "-singlefile", "-f", String(number),
                    "-l", String(number), url.path, image.path
                ],
                file: file, doing: "render page \(number) for OCR")
            guard render.status == 0 else {
                throw ImportError(
                    file: file, "is not a readable PDF (pdftoppm, page \(number): \(render.firstErrorLine ?? "exit status \(render.status)"))")
            }
            let png = image.appendingPathExtension("png")
            let ocr = try reading.run(
                .tesseract, [png.path, "stdout", "-l", languages, "tsv"], file: file,
                doing: "read page \(number) by OCR")
            guard ocr.status == 0 else {
                throw ImportError(
                    file: file, "could not be read by OCR (tesseract, page \(number): \(ocr.firstErrorLine ?? "exit status \(ocr.status)"))")
            }
            pages.append(layout(tsv: ocr.stdout))
            try? fm.removeItem(at: png)
        }
        let words = pages.compactMap(\.confidence)
        let mean = words.isEmpty ? 0 : Int((words.reduce(0, +) / Double(words.count)).rounded())
        var notes = [
            "\(DocumentReader.ocrNote) (tesseract, \(languages), \(dpi) dpi): \(pages.count) page\(pages.count == 1 ? "" : "s"), "
                + "mean word confidence \(mean) %; check names, dates and numbers against the scan"
        ]
        for (k, page) in pages.enumerated() {
            if let c = page.confidence, Int(c) < lowConfidence {
                notes.append("page \(k + 1) was read by OCR with low confidence (\(Int(c)) %)")
            }
        }
        let text = pages.map(\.text).joined(separator: "\n\u{0C}\n")
        var letters = 0
        for s in text.unicodeScalars where s.properties.isAlphabetic { letters += 1; if letters > 40 { break } }
        guard letters > 40 else {
            throw ImportError(file: file, "has no text layer and OCR found no text on its pages (a blank or picture-only scan)")
        }
        return (text, notes)
    }

    /// Pages in the PDF by pdfinfo, 1 when it cannot say.
    /// The longest rendered side, in pixels: an A3 page's at 300 dpi. A page that says it is larger
    /// (a damaged or hostile page size: the format fuzz found scans taking over 10 s this way) is
    /// rendered to fit it, not at 300 dpi.
    static let largestSide = 4_961

    /// pdftoppm's resolution for a page of `points` (width, height): 300 dpi, or fitted to `largestSide`.
    static func resolution(points: (Double, Double)?) -> [String] {
        guard let (w, h) = points, max(w, h) * Double(dpi) / 72 > Double(largestSide) else { return ["-r", String(dpi)] }
        return ["-scale-to", String(largestSide)]
    }

    /// The page count (at most 2,000) and each page's size in points, from pdfinfo.
    static func pageSizes(_ url: URL, file: String, reading: ReadingTools) -> (count: Int, sizes: [Int: (Double, Double)]) {
        guard reading.tools.has(.pdfinfo),
            let info = try? reading.run(.pdfinfo, ["-f", "1", "-l", "2000", url.path], file: file, doing: "count pages")
        else { return (1, [:]) }
        var count = 1
        var sizes: [Int: (Double, Double)] = [:]
        for line in info.stdout.split(separator: "\n") {
            if line.hasPrefix("Pages:") {
                if let n = Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)), n > 0 { count = min(n, 2_000) }
            } else if line.hasPrefix("Page "), let sizeAt = line.range(of: " size:") {
                // "Page    3 size: 595.276 x 841.89 pts (A4)"
                let number = Int(line[line.index(line.startIndex, offsetBy: 5)..<sizeAt.lowerBound].trimmingCharacters(in: .whitespaces))
                let fields = line[sizeAt.upperBound...].split(separator: " ")
                if let number, fields.count >= 3, fields[1] == "x", let w = Double(fields[0]), let h = Double(fields[2]) {
                    sizes[number] = (w, h)
                }
            }
        }
        return (count, sizes)
    }

    /// tesseract's TSV (level, page, block, paragraph, line, word, left, top, width, height, conf, text)
    /// as lines of text: each word placed at its column (its left edge over the page's median character
    /// width), a blank line between paragraphs. Confidence is the mean of the words'.
    static func layout(tsv: String) -> Page {
        struct Word { var key: [Int]; var left: Int; var width: Int; var text: String }
        var words: [Word] = []
        var confidences: [Double] = []
        for row in tsv.split(separator: "\n").dropFirst() {
            let f = row.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count >= 12, f[0] == "5", let left = Int(f[6]), let width = Int(f[8]), let conf = Double(f[10]) else { continue }
            let text = f[11...].joined(separator: " ").trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { continue }
            words.append(Word(key: [Int(f[2]) ?? 0, Int(f[3]) ?? 0, Int(f[4]) ?? 0], left: left, width: width, text: text))
            if conf >= 0 { confidences.append(conf) }
        }
        let widths = words.map { Double($0.width) / Double(max(1, $0.text.count)) }.sorted()
        let charWidth = max(1, widths.isEmpty ? 10 : widths[widths.count / 2])
        var lines: [String] = []
        var previous: [Int]?
        var right = 0
        var line = ""
        for word in words {
            if let p = previous, p != word.key {
                lines.append(line)
                line = ""
                if p[0] != word.key[0] || p[1] != word.key[1] { lines.append("") }
            }
            // Words a space apart on the page are one space apart; a wider gap is a column, kept at its
            // place and at least three spaces wide (what the tokenizer takes as a column break).
            let column = Int(Double(word.left) / charWidth)
            let pad: Int
            if line.isEmpty {
                pad = column
            } else if Double(word.left - right) < 2.5 * charWidth {
                pad = 1
            } else {
                pad = max(3, column - line.count)
            }
            line += String(repeating: " ", count: pad) + word.text
            right = word.left + word.width
            previous = word.key
        }
        if !line.isEmpty { lines.append(line) }
        return Page(
            text: lines.joined(separator: "\n"),
            confidence: confidences.isEmpty ? nil : confidences.reduce(0, +) / Double(confidences.count))
    }

    /// The tesseract languages used: English and Welsh when both are installed, asked once.
    final class Languages: @unchecked Sendable {
        static let shared = Languages()
        private let lock = NSLock()
        private var cached: String?

        func chosen(_ reading: ReadingTools) -> String {
            if let cached = lock.withLock({ cached }) { return cached }
            var installed: Set<String> = []
            if let list = try? reading.run(.tesseract, ["--list-langs"], file: "", doing: "list OCR languages") {
                installed = Set((list.stdout + "\n" + list.stderr).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
            }
            let wanted = ["eng", "cym"].filter { installed.contains($0) }
            let value = wanted.isEmpty ? "eng" : wanted.joined(separator: "+")
            lock.withLock { cached = value }
            return value
        }
    }
}
