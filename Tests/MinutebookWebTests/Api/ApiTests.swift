import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MinutebookCore
import MinutebookServices
import MinutebookStore
import Testing

@testable import MinutebookWeb

@Suite("JSON API")
struct ApiTests {
    @Test("every path of the OpenAPI document answers, with the fields its schema requires")
    func everyPath() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        #expect(OpenAPIDocument.paths.count == 9)
        // Required keys of each top-level schema, read from the document.
        let schemas = OpenAPIDocument.schemas
        var required: [String: [String]] = ["list": ["items", "next_cursor"]]
        for (name, value) in schemas { required[name] = (value as? [String: Any])?["required"] as? [String] ?? [] }
        let requiredKeys = required
        try await app.test(.router) { client in
            for uri in LeakTests.apiURIs {
                let response = try await client.execute(uri: uri, method: .get)
                if uri.hasSuffix("/actions") {
                    #expect(response.status == .unauthorized)
                    continue
                }
                #expect(response.status == .ok, "\(uri) answered \(response.status)")
                #expect(response.headers[.eTag] != nil)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
                let name = ApiTests.schemaName(for: uri)
                for key in try #require(requiredKeys[name]) {
                    #expect(json.keys.contains(key), "\(uri) lacks \(key)")
                }
            }
        }
    }

    static func schemaName(for uri: String) -> String {
        if uri.contains("/search") { return "SearchResults" }
        if uri.range(of: #"/meetings/\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil { return "MeetingRecord" }
        if uri.hasSuffix("/millbrook") { return "Partnership" }
        return "list"
    }

    @Test("the meeting record of approved minutes has the contract's shape, without Part 2")
    func meetingRecord() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/partnerships/millbrook/bodies/board/meetings/2019-12-10", method: .get)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            #expect(json["date"] as? String == "2019-12-10")
            #expect(json["start"] as? String == "10:00")
            let items = try #require(json["items"] as? [[String: Any]])
            #expect(items.map { $0["number"] as? String } == ["41"])
            #expect((items.first?["resolutions"] as? [String])?.first?.contains("mass casualty") == true)
        }
    }

    @Test("lists page with an opaque cursor; a forged cursor or bad limit is a 400 in JSON")
    func paging() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let first = try await client.execute(uri: "/api/v1/partnerships/millbrook/bodies/board/meetings?limit=2", method: .get)
            let page = try #require(try JSONSerialization.jsonObject(with: Data(buffer: first.body)) as? [String: Any])
            #expect((page["items"] as? [Any])?.count == 2)
            let cursor = try #require(page["next_cursor"] as? String)
            let second = try await client.execute(
                uri: "/api/v1/partnerships/millbrook/bodies/board/meetings?limit=2&cursor=\(cursor)",
                method: .get)
            let next = try #require(try JSONSerialization.jsonObject(with: Data(buffer: second.body)) as? [String: Any])
            #expect((next["items"] as? [Any])?.count == 1)
            #expect(next["next_cursor"] is NSNull)
            // As the OpenAPI description says: an integer limit (an empty one too is a 400), a cursor as issued.
            for bad in ["cursor=garbage!", "cursor=b%3A1", "limit=0", "limit=abc", "limit=1000", "limit="] {
                let response = try await client.execute(uri: "/api/v1/partnerships/millbrook/people?\(bad)", method: .get)
                #expect(response.status == .badRequest, "\(bad)")
                #expect(String(buffer: response.body).contains("\"error\""))
            }
        }
    }

    @Test("the API matches its OpenAPI description: q past its maxLength is a 400, other methods a 405 with Allow (issue 17, item 13)")
    func describedLimits() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let long = String(repeating: "a", count: SearchExpression.maximumLength + 1)
            var response = try await client.execute(uri: "/api/v1/search?q=\(long)", method: .get)
            #expect(response.status == .badRequest)
            #expect(String(buffer: response.body).contains("longer than 500"))
            response = try await client.execute(uri: "/api/v1/search?q=\(long.dropLast())", method: .get)
            #expect(response.status == .ok)
            for year in ["1899", "2201"] {
                #expect(try await client.execute(uri: "/api/v1/search?q=flood&from=\(year)", method: .get).status == .badRequest)
            }
            for method in [HTTPRequest.Method.trace, .post, .put, .delete, .patch, .options] {
                for path in ["/api/v1/partnerships", "/api/v1/partnerships/millbrook/people", "/api/v1/search"] {
                    response = try await client.execute(uri: path, method: method)
                    #expect(response.status == .methodNotAllowed, "\(method) \(path)")
                    #expect(response.headers[.allow] == "GET, HEAD", "\(method) \(path)")
                }
            }
            let spec = String(buffer: try await client.execute(uri: "/api/v1/openapi.json", method: .get).body)
            #expect(spec.contains("405 Method Not Allowed") && spec.contains(ApiCursor.cursorPattern))
        }
    }

    @Test("HEAD answers as GET does, without the body, on the API and on public pages (the API's Allow header says it takes HEAD)")
    func head() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            for path in ["/api/v1/partnerships", "/api/v1/partnerships/millbrook/people", "/api/v1/openapi.json", "/"] {
                let get = try await client.execute(uri: path, method: .get)
                let head = try await client.execute(uri: path, method: .head)
                #expect(get.status == .ok && head.status == .ok, "\(path): GET \(get.status), HEAD \(head.status)")
                #expect(head.body.readableBytes == 0, "\(path)")
                #expect(head.headers[.contentType] == get.headers[.contentType], "\(path)")
                #expect(head.headers[.eTag] == get.headers[.eTag], "\(path)")
            }
            #expect(try await client.execute(uri: "/api/v1/no-such-thing", method: .head).status == .notFound)
        }
    }

    @Test("If-None-Match with the current ETag answers 304")
    func etag() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let first = try await client.execute(uri: "/api/v1/partnerships", method: .get)
            let etag = try #require(first.headers[.eTag])
            let second = try await client.execute(uri: "/api/v1/partnerships", method: .get, headers: [.ifNoneMatch: etag])
            #expect(second.status == .notModified)
        }
    }

    @Test(
        "search over the API needs q, and answers hostile input with results or a 400, never a 500",
        arguments: [
            "", "q=", "q=%22", "q=NEAR%28a%29", "q=x&type=nothing", "q=x&from=abc", "q=x&from=2020&to=2010", "q=x&cursor=%%%"
        ])
    func searchInput(_ query: String) async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/api/v1/search?\(query)", method: .get)
            #expect(response.status == .ok || response.status == .badRequest, "\(query): \(response.status)")
        }
    }
}

@Suite("API tokens")
struct ApiTokenTests {
    @Test("a bearer token signs the request in as its account; a wrong one is a 401")
    func bearer() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        _ = try PublicFixture.signIn(in: database, personID: 1, role: .member)
        let token = try await ApiTokens.issue(
            userID: 50, name: "test script", repository: GRDBApiTokenRepository(database: database),
            by: .tool("test"))
        try await app.test(.router) { client in
            let good = try await client.execute(
                uri: "/api/v1/partnerships/millbrook/actions", method: .get,
                headers: [.authorization: "Bearer \(token)"])
            #expect(good.status == .ok)
            #expect(String(buffer: good.body).contains("zqprivate"))
            for header in ["Bearer " + String(repeating: "0", count: 64), "Bearer nonsense", "Basic abc"] {
                let bad = try await client.execute(uri: "/api/v1/partnerships", method: .get, headers: [.authorization: header])
                #expect(bad.status == .unauthorized, "\(header)")
            }
        }
        let stored = try await database.read { db in try String.fetchAll(db, sql: "SELECT tokenHash FROM apiToken") }
        #expect(stored.count == 1 && stored[0] != token)
    }
}
