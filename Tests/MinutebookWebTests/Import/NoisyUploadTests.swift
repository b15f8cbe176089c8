import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookImport
import MinutebookStore
import MinutebookTools
import Testing

@testable import MinutebookWeb

/// Uploads whose PDF keeps pdftotext busy (issue 17, item 1): over real HTTP, each is answered with
/// a one-line refusal when the program passes its time limit, and /healthz answers all the while.
@Suite("Slow PDF uploads", .enabled(if: Tools.located.has(.pdftotext), "pdftotext is not installed"))
struct NoisyUploadTests {
    /// A one-page PDF: a title, `scattered` small words laid out over the page (slow for `pdftotext
    /// -layout`) and `noise` unknown operators (one warning each on pdftotext's error output).
    static func pdf(scattered: Int, noise: Int) -> [UInt8] {
        var content = "BT /F1 11 Tf 72 780 Td (RIVERSIDE BOARD) Tj ET\n"
        for i in 0..<scattered { content += "BT /F1 3 Tf \((i * 37) % 590) \((i * 53) % 840) Td (w\(i % 97)) Tj ET\n" }
        content += String(repeating: "zz\n", count: noise)
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
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
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }

    @Test("three slow, noisy PDFs uploaded at once are each refused within the limit while /healthz answers")
    func slowUploads() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-web-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        var configuration = AppConfiguration(passwordHashCost: 4)
        configuration.reading = ReadingTools(timeout: 0.3)
        let app = buildApplication(configuration: configuration, database: database)
        let accounts = try await Fixture.seed(database)
        let pdf = Self.pdf(scattered: 150_000, noise: 20_000)
        try await app.test(.live) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/minutes-import")
            let pages = MinutesImportPageTests()
            try await withThrowingTaskGroup(of: (HTTPResponse.Status, String).self) { group in
                for k in 0..<3 {
                    group.addTask {
                        try await pages.upload(
                            secretary, client, filename: "scan-\(k).pdf", content: pdf,
                            fields: [("body", ""), ("status", "auto")])
                    }
                }
                // /healthz while the uploads are read.
                var answered = 0
                for _ in 0..<10 {
                    let health = try await client.execute(uri: "/healthz", method: .get)
                    #expect(health.status == .ok)
                    answered += 1
                }
                #expect(answered == 10)
                for try await (status, html) in group {
                    #expect(status == .badRequest)
                    #expect(html.contains("pdftotext did not finish within 0.3 s and was stopped"))
                    #expect(html.contains("There is a problem"))
                }
            }
        }
    }
}
