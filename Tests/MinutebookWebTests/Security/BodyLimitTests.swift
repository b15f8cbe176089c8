import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// Request bodies (issue 17, item 3): a route that does not exist reads nothing, forms are small,
/// only upload routes take a large body and only from a signed-in account, past the limit the answer
/// is 413 (never 500), and an upload's CSRF token is checked before the rest of it is read.
@Suite("Request body limits")
struct BodyLimitTests {
    static let megabyte = 1024 * 1024

    func post(
        _ client: any TestClientProtocol, _ uri: String, body: [UInt8], contentType: String = "application/x-www-form-urlencoded",
        cookies: [String: String] = [:]
    ) async throws -> (HTTPResponse.Status, String) {
        var headers: HTTPFields = [.contentType: contentType]
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
        return (response.status, String(buffer: response.body))
    }

    /// A multipart body whose parts are `parts` in order (a file part when it has a file name).
    func multipart(_ parts: [(name: String, filename: String?, content: [UInt8])], boundary: String = "mbLimitBoundary3") -> [UInt8] {
        var body: [UInt8] = []
        for part in parts {
            let disposition = part.filename.map { "form-data; name=\"\(part.name)\"; filename=\"\($0)\"" } ?? "form-data; name=\"\(part.name)\""
            body += Array("--\(boundary)\r\nContent-Disposition: \(disposition)\r\n\r\n".utf8) + part.content + Array("\r\n".utf8)
        }
        return body + Array("--\(boundary)--\r\n".utf8)
    }

    @Test("a POST to no route is answered 404 without its body being checked or read")
    func unknownRoute() async throws {
        let (app, _) = try makeTestApp()
        try await app.test(.router) { client in
            let (status, _) = try await post(client, "/no/such/place", body: Array(repeating: 0x61, count: 3 * Self.megabyte))
            #expect(status == .notFound)
        }
    }

    @Test("70 MB sent to the sign-in form is refused 413 with a reason, not 500")
    func seventyMegabytes() async throws {
        let (app, _) = try makeTestApp()
        try await app.test(.router) { client in
            let (status, html) = try await post(client, "/login", body: Array(repeating: 0x61, count: 70 * Self.megabyte))
            #expect(status == .contentTooLarge)
            #expect(html.contains("larger than this page accepts"))
        }
    }

    @Test("a form past 2 MB is refused 413 even from a signed-in account on an ordinary route")
    func formLimit() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/account")
            let padding = String(repeating: "x", count: 3 * Self.megabyte)
            let page = try await secretary.post("/logout", [("padding", padding)])
            #expect(page.status == .contentTooLarge)
            #expect(try await secretary.get("/account").status == .ok) // still signed in: the form was not acted on
        }
    }

    @Test("an upload route takes a large body only from a signed-in account")
    func uploadNeedsSignIn() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        let minutes = Array((MinutesImportPageTests.minutes + String(repeating: " ", count: 3 * Self.megabyte)).utf8)
        try await app.test(.router) { client in
            let visitor = TestBrowser(client)
            _ = try await visitor.get("/login")
            let body = multipart([("csrf", nil, Array((visitor.lastCSRF ?? "").utf8)), ("file", "minutes.txt", minutes)])
            let (anonymous, _) = try await post(
                client, "/p/riverside/minutes-import", body: body,
                contentType: "multipart/form-data; boundary=mbLimitBoundary3", cookies: visitor.cookies)
            #expect(anonymous == .contentTooLarge)

            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/minutes-import")
            let (status, html) = try await MinutesImportPageTests().upload(
                secretary, client, filename: "minutes.txt", content: minutes,
                fields: [("body", ""), ("status", "auto")])
            #expect(status == .ok)
            #expect(html.contains("QUAYSIDE") || html.contains("Quayside"))
        }
    }

    @Test("an upload whose CSRF token does not come within its first 64 KB is refused 403")
    func tokenFirst() async throws {
        let (app, database) = try makeTestApp()
        let accounts = try await Fixture.seed(database)
        try await app.test(.router) { client in
            let secretary = TestBrowser(client)
            try await secretary.signIn(accounts.secretariat, Fixture.password)
            _ = try await secretary.get("/p/riverside/minutes-import")
            let late = multipart([
                ("file", "minutes.txt", Array(repeating: 0x20, count: 200 * 1024) + Array(MinutesImportPageTests.minutes.utf8)),
                ("csrf", nil, Array((secretary.lastCSRF ?? "").utf8)), ("body", nil, []), ("status", nil, Array("auto".utf8))
            ])
            let (status, html) = try await post(
                client, "/p/riverside/minutes-import", body: late,
                contentType: "multipart/form-data; boundary=mbLimitBoundary3", cookies: secretary.cookies)
            #expect(status == .forbidden)
            #expect(html.contains("security token"))
        }
    }
}
