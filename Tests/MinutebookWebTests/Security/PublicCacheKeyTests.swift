import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MinutebookStore
import Testing

@testable import MinutebookWeb

/// Expensive public answers cannot be made expensive on demand (issue 17, item 11): links use the
/// configured address, never the request's Host; the API's cache key is what the answer reads; the
/// open-data export is built once per data version, a missing file included; and an ETag says
/// nothing of the data version.
@Suite("Public cache keys")
struct PublicCacheKeyTests {
    @Test("the sitemap and feeds link to the configured address whatever Host the client sends")
    func configuredBase() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-web-\(UUID().uuidString).sqlite").path
        let database = try AppDatabase(path: path)
        var configuration = AppConfiguration(passwordHashCost: 4)
        configuration.baseURL = "https://minutes.millbrook.example"
        let app = makeTestApp(configuration: configuration, database: database)
        try PublicFixture.plant(in: database)
        try await app.test(.live) { client in
            for uri in ["/sitemap.xml", "/p/millbrook/feed.atom", "/p/millbrook/calendar.ics", "/robots.txt"] {
                let response = try await client.execute(uri: uri, method: .get, headers: [HTTPField.Name("Host")!: "evil.example"])
                let text = String(buffer: response.body)
                #expect(response.status == .ok, "\(uri)")
                #expect(text.contains("https://minutes.millbrook.example/"), "\(uri)")
                #expect(!text.contains("evil.example"), "\(uri)")
            }
        }
    }

    @Test("API cache keys ignore parameters the answer does not read, their order and repeats")
    func apiKeys() throws {
        func key(_ uri: String) -> String {
            ApiController.cacheKey(Request(head: .init(method: .get, scheme: "http", authority: "x", path: uri), body: .init(buffer: ByteBuffer())))
        }
        let plain = key("/api/v1/partnerships")
        #expect(key("/api/v1/partnerships?nocache=1") == plain)
        #expect(key("/api/v1/partnerships?a=1&b=2&c=3") == plain)
        #expect(key("/api/v1/search?q=flood&limit=5&junk=1") == key("/api/v1/search?junk=2&limit=5&q=flood"))
        #expect(key("/api/v1/search?q=flood&q=other") == key("/api/v1/search?q=flood"))
        #expect(key("/api/v1/search?q=flood") != key("/api/v1/search?q=fire"))
    }

    @Test("the open-data export is built once per data version, even for a file that does not exist")
    func exportsOnce() async throws {
        let exports = OpenDataExports()
        let built = Counter()
        for _ in 0..<5 {
            let files = try await exports.files(kind: "oparl", version: 7) {
                await built.add()
                return ["body.json": [1, 2]]
            }
            #expect(files["missing.json"] == nil)
        }
        #expect(await built.value == 1)
        _ = try await exports.files(kind: "oparl", version: 8) {
            await built.add(); return [:]
        }
        #expect(await built.value == 2)
    }

    actor Counter {
        var value = 0
        func add() { value += 1 }
    }

    @Test("a missing open-data file is 404 and an ETag is a digest of the content, the same across writes that do not change it")
    func missingFileAndEtag() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            #expect(try await client.execute(uri: "/open-data/oparl/no-such-file.json", method: .get).status == .notFound)
            let before = try await client.execute(uri: "/", method: .get)
            try database.writeSync(as: .system) { db in
                try db.execute(sql: "UPDATE person SET phone = '01632 960999' WHERE id = (SELECT min(id) FROM person)")
            }
            let after = try await client.execute(uri: "/", method: .get)
            let tag = try #require(after.headers[.eTag])
            #expect(tag == before.headers[.eTag])
            #expect(tag == PublicCache.etag(Array(buffer: after.body)))
        }
    }
}
