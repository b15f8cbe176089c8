import Foundation
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTools
import ZIPFoundation

/// Times the build of a 200-page members' pack (the size measured in notes/agenda-pack-pipeline.md):
/// about 105 pages written by Minutebook, 4 Word reports and 4 PDF reports of mixed page sizes, in a
/// scratch database of invented data.
public enum PackBenchmark {
    public struct Figures: Sendable {
        public var pageCount: Int
        public var seconds: [Double]
        public var stages: [(stage: String, seconds: Double)]
    }

    public static func run(runs: Int) async throws -> Figures {
        let tools = try PackTools.locate()
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("mb-bench-pack-\(UUID().uuidString)")
        try fm.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: work) }
        let database = try AppDatabase(path: work.appendingPathComponent("bench.sqlite").path)
        let editor = Editor.tool("bench")
        try database.writeSync(as: .system) { db in
            try db.execute(
                sql: """
                    INSERT INTO partnership (id, slug, name, contactName) VALUES (1, 'bench', 'Benchmark Partnership', 'Bench Secretary');
                    INSERT INTO body (id, partnershipId, slug, name, kind) VALUES (1, 1, 'board', 'Benchmark Board', 'board');
                    INSERT INTO meeting (id, bodyId, date, municipalYear, startTime) VALUES (1, 1, '2026-01-15', 2025, '10:00');
                    """)
            for n in 1...14 {
                try db.execute(
                    sql: """
                        INSERT INTO minute (meetingId, bodyId, municipalYear, position, number, title, text) VALUES (1, 1, 2025, ?, ?, ?, ?)
                        """,
                    arguments: [n, 100 + n, "Benchmark minute \(n)", String(repeating: "The board discussed the item at length. ", count: 60)])
            }
        }
        let agendas = GRDBAgendaRepository(database: database)
        let meeting = try await agendas.scheduleMeeting(
            MeetingSchedule(
                bodyID: 1,
                date: LocalDate(year: 2026, month: 3, day: 12)
                    ?? LocalDate(dayNumber: 0)), by: editor)

        func attach(_ title: String, _ filename: String, _ format: ReportFormat, _ bytes: [UInt8], part: AgendaPart = .one) async throws {
            let id = try await agendas.addItem(
                NewAgendaItem(title: title, part: part, exemptReason: part == .two ? "Exempt" : nil),
                to: meeting.id, at: nil, by: editor)
            _ = try await agendas.attachReport(
                ReportUpload(
                    title: title, filename: filename, format: format, content: bytes,
                    sha256: SHA256Hex.digest(bytes)), to: id, by: editor)
        }
        // Seven Markdown reports of about thirteen pages each.
        for n in 1...7 {
            var text = "# Benchmark report \(n)\n\n"
            for section in 1...28 {
                text += "## Section \(section)\n\n" + String(repeating: "Partnership performance is reviewed against the plan. ", count: 25)
                text += "\n\n| Measure | Target | Actual |\n|---|---|---|\n| Reports | 10 | 12 |\n| Visits | 40 | 38 |\n\n"
            }
            try await attach("Markdown report \(n)", "report-\(n).md", .markdown, Array(text.utf8))
        }
        for (n, pages) in [12, 12, 11, 11].enumerated() {
            try await attach("Word report \(n + 1)", "word-\(n + 1).docx", .docx, try minimalDOCX(pages: pages, label: "Word report \(n + 1)"))
        }
        let pdfDir = work.appendingPathComponent("pdf")
        try fm.createDirectory(at: pdfDir, withIntermediateDirectories: true)
        for (n, spec) in [(13, "A4"), (12, "letter"), (12, "A4 landscape"), (12, "A4")].enumerated() {
            let url = pdfDir.appendingPathComponent("pdf-\(n + 1).pdf")
            let script = """
                import sys, weasyprint
                pages = int(sys.argv[2])
                body = ''.join(f'<section style="break-before: page"><h1>PDF report page {i}</h1></section>' for i in range(1, pages + 1))
                weasyprint.HTML(string=f'<style>@page {{ size: {sys.argv[3]} }}</style>' + body).write_pdf(sys.argv[1])
                """
            let made = try tools.run(tools.python, ["-c", script, url.path, String(spec.0), spec.1], timeout: 120)
            guard made.status == 0, let data = fm.contents(atPath: url.path) else {
                throw DomainError.invalid("could not make the benchmark PDF: \(made.stderr)")
            }
            try await attach("PDF report \(n + 1)", "pdf-\(n + 1).pdf", .pdf, [UInt8](data), part: n == 3 ? .two : .one)
        }

        let builder = PackBuilder(tools: tools, packs: GRDBPackRepository(database: database), agendas: agendas)
        var seconds: [Double] = []
        var last: PackBuilder.Result?
        for run in 0..<runs {
            let start = Date()
            last = try await builder.build(
                meetingID: meeting.id, edition: .members,
                issueDate: LocalDate(year: 2026, month: 3, day: 3)
                    ?? LocalDate(dayNumber: 0), output: work.appendingPathComponent("pack-\(run).pdf"),
                audience: .system)
            seconds.append(Date().timeIntervalSince(start))
        }
        return Figures(pageCount: last?.pageCount ?? 0, seconds: seconds, stages: last?.timings ?? [])
    }

    /// A Word document of `pages` pages separated by page breaks, written directly as OOXML.
    public static func minimalDOCX(pages: Int, label: String) throws -> [UInt8] {
        var body = ""
        for page in 1...pages {
            body += "<w:p><w:r><w:t>\(label), page \(page)</w:t></w:r></w:p>"
            body += String(repeating: "<w:p><w:r><w:t>The sub-group reports progress against its action plan.</w:t></w:r></w:p>", count: 8)
            if page < pages { body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>" }
        }
        let files: [(String, String)] = [
            (
                "[Content_Types].xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
                """
            ),
            (
                "_rels/.rels",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
                """
            ),
            (
                "word/document.xml",
                """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr></w:body></w:document>
                """
            )
        ]
        let archive = try Archive(accessMode: .create)
        for (path, text) in files {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw DomainError.invalid("could not write the benchmark Word file") }
        return [UInt8](data)
    }
}
