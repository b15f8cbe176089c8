import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookImport
import MinutebookServices
import MinutebookStore
import MinutebookTestSupport
import Testing

@testable import MinutebookWeb

/// Issue 20: imported minutes print every resolution once, on the meeting page and in the pack
/// (the importer keeps a decision once, at its place in the narrative).
@Suite("Imported samples print each resolution once", .enabled(if: SampleFiles.samples != nil, "../shared/samples is not beside this clone"))
struct SampleMinutesPrintTests {
    static let samples = [
        "sbp-2017-10-16-minutes.txt", "sbp-2018-03-26-agenda-pack.txt", "sbp-2018-09-06-minutes.txt",
        "sbp-2018-11-29-agenda-pack.md", "sbp-2024-02-29-agenda-pack.txt"
    ]

    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    static func occurrences(of needle: String, in haystack: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        return haystack.components(separatedBy: needle).count - 1
    }

    /// The page without its actions tables (an action repeats the decision it carries out, by design).
    static func withoutActionTables(_ html: String) -> String {
        var rest = Substring(html)
        var out = ""
        while let start = rest.range(of: "<table class=\"actions\">") {
            out += rest[..<start.lowerBound]
            guard let end = rest[start.upperBound...].range(of: "</table>") else { return out }
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// A distinctive piece of a decision as a page prints it (escaped, up to its first line break;
    /// without its first letter, which "RESOLVED that the ..." may print in lower case).
    static func needle(_ resolution: String) -> String {
        let firstLine = resolution.split(separator: "\n").first.map(String.init) ?? resolution
        return escaped(String(firstLine.dropFirst().prefix(60)))
    }

    @Test("every decision of the five samples appears once in the minutes of its meeting page")
    func meetingPages() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let folder = try #require(SampleFiles.samples)
        // A meeting found in two samples is stored once, as the later import wrote it.
        var byPath: [String: MeetingRecord] = [:]
        for name in Self.samples {
            let url = folder.appendingPathComponent(name)
            for record in try MinutesImporter().records(fromFile: url) {
                _ = try await MeetingImportWriter(database: database).write(record, file: name, partnership: "riverside")
                let slug = try #require(
                    try await database.read { db in
                        try String.fetchOne(db, sql: "SELECT slug FROM body WHERE name = ?", arguments: [record.body])
                    })
                byPath[SitePath.meeting(partnership: "riverside", body: slug, date: record.date).path] = record
            }
        }
        let checked = byPath.flatMap { path, record in record.items.filter { !$0.resolutions.isEmpty }.map { (path: path, item: $0) } }
        #expect(checked.count > 20)
        let items = checked
        try await app.test(.router) { client in
            let admin = TestBrowser(client)
            try await admin.signIn(accounts.admin, Fixture.password)
            var pages: [String: String] = [:]
            for (path, item) in items {
                if pages[path] == nil {
                    let page = try await admin.get(path)
                    #expect(page.status == .ok)
                    pages[path] = Self.withoutActionTables(page.html)
                }
                let html = try #require(pages[path])
                for resolution in item.resolutions {
                    // A decision repeated word for word within one minute's list would be counted twice: count per item.
                    let twins = item.resolutions.filter { Self.needle($0) == Self.needle(resolution) }.count
                    let sameElsewhere = items.filter { $0.path == path && $0.item != item }
                        .flatMap(\.item.resolutions).filter { Self.needle($0) == Self.needle(resolution) }.count
                    #expect(
                        Self.occurrences(of: Self.needle(resolution), in: html) == twins + sameElsewhere,
                        "\(path) minute \(item.number ?? item.title): \(resolution)")
                }
                for note in item.postMeetingNotes {
                    #expect(Self.occurrences(of: Self.escaped(String(note.prefix(50))), in: html) == 1, "\(path): \(note)")
                }
            }
        }
    }

    @Test("the pack of 26 March 2018 prints the minutes of 19 December 2017 with each decision once")
    func packOfMarch2018() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-print-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        let url = try #require(SampleFiles.samples).appendingPathComponent("sbp-2018-03-26-agenda-pack.txt")
        let record = try #require(try MinutesImporter().records(fromFile: url).first)
        _ = try await MeetingImportWriter(database: database).write(record, file: url.lastPathComponent)
        let bodyName = record.body
        let bodyID = try #require(
            try await database.read { db in try Int64.fetchOne(db, sql: "SELECT id FROM body WHERE name = ?", arguments: [bodyName]) })
        // The secretariat makes the 26 March 2018 meeting.
        var world = try database.world()
        let meetingID = world.meeting(of: bodyID, on: "2018-03-26", start: "10:00")
        try database.plant(world, as: Actor("test:secretariat"))
        let agendas = GRDBAgendaRepository(database: database)
        _ = try await agendas.addItem(
            NewAgendaItem(title: "Minutes of the previous meeting", kind: .previousMinutes), to: meetingID,
            at: nil, by: .tool("test"))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("mb-print-\(UUID().uuidString).pdf")
        let builder = PackBuilder(tools: try PackTools.locate(), packs: GRDBPackRepository(database: database), agendas: agendas)
        let result = try await builder.build(
            meetingID: meetingID, edition: .members, issueDate: try #require(LocalDate(iso: "2018-03-12")),
            output: out, audience: .system)
        let html = try String(contentsOf: result.htmlURL, encoding: .utf8)
        var count = 0
        for item in record.items {
            for resolution in item.resolutions {
                count += 1
                #expect(Self.occurrences(of: Self.needle(resolution), in: html) == 1, "minute \(item.number ?? ""): \(resolution)")
            }
        }
        #expect(count == 12)
    }
}
