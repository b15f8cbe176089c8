import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import MinutebookTools
import Testing

@testable import MinutebookWeb

/// Issue 24 item 3: the meeting page's "Documents" lists each current document once, as a link that
/// answers with the document; the pack's earlier issues sit under "Previous versions"; a Part 2 or
/// unpublished document is neither listed nor served to the public (planted text never shows).
@Suite("The meeting page links every document it lists")
struct MeetingDocumentLinksTests {
    static let secret = "zqexemptdocumentsecret", draft = "zqunpublisheddraftsecret"

    func upload(_ text: String, name: String, to item: Int64, _ agendas: any AgendaRepository) async throws -> ReportVersion {
        let bytes = Array(text.utf8)
        return try await agendas.attachReport(
            ReportUpload(
                title: "Report: \(name)", filename: "\(name).md", format: .markdown, content: bytes,
                sha256: SHA256Hex.digest(bytes), text: text), to: item, by: .tool("test"))
    }

    /// Every `/documents/` link of a page.
    static func documentLinks(_ html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first.map(String.init) }
            .filter { $0.contains("/documents/") }
    }

    @Test("current documents once, each a working link; earlier pack issues under 'Previous versions'; nothing exempt or unpublished in public")
    func documents() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let base = "/p/riverside/bodies/board/meetings/2026-03-12"
        let repositories = Repositories.sqlite(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/bodies/board/schedule")
            #expect(try await secretary.post("/p/riverside/bodies/board/schedule", [("date", "2026-03-12")]).status == .seeOther)
            let day = try #require(LocalDate(iso: "2026-03-12"))
            let meeting = try #require(try await repositories.meetings.meeting(bodySlugOrName: "board", partnership: "riverside", date: day))
            let open = try await repositories.agendas.addItem(NewAgendaItem(title: "Youth diversion"), to: meeting.id, at: nil, by: .tool("test"))
            let closed = try await repositories.agendas.addItem(
                NewAgendaItem(title: "Closed review", part: .two, exemptReason: "Individuals"),
                to: meeting.id, at: nil, by: .tool("test"))
            _ = try await upload("First draft of the diversion report.", name: "diversion-v1", to: open, repositories.agendas)
            let current = try await upload("The diversion panel met four times.", name: "diversion-v2", to: open, repositories.agendas)
            let exempt = try await upload("Named case \(Self.secret).", name: "closed", to: closed, repositories.agendas)
            _ = try await secretary.get("\(base)/agenda/edit")
            #expect(try await secretary.post("\(base)/pack/issue", []).status == .seeOther)
            _ = try await secretary.get("\(base)/agenda/edit")
            #expect(try await secretary.post("\(base)/pack/issue", []).status == .seeOther)
            // Uploaded after the issue: not published until the pack is issued again.
            let late = try await upload("Late paper \(Self.draft).", name: "diversion-v3", to: open, repositories.agendas)

            let anonymous = TestBrowser(client)
            let page = try await anonymous.get(base)
            #expect(page.status == .ok)
            #expect(!page.html.contains(Self.secret) && !page.html.contains(Self.draft) && !page.html.contains("closed.md"))
            let links = Self.documentLinks(page.html)
            #expect(Set(links).count == links.count, "a document is listed twice: \(links)")
            #expect(links.contains("\(base)/documents/\(current.id)"), "the current report is a link")
            #expect(!links.contains("\(base)/documents/\(exempt.id)") && !links.contains("\(base)/documents/\(late.id)"))
            #expect(page.html.contains("Previous versions"), "the first issue of the pack is under 'Previous versions'")
            #expect(page.html.components(separatedBy: "Previous versions").count == 2, "one 'Previous versions' list, under the pack")
            #expect(links.count == 3, "the current report and the first issue's PDF and web page: \(links)")
            for link in links {
                let document = try await anonymous.get(link)
                #expect(document.status == .ok, "\(link) answered \(document.status)")
                #expect(document.headers[.contentSecurityPolicy]?.hasPrefix("sandbox") == true)
            }
            let report = try await anonymous.get("\(base)/documents/\(current.id)")
            #expect(report.html == "The diversion panel met four times." && report.headers[.contentType] == "text/markdown; charset=utf-8")
            // Exempt and unpublished documents are not even said to exist.
            for id in [exempt.id, late.id] {
                let refused = try await anonymous.get("\(base)/documents/\(id)")
                #expect(refused.status == .notFound && !refused.html.contains(Self.secret) && !refused.html.contains(Self.draft))
            }
            #expect(try await anonymous.get("\(base)/documents/999999").status == .notFound)

            // The secretariat sees them all, each once, and may open the exempt one.
            let own = try await secretary.get(base)
            let ownLinks = Self.documentLinks(own.html)
            #expect(Set(ownLinks).count == ownLinks.count)
            #expect(ownLinks.contains("\(base)/documents/\(exempt.id)") && ownLinks.contains("\(base)/documents/\(late.id)"))
            let exemptCopy = try await secretary.get("\(base)/documents/\(exempt.id)")
            #expect(exemptCopy.status == .ok && exemptCopy.html.contains(Self.secret))
            #expect(exemptCopy.headers[.cacheControl] == "private, no-cache")
        }
    }
}
