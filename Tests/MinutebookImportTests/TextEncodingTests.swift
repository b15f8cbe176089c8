import Foundation
import MinutebookCore
import Testing

@testable import MinutebookImport

/// Issue 25: text minutes in the encodings old systems saved them in, re-encoded here from one
/// invented UTF-8 source, each read to the same record with a warning naming the encoding assumed.
@Suite("Text encodings")
struct TextEncodingTests {
    static let source = """
        KESTREL VALE SAFETY BOARD

        Minutes of the meeting held at 10.00 am on 6 March 2025

        Present:
        Renée Fairweather, (Council Lead) (Chairman)
        Piotr Zielinski, (Police Inspector)

        5\tAPOLOGIES FOR ABSENCE\tAction
        \tApologies were received from Ewan Shaw.\t
        6\tCAFÉ PATROLS\tAction
        \tRESOLVED that £500 is spent on the café patrols.\t
        \t\tPZ
        7\tDATE OF NEXT MEETING\tAction
        \tThe next meeting will be on 5 June 2025 at 10.00 am.\t
        """

    func read(_ data: Data, _ ext: String = "txt") throws -> MeetingRecord {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("enc-\(UUID().uuidString).\(ext)")
        try data.write(to: url)
        return try #require(try MinutesImporter().records(fromFile: url).first)
    }

    @Test("UTF-8 with and without a BOM, UTF-16 LE/BE with a BOM, Windows-1252, ISO-8859-1 and Mac Roman, CRLF and CR")
    func encodings() throws {
        let expected = try read(Data(Self.source.utf8))
        #expect(expected.warnings.allSatisfy { !$0.hasPrefix("read as") })
        #expect(expected.attendance.contains { $0.name == "Renée Fairweather" })
        let crlf = Self.source.replacingOccurrences(of: "\n", with: "\r\n")
        let cr = Self.source.replacingOccurrences(of: "\n", with: "\r")
        let cases: [(String, Data, String?)] = [
            ("UTF-8 BOM", Data([0xEF, 0xBB, 0xBF]) + Data(Self.source.utf8), nil),
            ("UTF-16 LE", Data([0xFF, 0xFE]) + Self.source.data(using: .utf16LittleEndian)!, "UTF-16 (little-endian)"),
            ("UTF-16 BE", Data([0xFE, 0xFF]) + crlf.data(using: .utf16BigEndian)!, "UTF-16 (big-endian)"),
            ("Windows-1252 CRLF", (crlf + "\r\nSigned \u{2013} \u{2018}Chair\u{2019}\r\n").data(using: .windowsCP1252)!, "Windows-1252"),
            ("ISO-8859-1", Self.source.data(using: .isoLatin1)!, "ISO-8859-1"),
            ("Mac Roman CR", try #require(MacRomanTests.encode(cr)), "Mac Roman")
        ]
        for (name, data, assumed) in cases {
            var record = try read(data)
            if let assumed {
                #expect(record.warnings.first == "read as \(assumed) text, not UTF-8: check accented letters and symbols", "\(name)")
                record.warnings.removeFirst()
            }
            #expect(record.attendance == expected.attendance, "\(name)")
            #expect(record.items.map(\.title) == expected.items.map(\.title), "\(name)")
            #expect(record.item("6")?.resolutions == expected.item("6")?.resolutions, "\(name)")
            #expect(record.date == expected.date && record.body == expected.body, "\(name)")
        }
    }

    @Test("the reader is chosen by content: RTF in a .txt, DOCX in a .doc, a PDF without its extension")
    func sniffing() {
        #expect(DocumentFormat.choose(fileExtension: "txt", data: Data("{\\rtf1\\ansi hello}".utf8)) == .rtf)
        #expect(DocumentFormat.choose(fileExtension: "doc", data: Data([0x50, 0x4B, 0x03, 0x04, 0, 0])) == .docx)
        #expect(DocumentFormat.choose(fileExtension: "docx", data: Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) == .doc)
        #expect(DocumentFormat.choose(fileExtension: "", data: Data("%PDF-1.4\n".utf8)) == .pdf)
        #expect(DocumentFormat.choose(fileExtension: "md", data: Data("# Minutes".utf8)) == .markdown)
        #expect(DocumentFormat.choose(fileExtension: "txt", data: Data("<html><body>x".utf8)) == .text)
    }
}

/// Mac Roman is decoded from the project's own table: Foundation's on Linux reads 0xD0 (the en dash)
/// as a dotless i.
@Suite("Mac Roman")
struct MacRomanTests {
    /// `text` in Mac Roman by the importer's table (Foundation's encoder on Linux shares its decoder's
    /// mistakes, so a round trip through it proves nothing); nil for a character Mac Roman lacks.
    static func encode(_ text: String) -> Data? {
        var bytes: [UInt8] = []
        for c in text {
            if let a = c.asciiValue { bytes.append(a); continue }
            guard let k = TextDecoding.macRomanHigh.firstIndex(of: c) else { return nil }
            bytes.append(UInt8(0x80 + k))
        }
        return Data(bytes)
    }

    @Test("the upper half has 128 characters; dashes, quotes, the pound sign and ligatures where Apple puts them")
    func table() {
        #expect(TextDecoding.macRomanHigh.count == 128)
        #expect(TextDecoding.macRoman([0x41, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xA3, 0x8E, 0xDE, 0xDB]) == "A–—“”‘’£éﬁ€")
    }

    @Test("a Mac Roman export with an en dash and curly quotes is read as Mac Roman")
    func sniffed() throws {
        let mac: [UInt8] = Array("Board ".utf8) + [0xD0] + Array(" minutes, the Chair".utf8) + [0xD5] + Array("s report".utf8)
        let decoded = try TextDecoding.decode(Data(mac), file: "mac.txt")
        #expect(decoded.assumed == "Mac Roman")
        #expect(decoded.text == "Board \u{2013} minutes, the Chair\u{2019}s report")
    }
}
