import Foundation
import MinutebookCore
import Testing
import ZIPFoundation

@testable import MinutebookImport

/// Word minutes built here, in a zip made with ZIPFoundation: a table Item | Minute | Action.
@Suite("DOCX minutes")
struct DOCXImportTests {
    static func paragraph(_ text: String, style: String? = nil) -> String {
        let props = style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? ""
        let escaped = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        return "<w:p>\(props)<w:r><w:t xml:space=\"preserve\">\(escaped)</w:t></w:r></w:p>"
    }

    static func row(_ cells: [[String]]) -> String {
        "<w:tr>" + cells.map { "<w:tc>" + $0.map { paragraph($0) }.joined() + "</w:tc>" }.joined() + "</w:tr>"
    }

    static func document() -> String {
        var body = paragraph("Fenwick Partnership Board", style: "Title")
        body += paragraph("Minutes of the meeting held at 11.00 am on 2 May 2024")
        body += paragraph("Present: Rhiannon Vaughan (Chair), Osman Ali, Zofia Nowicka (via Teams)")
        body += "<w:tbl>" + row([["Item"], ["Minute"], ["Action"]])
        body += row([["7"], ["Community safety plan", "The board reviewed the plan.", "RESOLVED that the plan is adopted."], ["RV"]])
        body += row([["8"], ["Budget monitoring", "RESOLVED that the budget is noted."], ["OA/ZN"]])
        body += row([["9"], ["Any other business", "None."], [""]]) + "</w:tbl>"
        return """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """
    }

    static func docx(_ xml: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-\(UUID().uuidString).docx")
        let archive = try Archive(url: url, accessMode: .create)
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
            position, size in data.subdata(in: Int(position)..<Int(position) + size)
        }
        return url
    }

    @Test("a Word table of minutes gives numbers, titles, resolutions and owners")
    func wordTable() throws {
        let records = try MinutesImporter().records(fromFile: try Self.docx(Self.document()))
        let r = try #require(records.first)
        #expect(r.body == "Fenwick Partnership Board")
        #expect(r.date.iso == "2024-05-02")
        #expect(r.numbers == ["7", "8", "9"])
        #expect(r.item("7")?.title == "Community safety plan")
        #expect(r.item("7")?.resolutions == ["The plan is adopted."])
        #expect(r.item("7")?.actions.first?.ownerNames == ["Rhiannon Vaughan"])
        #expect(r.item("8")?.actions.first?.owners == ["OA", "ZN"])
        #expect(r.item("8")?.actions.first?.ownerNames == ["Osman Ali", "Zofia Nowicka"])
        #expect(r.attendee("Zofia Nowicka", .virtual) != nil)
        #expect(r.item("9")?.actions.isEmpty == true)
    }

    @Test("a zip without word/document.xml, and a damaged document.xml, are refused clearly")
    func notWord() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("notword-\(UUID().uuidString).docx")
        let archive = try Archive(url: url, accessMode: .create)
        let data = Data("hello".utf8)
        try archive.addEntry(with: "readme.txt", type: .file, uncompressedSize: Int64(data.count)) { p, s in
            data.subdata(in: Int(p)..<Int(p) + s)
        }
        #expect(throws: ImportError.self) { try MinutesImporter().records(fromFile: url) }
        let broken = try Self.docx("<w:document><w:body><w:p>unclosed")
        do {
            _ = try MinutesImporter().records(fromFile: broken)
            Issue.record("a malformed document.xml was accepted")
        } catch {
            #expect(error.reason.contains("malformed") || error.reason.contains("cut short"))
        }
    }
}
