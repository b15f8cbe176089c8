import Foundation
import MinutebookCore
import Testing
import ZIPFoundation

@testable import MinutebookImport

/// Zip bombs (issue 17, item 12): a DOCX whose word/document.xml inflates far past what its zip
/// headers say. The reader counts the bytes as they come out and stops at its limit.
@Suite("DOCX zip bombs")
struct DOCXBombTests {
    /// A zip holding `path` that inflates to `inflated` bytes (an XML start, then spaces) while its
    /// central directory, where readers take an entry's size from, claims `claimed`.
    static func bomb(path: String = "word/document.xml", inflated: Int, claimed: UInt32 = 2_000) throws -> Data {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).docx")
        defer { try? FileManager.default.removeItem(at: url) }
        let archive = try Archive(url: url, accessMode: .create)
        let head = Data("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>".utf8)
        let space = UInt8(ascii: " ")
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(inflated), compressionMethod: .deflate) { position, size in
            let start = Int(position)
            var chunk = Data(repeating: space, count: size)
            if start < head.count {
                let n = min(head.count - start, size)
                chunk.replaceSubrange(0..<n, with: head[start..<(start + n)])
            }
            return chunk
        }
        var bytes = [UInt8](try Data(contentsOf: url))
        // Every size field of the entry says `claimed`: the central directory's (offset 24) and the local header's (22).
        func patch(_ signature: [UInt8], at offset: Int) {
            var i = 0
            while i + 4 <= bytes.count {
                if Array(bytes[i..<(i + 4)]) == signature {
                    withUnsafeBytes(of: claimed.littleEndian) { for (k, b) in $0.enumerated() { bytes[i + offset + k] = b } }
                }
                i += 1
            }
        }
        patch([0x50, 0x4B, 0x01, 0x02], at: 24)
        patch([0x50, 0x4B, 0x03, 0x04], at: 22)
        return Data(bytes)
    }

    @Test("a DOCX whose document.xml inflates past the limit is refused, though its header claims 2 KB")
    func documentBomb() throws {
        let data = try Self.bomb(inflated: DOCXReader.documentLimit + 8 * 1024 * 1024)
        #expect(data.count < 1_000_000, "the bomb is small on disk")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).docx")
        try data.write(to: url)
        do {
            _ = try MinutesImporter().records(fromFile: url)
            Issue.record("a zip bomb was read")
        } catch {
            #expect(error.reason == "is too large to read: word/document.xml unpacks to more than 64 MB (Word documents of minutes are far smaller)")
        }
        #expect(throws: ImportError.self) { try DocumentText.plainText(data, format: .docx, file: "bomb.docx") }
    }

    @Test("inflating stops at the limit: no more than the limit is ever handed on")
    func countsBytes() throws {
        let data = try Self.bomb(inflated: 4 * 1024 * 1024)
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        #expect(entry.uncompressedSize == 2_000)
        var handed = 0
        #expect(throws: ZipParts.TooLarge.self) {
            try ZipParts.inflate(archive, entry, limit: 1024 * 1024) { handed += $0.count }
        }
        #expect(handed <= 1024 * 1024)
        #expect(try ZipParts.data(archive, entry, limit: 8 * 1024 * 1024).count == 4 * 1024 * 1024)
    }

    @Test("a numbering part that is a bomb refuses the document too")
    func numberingBomb() throws {
        let data = try Self.bomb(path: "word/numbering.xml", inflated: DOCXReader.partLimit + 1024 * 1024)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("bomb-\(UUID().uuidString).docx")
        try data.write(to: url)
        // No document.xml at all here: the first refusal is that it is not a Word document.
        #expect(throws: ImportError.self) { try MinutesImporter().records(fromFile: url) }
    }

    @Test("something that does not open as a DOCX is refused with one clear line")
    func notADOCX() throws {
        for (bytes, expected) in [
            (Array("PK\u{3}\u{4}not really a zip at all".utf8), "is not a readable DOCX (Word) document: the zip archive is damaged"),
            (Array("{\\rtf1 hello}".utf8), "is not a DOCX (Word) document: it is not a zip archive")
        ] {
            do {
                _ = try DocumentText.plainText(Data(bytes), format: .docx, file: "r.docx")
                Issue.record("\(expected) was read")
            } catch {
                #expect(error.reason == expected)
            }
        }
    }
}
