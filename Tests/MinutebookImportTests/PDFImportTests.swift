import Foundation
import MinutebookCore
import MinutebookTools
import Testing

@testable import MinutebookImport

/// PDFs written here byte by byte and read through pdftotext -layout.
enum PDFTools {
    static var hasPdftotext: Bool { Tools.located.has(.pdftotext) }
}

@Suite("PDF minutes", .enabled(if: PDFTools.hasPdftotext, "pdftotext (poppler-utils) is not installed"))
struct PDFImportTests {
    /// A one-page PDF showing `lines` (x, text) top to bottom in Helvetica; no lines gives a page with no text.
    /// `width` by `height` points, `size`-point type on lines `size` × 18/11 apart (A4 and 11 points unless told).
    static func pdf(_ lines: [[(Int, String)]], noise: Int = 0, width: Int = 595, height: Int = 842, size: Int = 11) -> Data {
        var content = ""
        for (i, row) in lines.enumerated() {
            for (x, text) in row {
                let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                    .replacingOccurrences(of: ")", with: "\\)")
                content += "BT /F1 \(size) Tf \(x) \(height - 62 * size / 11 - i * size * 18 / 11) Td (\(escaped)) Tj ET\n"
            }
        }
        if lines.isEmpty { content = "0 0 1 rg 100 100 200 200 re f\n" }
        // Unknown operators: the page still shows its text, and pdftotext prints one warning for each.
        content += String(repeating: "zz\n", count: noise)
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream"
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    static let minutes: [[(Int, String)]] = [
        [(72, "HOLLOWAY SAFETY BOARD")],
        [(72, "Minutes of the meeting held at 10.00 am on 6 March 2025")],
        [(72, "Present:")],
        [(72, "Nia Hart, (Council Lead) (Chairman)")],
        [(72, "Piotr Zielinski, (Police Inspector)")],
        [],
        [(72, "5"), (120, "APOLOGIES FOR ABSENCE"), (480, "Action")],
        [(120, "Apologies were received from Ewan Shaw.")],
        [(72, "6"), (120, "PARKS PATROLS"), (480, "Action")],
        [(120, "RESOLVED that the evening patrols continue.")],
        [(480, "PZ")],
        [(72, "7"), (120, "DATE OF NEXT MEETING"), (480, "Action")],
        [(120, "The next meeting will be on 5 June 2025 at 10.00 am.")]
    ]

    func write(_ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-\(UUID().uuidString).pdf")
        try data.write(to: url)
        return url
    }

    @Test("a text PDF is read through pdftotext -layout")
    func textPDF() throws {
        let records = try MinutesImporter().records(fromFile: try write(Self.pdf(Self.minutes)))
        let r = try #require(records.first)
        #expect(r.body == "Holloway Safety Board")
        #expect(r.date.iso == "2025-03-06")
        #expect(r.numbers == ["5", "6", "7"])
        #expect(r.item("6")?.resolutions == ["The evening patrols continue."])
        #expect(r.item("6")?.actions.first?.ownerNames == ["Piotr Zielinski"])
        #expect(r.attendee("Nia Hart", .present)?.position == .chairman)
        #expect(r.attendee("Ewan Shaw", .apologies) != nil)
        #expect(r.nextMeeting?.date.iso == "2025-06-05")
    }

    @Test("an image-only PDF is refused: it has no text layer")
    func imageOnly() throws {
        let url = try write(Self.pdf([]))
        do {
            _ = try MinutesImporter().records(fromFile: url)
            Issue.record("an image-only PDF was accepted")
        } catch {
            #expect(error.reason.contains("no text layer"))
        }
    }

    @Test("an encrypted PDF is refused", .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/qpdf")))
    func encrypted() throws {
        let plain = try write(Self.pdf(Self.minutes))
        let locked = plain.deletingLastPathComponent().appendingPathComponent("locked-\(UUID().uuidString).pdf")
        let qpdf = Process()
        qpdf.executableURL = URL(fileURLWithPath: "/usr/bin/qpdf")
        qpdf.arguments = ["--encrypt", "secret", "owner", "256", "--", plain.path, locked.path]
        try qpdf.run()
        qpdf.waitUntilExit()
        try #require(qpdf.terminationStatus == 0)
        do {
            _ = try MinutesImporter().records(fromFile: locked)
            Issue.record("an encrypted PDF was accepted")
        } catch {
            #expect(error.reason.contains("encrypted"))
        }
    }

    @Test("a valid PDF whose warnings pass the pipe's 64 KB is read, not waited on for ever")
    func noisyPDF() throws {
        let data = Self.pdf(Self.minutes, noise: 6000)
        // The warnings really do pass 64 KB: pdftotext run by hand, its errors to a file.
        let url = try write(data)
        let errors = url.deletingPathExtension().appendingPathExtension("err")
        let shell = try ToolProcess.runBlocking(
            "/bin/sh", ["-c", "pdftotext -layout '\(url.path)' /dev/null 2> '\(errors.path)'"],
            timeout: 60)
        #expect(shell.status == 0)
        let warnings = try Data(contentsOf: errors).count
        #expect(warnings > 128 * 1024, "pdftotext printed only \(warnings) bytes of warnings")
        let record = try #require(try MinutesImporter().records(fromFile: url).first)
        #expect(record.body == "Holloway Safety Board")
        #expect(record.numbers == ["5", "6", "7"])
    }

    @Test("byte-flipped noisy PDFs are each read or refused with one line, none waited on for ever")
    func byteFlipped() throws {
        let data = [UInt8](Self.pdf(Self.minutes, noise: 6000))
        var rng = FuzzTests.SplitMix64(state: 17_012)
        let importer = MinutesImporter(reading: ReadingTools(timeout: 30))
        for i in 0..<10 {
            var bytes = data
            for _ in 0..<Int.random(in: 1...12, using: &rng) {
                bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng)
            }
            let url = try write(Data(bytes))
            do {
                _ = try importer.records(fromFile: url)
            } catch {
                #expect(!error.reason.contains("\n"), "flip \(i)")
                #expect(!error.reason.contains("did not finish"), "flip \(i): \(error.reason)")
            }
        }
    }

    @Test("pdftotext past the time limit is stopped and the PDF refused with one line")
    func pdfTimeLimit() throws {
        let url = try write(Self.pdf(Self.minutes, noise: 400_000))
        do {
            _ = try MinutesImporter(reading: ReadingTools(timeout: 0.05)).records(fromFile: url)
            Issue.record("a 0.05 s limit let pdftotext finish a 400,000-warning page")
        } catch {
            #expect(
                error.reason.hasPrefix("cannot read the PDF: pdftotext did not finish within 0.1 s and was stopped")
                    || error.reason.hasPrefix("cannot read the PDF: pdftotext did not finish within 0.05"), "\(error.reason)")
        }
    }
}
