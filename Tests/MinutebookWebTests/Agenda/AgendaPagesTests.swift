import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("Agenda and pack pages")
struct AgendaPagesTests {
    static let secret = "HERON-CLOSED-SESSION-PHRASE"

    /// Posts a report file as multipart/form-data with the browser's CSRF token.
    func upload(
        _ browser: TestBrowser, _ client: any TestClientProtocol, _ uri: String, filename: String, content: [UInt8]
    ) async throws -> (HTTPResponse.Status, String) {
        let boundary = "mbtestboundary42"
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(browser.lastCSRF ?? "")\r\n".utf8)
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8)
        body += content + Array("\r\n--\(boundary)--\r\n".utf8)
        var headers: HTTPFields = [:]
        headers[.cookie] = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
        return (response.status, String(buffer: response.body))
    }

    @Test("the secretariat schedules, edits, uploads and issues; the public sees only Part 1; bad uploads are refused")
    func wholeCycle() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let anonymous = TestBrowser(client)
            #expect(try await anonymous.get("/p/riverside/bodies/board/schedule").status == .seeOther)

            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/bodies/board/schedule")
            let bad = try await secretary.post("/p/riverside/bodies/board/schedule", [("date", "not a date")])
            #expect(bad.status == .badRequest && bad.html.contains("There is a problem"))
            let scheduled = try await secretary.post("/p/riverside/bodies/board/schedule", [("date", "2026-03-12"), ("time", "10:00")])
            #expect(scheduled.status == .seeOther)
            let base = "/p/riverside/bodies/board/meetings/2026-03-12"
            var edit = try await secretary.get("\(base)/agenda/edit")
            #expect(edit.status == .ok && edit.html.contains("Apologies for absence") && edit.html.contains("Questions by"))

            let missingReason = try await secretary.post("\(base)/agenda/items", [("title", "Closed review"), ("part", "2")])
            #expect(missingReason.status == .badRequest && missingReason.html.contains("exempt reason"))
            #expect(
                try await secretary.post(
                    "\(base)/agenda/items",
                    [
                        ("title", "Closed review"), ("part", "2"),
                        ("exemptReason", "Information about individuals")
                    ]
                ).status == .seeOther)
            #expect(try await secretary.post("\(base)/agenda/items", [("title", "Police update"), ("expectsReport", "1")]).status == .seeOther)

            let agendas = GRDBAgendaRepository(database: database)
            let meetingDate = try #require(LocalDate(iso: "2026-03-12"))
            let meetingID = try #require(
                try await GRDBMeetingRepository(database: database)
                    .meeting(bodySlugOrName: "board", partnership: "riverside", date: meetingDate)?.id)
            let everything = Audience.account(.init(userID: 0, role: .administrator, partnershipID: nil, personID: nil, memberOfBodyIDs: []))
            var agenda = try #require(try await agendas.agenda(of: meetingID, audience: everything))
            let closed = try #require(agenda.entries.first { $0.item.title == "Closed review" })
            let police = try #require(agenda.entries.first { $0.item.title == "Police update" })

            edit = try await secretary.get("\(base)/agenda/edit")
            let empty = try await upload(secretary, client, "\(base)/agenda/items/\(police.id)/report", filename: "police.pdf", content: [])
            #expect(empty.0 == .badRequest && empty.1.contains("empty (0 bytes)"))
            let secretReport = Array("# Review\n\n\(Self.secret) appears only in Part 2.\n".utf8)
            #expect(
                try await upload(secretary, client, "\(base)/agenda/items/\(closed.id)/report", filename: "review.md", content: secretReport).0
                    == .seeOther)
            let policeReport = Array("<h1>Police</h1><p>Burglary fell.</p><script>alert(1)</script>".utf8)
            #expect(
                try await upload(secretary, client, "\(base)/agenda/items/\(police.id)/report", filename: "police.html", content: policeReport).0
                    == .seeOther)

            // Move the police update to the top and check the numbering followed.
            _ = try await secretary.get("\(base)/agenda/edit")
            for _ in 0..<12 { _ = try await secretary.post("\(base)/agenda/items/\(police.id)/up", []) }
            agenda = try #require(try await agendas.agenda(of: meetingID, audience: everything))
            #expect(agenda.entries.first?.id == police.id && agenda.entries.first?.item.number == "1")

            #expect(try await anonymous.get("\(base)/pack.pdf").status == .notFound)
            _ = try await secretary.get("\(base)/agenda/edit")
            let issued = try await secretary.post("\(base)/pack/issue", [])
            #expect(issued.status == .seeOther)
            #expect(try await secretary.get("\(base)/agenda/edit").html.contains("No email was sent: no mail server is configured."))

            let pdf = try await anonymous.get("\(base)/pack.pdf")
            #expect(pdf.status == .ok && pdf.headers[.contentType] == "application/pdf" && pdf.html.hasPrefix("%PDF-"))
            let html = try await anonymous.get("\(base)/pack.html")
            #expect(html.status == .ok && html.html.contains("Burglary fell."))
            #expect(!html.html.contains(Self.secret) && !html.html.contains("Closed review") && !html.html.contains("<script>"))

            let officer = TestBrowser(client)
            try await officer.signIn(accounts.officer, Fixture.password)
            #expect(try await officer.get("\(base)/pack/preview.pdf").status == .forbidden)
            #expect(try await officer.get("\(base)/agenda/edit").status == .forbidden)
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            let preview = try await member.get("\(base)/pack/preview.pdf")
            #expect(preview.status == .ok && preview.html.hasPrefix("%PDF-"))
        }
    }

    @Test("the forward plan takes proposals, defers with history and refuses a Part 2 item without a reason")
    func forwardPlan() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/bodies/board/schedule")
            _ = try await secretary.post("/p/riverside/bodies/board/schedule", [("date", "2099-03-12")])
            _ = try await secretary.get("/p/riverside/bodies/board/forward-plan")
            let refused = try await secretary.post(
                "/p/riverside/bodies/board/forward-plan", [("title", "Closed item"), ("proposer", "Chair"), ("part", "2")])
            #expect(refused.status == .badRequest && refused.html.contains("exempt reason"))
            #expect(
                try await secretary.post(
                    "/p/riverside/bodies/board/forward-plan",
                    [("title", "CCTV strategy"), ("proposer", "Ada Quill"), ("target", "2099-03-12")]
                ).status == .seeOther)
            let item = try #require(try await GRDBForwardPlanRepository(database: database).items(of: 1).first)
            #expect(item.status == .scheduled)
            _ = try await secretary.get("/p/riverside/bodies/board/forward-plan")
            #expect(
                try await secretary.post(
                    "/p/riverside/bodies/board/forward-plan/\(item.id)/defer",
                    [("target", ""), ("reason", "awaiting costs")]
                ).status == .seeOther)
            let page = try await secretary.get("/p/riverside/bodies/board/forward-plan")
            #expect(page.html.contains("Deferred") && page.html.contains("awaiting costs"))
        }
    }
}
