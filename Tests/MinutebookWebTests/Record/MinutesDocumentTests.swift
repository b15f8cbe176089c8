import Foundation
import GRDB
import MinutebookCore
import MinutebookImport
import MinutebookServices
import MinutebookStore
import MinutebookTools
import Testing
import ZIPFoundation

/// Issue 20: the minutes as a document (DOCX and PDF) in the samples' layout, shared by web and CLI.
@Suite("The minutes document", .enabled(if: SampleFiles.samples != nil, "../shared/samples is not beside this clone"))
struct MinutesDocumentTests {
    static let admin = Audience.account(.init(userID: 1, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))

    static func december2017() async throws -> (MinutesDocument, AppDatabase) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-doc-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        let url = try #require(SampleFiles.samples).appendingPathComponent("sbp-2018-03-26-agenda-pack.txt")
        let record = try #require(try MinutesImporter().records(fromFile: url).first)
        _ = try await MeetingImportWriter(database: database).write(record, file: url.lastPathComponent)
        let meetingID = try #require(
            try await database.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM meeting WHERE date = '2017-12-19'")
            })
        let documents = MinutesDocuments(
            meetings: GRDBMeetingRepository(database: database), minutes: GRDBMinutesRepository(database: database),
            signatures: GRDBMinutesSignatureRepository(database: database))
        return (try await documents.document(meetingID: meetingID, audience: admin), database)
    }

    static func documentXML(_ docx: Data) throws -> String {
        let archive = try Archive(data: docx, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }

    /// The text between two strings.
    static func between(_ text: String, _ start: String, _ end: String) -> String? {
        guard let a = text.range(of: start), let b = text.range(of: end, range: a.upperBound..<text.endIndex) else { return nil }
        return String(text[a.upperBound..<b.lowerBound])
    }

    @Test("19 December 2017 as DOCX: minute numbers, the Action column with LG/TG beside minute 180, the end time, the Chairman's line")
    func docx() async throws {
        let (document, _) = try await Self.december2017()
        let xml = try Self.documentXML(try document.docx())
        #expect(xml.contains(">SAFER BROMLEY PARTNERSHIP STRATEGIC GROUP<"))
        #expect(
            xml.contains(">Minutes of the meeting held at 10.00 am on 19 December 2017<")
                || xml.contains(">Draft minutes of the meeting held at 10.00 am on 19 December 2017<"))
        // Minute 180's table: its number, its title, the Action heading, and LG/TG in the Action column.
        let minute180 = try #require(Self.between(xml, ">180<", ">181<"))
        #expect(minute180.contains(">RESILIENCE UPDATE<"))
        #expect(minute180.contains(">Action<"))
        #expect(minute180.contains(">LG/TG<"))
        // LG/TG stands in the row of the decisions it carries out.
        let row = try #require(minute180.components(separatedBy: "<w:tr>").first { $0.contains(">LG/TG<") })
        #expect(row.contains("RESOLVED that:") && row.contains("mass casualty exercise"))
        #expect(xml.contains(">The Meeting ended at 12.05 pm<"))
        #expect(xml.contains(">Chairman<"))
        // Each decision once.
        #expect(xml.components(separatedBy: "Victim Support is invited to participate").count - 1 == 1)
        #expect(document.isDraft == xml.contains("DRAFT – these minutes are not yet approved"))
    }

    @Test("19 December 2017 as PDF (WeasyPrint): pdftotext shows LG/TG beside minute 180")
    func pdf() async throws {
        let (document, _) = try await Self.december2017()
        let data = try await document.pdf(tools: try PackTools.locate())
        #expect(data.starts(with: Data("%PDF-".utf8)))
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("mb-minutes-\(UUID().uuidString).pdf")
        try data.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let pdftotext = try Tools.located.path(.pdftotext)
        let out = try ToolProcess.runBlocking(pdftotext, ["-layout", file.path, "-"], timeout: 60)
        #expect(out.status == 0)
        let text = out.stdout
        let minute180 = try #require(Self.between(text, "180 ", "181 "))
        #expect(minute180.contains("RESILIENCE UPDATE"))
        #expect(minute180.contains("Action"))
        // The Action column prints on the line of the decision it belongs to.
        let line = try #require(minute180.split(separator: "\n").first { $0.contains("LG/TG") })
        #expect(line.contains("RESOLVED that:"))
        #expect(text.contains("The Meeting ended at 12.05 pm"))
        #expect(text.contains("Chairman"))
    }
}
