import Foundation
import MinutebookServices
import Testing
import ZIPFoundation

@testable import MinutebookWeb

/// An uploaded report that is a zip bomb (issue 17, item 12): every part is inflated to check it,
/// and the bytes are counted as they come out, whatever the zip's headers claim.
@Suite("Report upload: zip bombs")
struct UploadCheckBombTests {
    /// A .docx whose document.xml inflates to `inflated` spaces while its central directory claims 2 KB.
    static func bomb(inflated: Int) throws -> [UInt8] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        let archive = try Archive(url: url, accessMode: .create)
        try archive.addEntry(
            with: "word/document.xml", type: .file, uncompressedSize: Int64(inflated),
            compressionMethod: .deflate
        ) { _, size in Data(repeating: 0x20, count: size) }
        var bytes = [UInt8](try Data(contentsOf: url))
        let central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        let at = try #require((0..<(bytes.count - 4)).first { Array(bytes[$0..<($0 + 4)]) == central })
        for (k, b) in [UInt8(0xD0), 0x07, 0, 0].enumerated() { bytes[at + 24 + k] = b }
        return bytes
    }

    @Test("a .docx that unpacks past the limit is refused with a reason a secretary can read")
    func refused() throws {
        let content = try Self.bomb(inflated: 24 * 1024 * 1024)
        #expect(content.count < 200_000)
        let archive = try Archive(data: Data(content), accessMode: .read)
        #expect(archive["word/document.xml"]?.uncompressedSize == 2_000)
        do {
            try UploadCheck.checkDOCX(filename: "report.docx", content: content, unpackLimit: 16 * 1024 * 1024)
            Issue.record("the bomb passed the check")
        } catch let refusal as UploadCheck.Refusal {
            #expect(refusal.reason == "report.docx: the .docx unpacks to more than 16 MB; a Word report is far smaller (is it a zip bomb?)")
        }
        // Under the limit the same document passes (its parts are whole and their checksums right).
        try UploadCheck.checkDOCX(filename: "report.docx", content: content, unpackLimit: 32 * 1024 * 1024)
    }
}
