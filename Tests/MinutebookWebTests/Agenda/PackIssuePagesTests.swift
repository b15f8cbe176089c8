import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("Issuing the pack on the meeting page")
struct PackIssuePagesTests {
    /// A loopback port with nothing listening on it.
    static func closedPort() throws -> Int {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) == 0 && getsockname(socket, $0, &length) == 0 }
        }
        try #require(bound)
        return Int(UInt16(bigEndian: address.sin_port))
    }

    @Test("the issued pack is linked from the meeting page (members' pack for members only); a mail failure is recorded and the issue stands")
    func issue() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-issue-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        let mail = MailSettings(
            smtp: SMTPConfiguration(host: "127.0.0.1", port: try Self.closedPort(), from: "committees@riverside.example"),
            baseURL: "https://minutebook.riverside.example")
        let app = makeTestApp(configuration: AppConfiguration(passwordHashCost: 4, mail: mail), database: database)
        let accounts = try await Fixture.seed(database)
        let base = "/p/riverside/bodies/board/meetings/2026-03-12"
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/bodies/board/schedule")
            #expect(try await secretary.post("/p/riverside/bodies/board/schedule", [("date", "2026-03-12")]).status == .seeOther)
            _ = try await secretary.post("\(base)/agenda/items", [("title", "Closed review"), ("part", "2"), ("exemptReason", "Individuals")])
            let anonymous = TestBrowser(client)
            #expect(!(try await anonymous.get(base).html.contains("Agenda pack (PDF")), "nothing is linked before the issue")

            _ = try await secretary.get("\(base)/agenda/edit")
            #expect(try await secretary.post("\(base)/pack/issue", []).status == .seeOther)
            let edit = try await secretary.get("\(base)/agenda/edit")
            #expect(edit.html.contains("emailed to 0 members. The emails could not be sent"))

            let page = try await anonymous.get(base)
            #expect(page.html.contains("<h2 id=\"pack\">Agenda pack</h2>"))
            #expect(page.html.contains("href=\"\(base)/pack.pdf\">Agenda pack (PDF") && page.html.contains("href=\"\(base)/pack.html\""))
            #expect(!page.html.contains("pack/members.pdf") && !page.html.contains("could not be sent"))
            #expect(try await anonymous.get("\(base)/pack.pdf").status == .ok)
            #expect(try await anonymous.get("\(base)/pack/members.pdf").status == .seeOther, "members' pack: sign in first")

            let member = TestBrowser(client)
            try await member.signIn(accounts.boardMember, Fixture.password)
            #expect(try await member.get(base).html.contains("href=\"\(base)/pack/members.pdf\">Members' pack, with the exempt (Part 2) items"))
            let members = try await member.get("\(base)/pack/members.pdf")
            #expect(members.status == .ok && members.html.hasPrefix("%PDF-"))
            let officer = TestBrowser(client)
            try await officer.signIn(accounts.officer, Fixture.password)
            #expect(!(try await officer.get(base).html.contains("pack/members.pdf")))
            #expect(try await officer.get("\(base)/pack/members.pdf").status == .forbidden)
        }
        let meetingID = try #require(
            try await database.read { db in
                try Int64.fetchOne(db, sql: "SELECT id FROM meeting WHERE date = '2026-03-12'")
            })
        let issue = try #require(try await GRDBAgendaRepository(database: database).packIssue(of: meetingID))
        #expect(issue.issuedOn == Today.date && issue.version == 1 && issue.pdfByteCount > 1000)
        #expect(issue.emailed == 0 && issue.mailNote?.hasPrefix("The emails could not be sent") == true)
        let audited = try await database.read { db in
            try String.fetchAll(db, sql: "SELECT operation FROM audit WHERE tableName = 'packIssue' AND actor LIKE 'user:%' ORDER BY id")
        }
        #expect(audited == ["insert", "update"], "the issue and its mailing are audited under the secretariat")
    }
}
