import Foundation
import Testing
import ZIPFoundation

@testable import MinutebookImport

/// A zip whose directory is said to start past the end of the file: ZIPFoundation's in-memory archive
/// trapped on it (the fuzz run found one such DOCX), which would take a server down with one upload.
/// Read through `ZipBytes`, it is refused like any damaged zip.
@Suite("Damaged zips")
struct DamagedZipTests {
    /// A one-part Word package whose end record points its central directory `past` bytes beyond the end.
    static func docx(directoryPast past: UInt32) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("damaged-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        let archive = try Archive(url: url, accessMode: .create)
        let xml = Data("<w:document><w:body><w:p><w:r><w:t>Minutes of the Harbour Board</w:t></w:r></w:p></w:body></w:document>".utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(xml.count)) { position, size in
            xml.subdata(in: Int(position)..<Int(position) + size)
        }
        var data = try Data(contentsOf: url)
        let end = data.count - 22 // the end-of-central-directory record, with no comment
        #expect(data[end..<end + 4] == Data([0x50, 0x4B, 0x05, 0x06]))
        let offset = UInt32(data.count) + past
        for i in 0..<4 { data[end + 16 + i] = UInt8((offset >> (8 * UInt32(i))) & 0xFF) }
        return data
    }

    @Test("a DOCX whose directory lies past its end is refused, not a crash")
    func docxPastEnd() throws {
        for past in [UInt32(1), 100, 4096] {
            let data = try Self.docx(directoryPast: past)
            #expect(throws: ImportError.self) { _ = try DOCXReader.lines(data, file: "damaged.docx") }
        }
    }

    @Test("the temporary copy of a zip read from bytes is removed when it is released")
    func temporaryRemoved() throws {
        let data = try Self.docx(directoryPast: 0)
        var path: String?
        do {
            let zip = try ZipBytes(data)
            path = zip.archive.url.path
            #expect(path.map(FileManager.default.fileExists(atPath:)) == true)
        }
        #expect(path.map(FileManager.default.fileExists(atPath:)) == false)
    }
}

/// A scan's page size is the sender's word: a page that says it is metres wide is rendered to fit an
/// A3 page at 300 dpi, not at 300 dpi (the scan fuzz found mutated page sizes taking over 10 s).
@Suite("OCR page sizes")
struct OCRPageSizeTests {
    @Test("an A4 or A3 page renders at 300 dpi; a page larger than A3 is fitted to A3's pixels")
    func resolution() {
        #expect(OCRReader.resolution(points: (595.276, 841.89)) == ["-r", "300"])
        #expect(OCRReader.resolution(points: (841.89, 1190.55)) == ["-r", "300"])
        #expect(OCRReader.resolution(points: nil) == ["-r", "300"])
        #expect(OCRReader.resolution(points: (14_400, 300)) == ["-scale-to", "4961"])
        #expect(OCRReader.resolution(points: (300, 90_000)) == ["-scale-to", "4961"])
    }
}
