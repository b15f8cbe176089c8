import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("Minutes import pages")
struct MinutesImportPageTests {
    /// Invented minutes of the seeded Riverside Board; 'TO' fits two attendees.
    static let minutes = """
        RIVERSIDE BOARD

        Minutes of the meeting held at 2.00 pm on 14 March 2019

        Present:
        Ada Quill, (Council Leader) (Chairman)
        Tom Okafor, (Vale Police Inspector)
        Tessa Orme, (Riverside Housing Manager)

        12\tAPOLOGIES FOR ABSENCE\tAction
        \tApologies were received from Cara Lind.\t
        13\tQUAYSIDE <PATROLS> UPDATE\tAction
        \tThe Board heard about the Quayside patrols.\t
        \tRESOLVED that a patrol report is brought to the next meeting.\tTO
        14\tDATE OF NEXT MEETING\tAction
        \tThe next meeting will be held on 13 June 2019 at 2.00 pm.\t

        The meeting ended at 3.40 pm
        """

    /// Posts the upload form as multipart/form-data with the browser's CSRF token.
    func upload(
        _ browser: TestBrowser, _ client: any TestClientProtocol, filename: String?, content: [UInt8],
        fields: [(String, String)] = []
    ) async throws -> (status: HTTPResponse.Status, html: String) {
        let boundary = "mbminutesboundary7"
        var body: [UInt8] = []
        for (name, value) in [("csrf", browser.lastCSRF ?? "")] + fields {
            body += Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Array(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename ?? "")\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                .utf8)
        body += content + Array("\r\n--\(boundary)--\r\n".utf8)
        var headers: HTTPFields = [:]
        headers[.cookie] = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ")
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        let response = try await client.execute(
            uri: "/p/riverside/minutes-import", method: .post, headers: headers,
            body: ByteBuffer(bytes: body))
        let html = String(buffer: response.body)
        return (response.status, html)
    }

    func hidden(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    func count(_ database: AppDatabase, _ sql: String) async throws -> Int {
        try await database.read { try Int.fetchOne($0, sql: sql) ?? 0 }
    }

    @Test("only the secretariat may import: anonymous visitors sign in first, members are refused")
    func onlySecretariat() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            #expect(try await TestBrowser(client).get("/p/riverside/minutes-import").status == .seeOther)
            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get("/p/riverside/minutes-import").status == .forbidden)
            #expect(!(try await member.get("/p/riverside").html.contains("/p/riverside/minutes-import")))
            let (status, _) = try await upload(member, client, filename: "m.txt", content: Array(Self.minutes.utf8))
            #expect(status == .forbidden)
        }
        #expect(try await count(database, "SELECT COUNT(*) FROM meeting") == 0)
    }

    @Test("upload, preview with warnings and nothing written, confirm: the meeting is stored, audited as the user, linked")
    func previewThenConfirm() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let audits = try await count(database, "SELECT COUNT(*) FROM audit")
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            let home = try await secretary.get("/p/riverside")
            #expect(home.html.contains("href=\"/p/riverside/minutes-import\""))
            let bodyPage = try await secretary.get("/p/riverside/bodies/board")
            #expect(bodyPage.html.contains("href=\"/p/riverside/minutes-import?body=board\""))
            let form = try await secretary.get("/p/riverside/minutes-import?body=board")
            #expect(form.status == .ok)
            #expect(form.html.contains("<option value=\"board\" selected>"))

            let preview = try await upload(
                secretary, client, filename: "march-2019.txt", content: Array(Self.minutes.utf8),
                fields: [("body", ""), ("status", "auto")])
            #expect(preview.status == .ok)
            #expect(preview.html.contains("Riverside Board: Thursday 14 March 2019"))
            #expect(preview.html.contains("Tessa Orme"))
            #expect(preview.html.contains("Quayside &lt;patrols&gt; Update"))
            #expect(!preview.html.contains("<PATROLS>"))
            #expect(preview.html.contains("A patrol report is brought to the next meeting."))
            #expect(preview.html.contains("could be Tom Okafor or Tessa Orme"))
            #expect(preview.html.contains("Nothing has been stored yet"))
            #expect(try await count(database, "SELECT COUNT(*) FROM audit") == audits)

            let digest = try #require(hidden("upload", in: preview.html))
            let done = try await secretary.post(
                "/p/riverside/minutes-import/confirm",
                [
                    ("upload", digest), ("filename", "march-2019.txt"), ("body", ""), ("status", "auto")
                ])
            #expect(done.status == .ok)
            #expect(done.html.contains("Minutes imported"))
            #expect(done.html.contains("href=\"/p/riverside/bodies/board/meetings/2019-03-14\""))
            // The staged document is gone once imported.
            let again = try await secretary.post("/p/riverside/minutes-import/confirm", [("upload", digest), ("filename", "x.txt")])
            #expect(again.status == .badRequest)
            #expect(again.html.contains("upload it again"))
            // A token that is not a digest is refused, never read as a path.
            let forged = try await secretary.post("/p/riverside/minutes-import/confirm", [("upload", "../../etc/passwd")])
            #expect(forged.status == .badRequest)
        }
        #expect(
            try await count(database, "SELECT COUNT(*) FROM meeting WHERE bodyId = 1 AND date = '2019-03-14' AND status = 'minutes_drafted'") == 1)
        #expect(try await count(database, "SELECT COUNT(*) FROM minute") == 3)
        #expect(try await count(database, "SELECT COUNT(*) FROM seatHolding WHERE startDate = '2019-03-14'") == 2)
        let actors = try await database.read { try String.fetchAll($0, sql: "SELECT DISTINCT actor FROM audit WHERE tableName = 'minute'") }
        #expect(actors.count == 1 && actors[0].hasPrefix("user:") && actors[0].hasSuffix(accounts.secretariat))
    }

    @Test(
        "a document that cannot be read comes back as a 400 with the form, the reason and its line, nothing written",
        arguments: [
            ("no-date.txt", "RIVERSIDE BOARD\n\nPresent:\nAda Quill\n\n12\tAPOLOGIES\tAction\n\tNone.\t\n", "line 1: no meeting date found"),
            ("bad-utf16.txt", "RIVERSIDE BOARD", "starts as UTF-16 text but is not valid UTF-16"),
            ("figures.csv", "a,b\n1,2\n", "is not a minutes document"),
            ("", "anything", "Choose the minutes document")
        ])
    func unreadable(filename: String, content: String, reason: String) async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let audits = try await count(database, "SELECT COUNT(*) FROM audit")
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/minutes-import")
            var bytes = Array(content.utf8)
            if filename == "bad-utf16.txt" { bytes = [0xFF, 0xFE] + bytes }
            let result = try await upload(secretary, client, filename: filename, content: bytes)
            #expect(result.status == .badRequest)
            #expect(result.html.contains("There is a problem"))
            #expect(result.html.contains("href=\"#file\""))
            #expect(result.html.contains(reason), "\(result.html)")
            #expect(result.html.contains("<form method=\"post\" enctype=\"multipart/form-data\""))
        }
        #expect(try await count(database, "SELECT COUNT(*) FROM audit") == audits)
    }

    @Test("'Approved' stores the imported minutes approved, so the public sees them")
    func approvedStatus() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/minutes-import")
            let preview = try await upload(
                secretary, client, filename: "march.txt", content: Array(Self.minutes.utf8),
                fields: [("body", "board"), ("status", "approved")])
            #expect(preview.status == .ok)
            #expect(preview.html.contains("approved: the documents are signed minutes"))
            let digest = try #require(hidden("upload", in: preview.html))
            let done = try await secretary.post(
                "/p/riverside/minutes-import/confirm",
                [
                    ("upload", digest), ("filename", "march.txt"), ("body", "board"), ("status", "approved")
                ])
            #expect(done.status == .ok)
            let page = try await TestBrowser(client).get("/p/riverside/bodies/board/meetings/2019-03-14")
            #expect(page.status == .ok)
            #expect(page.html.contains("The Board heard about the Quayside patrols."))
        }
    }
}
