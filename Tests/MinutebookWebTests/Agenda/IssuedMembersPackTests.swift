import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import MinutebookTools
import Testing

@testable import MinutebookWeb

@Suite("The members' pack as issued")
struct IssuedMembersPackTests {
    /// A GET with the browser's cookies and extra headers, answering the raw bytes.
    static func fetch(
        _ browser: TestBrowser, _ uri: String, headers extra: HTTPFields = [:]
    ) async throws -> (HTTPResponse.Status, HTTPFields, [UInt8]) {
        var headers = extra
        if !browser.cookies.isEmpty { headers[.cookie] = browser.cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let response = try await browser.client.execute(uri: uri, method: .get, headers: headers, body: nil)
        return (response.status, response.headers, Array(buffer: response.body))
    }

    /// The stored members' files of every issue of the meeting, oldest first.
    static func storedMembersPDFs(_ database: AppDatabase) async throws -> [[UInt8]] {
        try await database.read { db in
            try Data.fetchAll(
                db,
                sql: """
                    SELECT f.content FROM packIssueMembersFile f JOIN packIssue i ON i.id = f.packIssueId
                    JOIN meeting m ON m.id = i.meetingId WHERE m.date = '2026-03-12' AND f.format = 'pdf' ORDER BY i.id
                    """
            ).map { [UInt8]($0) }
        }
    }

    @Test("members get the members' pack stored at the issue, unchanged by later agenda edits until it is re-issued; others never get it")
    func storedUntilReissued() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-members-pack-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        let app = makeTestApp(configuration: AppConfiguration(passwordHashCost: 4), database: database)
        let accounts = try await Fixture.seed(database)
        let base = "/p/riverside/bodies/board/meetings/2026-03-12"
        let late = "Quillfeather tenancy enforcement"
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/bodies/board/schedule")
            #expect(try await secretary.post("/p/riverside/bodies/board/schedule", [("date", "2026-03-12")]).status == .seeOther)
            _ = try await secretary.post("\(base)/agenda/items", [("title", "Closed review"), ("part", "2"), ("exemptReason", "Individuals")])
            _ = try await secretary.get("\(base)/agenda/edit")
            #expect(try await secretary.post("\(base)/pack/issue", []).status == .seeOther)

            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            let (status, headers, issuedPDF) = try await Self.fetch(member, "\(base)/pack/members.pdf")
            #expect(status == .ok && headers[.contentType] == "application/pdf")
            #expect(try await Self.storedMembersPDFs(database) == [issuedPDF], "served from the bytes stored at the issue")
            let etag = try #require(headers[.eTag])
            #expect(etag == "\"\(SHA256Hex.digest(issuedPDF))\"")
            #expect(try await Self.fetch(member, "\(base)/pack/members.pdf", headers: [.ifNoneMatch: etag]).0 == .notModified)
            let (htmlStatus, _, html) = try await Self.fetch(member, "\(base)/pack/members.html")
            #expect(htmlStatus == .ok && String(decoding: html, as: UTF8.self).contains("Closed review"))

            // A Part 2 item added after the issue: the members' pack stays what was issued.
            _ = try await secretary.get("\(base)/agenda/edit")
            _ = try await secretary.post("\(base)/agenda/items", [("title", late), ("part", "2"), ("exemptReason", "Individuals")])
            #expect(try await Self.fetch(member, "\(base)/pack/members.pdf").2 == issuedPDF)
            #expect(!String(decoding: try await Self.fetch(member, "\(base)/pack/members.html").2, as: UTF8.self).contains(late))

            // Re-issued: a new version, served from then on, listed on the meeting page.
            _ = try await secretary.get("\(base)/agenda/edit")
            #expect(try await secretary.post("\(base)/pack/issue", []).status == .seeOther)
            let stored = try await Self.storedMembersPDFs(database)
            #expect(stored.count == 2)
            let (_, reissuedHeaders, reissuedPDF) = try await Self.fetch(member, "\(base)/pack/members.pdf")
            #expect(reissuedPDF == stored.last && reissuedPDF != issuedPDF && reissuedHeaders[.eTag] != etag)
            #expect(try await Self.fetch(member, "\(base)/pack/members.pdf", headers: [.ifNoneMatch: etag]).0 == .ok)
            #expect(String(decoding: try await Self.fetch(member, "\(base)/pack/members.html").2, as: UTF8.self).contains(late))
            let page = try await member.get(base)
            #expect(page.html.contains("(version 2).") && page.html.contains("href=\"\(base)/pack/members.html\""))

            // The public pack never carries Part 2; nobody without Part 2 gets the members' pack.
            let anonymous = TestBrowser(client)
            let publicHTML = String(decoding: try await Self.fetch(anonymous, "\(base)/pack.html").2, as: UTF8.self)
            #expect(!publicHTML.contains(late) && !publicHTML.contains("Closed review"))
            for uri in ["\(base)/pack/members.pdf", "\(base)/pack/members.html"] {
                let (denied, deniedHeaders, bytes) = try await Self.fetch(anonymous, uri)
                #expect(denied == .seeOther && deniedHeaders[.location]?.hasPrefix("/login") == true, "sign in first")
                #expect(!bytes.starts(with: Array("%PDF".utf8)) && !String(decoding: bytes, as: UTF8.self).contains(late))
            }
            let officer = TestBrowser(client)
            try await officer.signIn(accounts.officer, Fixture.password)
            for uri in ["\(base)/pack/members.pdf", "\(base)/pack/members.html"] {
                let (denied, _, bytes) = try await Self.fetch(officer, uri)
                #expect(denied == .forbidden && !String(decoding: bytes, as: UTF8.self).contains(late))
            }
        }
        let audited = try await database.read { db in
            try String.fetchAll(db, sql: "SELECT after FROM audit WHERE tableName = 'packIssueMembersFile' AND actor LIKE 'user:%' ORDER BY id")
        }
        #expect(audited.count == 4 && audited.allSatisfy { $0.contains("blob:") }, "each stored file is audited, its content by length")
    }
}
