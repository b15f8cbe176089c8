import Foundation
import MinutebookCore
import Testing
@testable import MinutebookImport

/// PDFs written here byte by byte and read through pdftotext -layout.
enum PDFTools {
    static var hasPdftotext: Bool { PDFReader.candidates.contains { FileManager.default.isExecutableFile(atPath: $0) } }
}

@Suite("PDF minutes", .enabled(if: PDFTools.hasPdftotext, "pdftotext (poppler-utils) is not installed"))
struct PDFImportTests {
    /// A one-page PDF showing `lines` (x, text) top to bottom in Helvetica; no lines gives a page with no text.
    static func pdf(_ lines: [[(Int, String)]]) -> Data {
        var content = ""
        for (i, row) in lines.enumerated() {
            for (x, text) in row {
                let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
                    .replacingOccurrences(of: ")", with: "\\)")
                content += "BT /F1 11 Tf \(x) \(780 - i * 18) Td (\(escaped)) Tj ET\n"
            }
        }
        if lines.isEmpty { content = "0 0 1 rg 100 100 200 200 re f\n" }
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream",
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
        [(120, "The next meeting will be on 5 June 2025 at 10.00 am.")],
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
}
