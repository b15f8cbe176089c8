import Foundation
import Hummingbird
import HummingbirdTesting
import MinutebookStore
import MinutebookTestSupport
import Synchronization
import Testing

@testable import MinutebookWeb

/// The public home, partnership, body and meeting pages are rendered once per data version and then
/// served as stored bytes with ETag and `Cache-Control: public`; signed-in pages never touch the cache.
@Suite("Public pages from the cache")
struct PublicPageCacheTests {
    static let pages = ["/", "/p/millbrook", "/p/millbrook/bodies/board", "/p/millbrook/bodies/board/meetings/2019-12-10"]

    @Test("an anonymous page carries an ETag and public Cache-Control, and answers 304 to its tag", arguments: pages)
    func anonymousPageIsCached(_ uri: String) async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let first = try await client.execute(uri: uri, method: .get)
            #expect(first.status == .ok)
            let etag = try #require(first.headers[.eTag])
            #expect(first.headers[.cacheControl] == "public, max-age=60")
            #expect(first.headers[.vary] == "Cookie, Authorization")
            let again = try await client.execute(uri: uri, method: .get)
            #expect(again.headers[.eTag] == etag)
            #expect(String(buffer: again.body) == String(buffer: first.body))
            let revalidated = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: etag])
            #expect(revalidated.status == .notModified)
            #expect(revalidated.body.readableBytes == 0)
        }
    }

    @Test("a write moves the tag and the page shows the change at once", arguments: pages)
    func writeRefreshes(_ uri: String) async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let before = try await client.execute(uri: uri, method: .get)
            #expect(!String(buffer: before.body).contains("Safer Millbrook Oversight Board"))
            try database.writeSync(as: .system) { db in
                try db.execute(sql: "UPDATE body SET name = 'Safer Millbrook Oversight Board' WHERE id = 1")
            }
            let after = try await client.execute(uri: uri, method: .get)
            #expect(after.status == .ok)
            #expect(after.headers[.eTag] != before.headers[.eTag])
            #expect(String(buffer: after.body).contains("Safer Millbrook Oversight Board"))
            let stale = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: before.headers[.eTag] ?? ""])
            #expect(stale.status == .ok)
        }
    }

    @Test("a member's page is private, carries their Part 2 text, and never reaches the public cache")
    func signedInBypassesTheCache() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        let cookie = try PublicFixture.signIn(in: database, personID: 1, role: .member)
        let uri = "/p/millbrook/bodies/board/meetings/2019-12-10"
        try await app.test(.router) { client in
            let anonymousFirst = try await client.execute(uri: uri, method: .get)
            let member = try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
            #expect(member.status == .ok)
            #expect(String(buffer: member.body).contains("zqpartwo"))
            #expect(member.headers[.cacheControl] == "private, no-store")
            #expect(member.headers[.eTag] == nil)
            let anonymousAfter = try await client.execute(uri: uri, method: .get)
            #expect(!String(buffer: anonymousAfter.body).contains("zqpartwo"))
            #expect(!String(buffer: anonymousAfter.body).contains("Sign out"))
            #expect(anonymousAfter.headers[.eTag] == anonymousFirst.headers[.eTag])
        }
    }

    @Test("a query string cannot put a notice into the public page")
    func queryDoesNotVaryThePublicPage() async throws {
        let (app, database) = try makeTestApp()
        try PublicFixture.plant(in: database)
        try await app.test(.router) { client in
            let uri = "/p/millbrook/bodies/board/meetings/2019-12-10"
            let noticed = try await client.execute(uri: uri + "?saved=approved", method: .get)
            #expect(!String(buffer: noticed.body).contains("The minutes have been approved."))
            let plain = try await client.execute(uri: uri, method: .get)
            #expect(plain.headers[.eTag] == noticed.headers[.eTag])
        }
    }

    /// A write to the record: one partnership more.
    static var anotherPartnership: TestWorld {
        var world = TestWorld()
        world.partnership("Elmbridge Partnership", slug: "elm")
        return world
    }

    @Test("a hit renders nothing: the page is rendered once per data version")
    func rendersOncePerVersion() async throws {
        let database = try AppDatabase.inMemory()
        // Recheck so rarely that only the local commit count can tell the cache about a write.
        let cache = PublicCache(versions: database, recheck: .seconds(3_600))
        let renders = Mutex(0)
        let render: @Sendable () async throws -> [UInt8] = {
            renders.withLock { $0 += 1 }
            return Array("page".utf8)
        }
        let first = try await cache.entry("page /", contentType: "text/html", render: render)
        let second = try await cache.entry("page /", contentType: "text/html", render: render)
        #expect(renders.withLock { $0 } == 1)
        #expect(first.etag == second.etag)
        try database.plant(Self.anotherPartnership)
        let third = try await cache.entry("page /", contentType: "text/html", render: render)
        #expect(renders.withLock { $0 } == 2)
        // The same bytes keep their tag: an ETag is a digest of the content and says nothing of the data version.
        #expect(third.etag == first.etag)
    }

    @Test("a write by another connection (a CLI import beside serve) is seen once the recheck has passed")
    func otherProcessWritesAreSeen() async throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mb-cache-\(UUID().uuidString).sqlite").path
        let served = try AppDatabase(path: path)
        let other = try AppDatabase(path: path)
        let cache = PublicCache(versions: served, recheck: .zero)
        let renders = Mutex(0)
        let render: @Sendable () async throws -> [UInt8] = {
            renders.withLock { $0 += 1 }
            return Array("page".utf8)
        }
        _ = try await cache.entry("page /", contentType: "text/html", render: render)
        try other.plant(Self.anotherPartnership)
        #expect(served.localDataCommits == 0)
        _ = try await cache.entry("page /", contentType: "text/html", render: render)
        #expect(renders.withLock { $0 } == 2)
    }
}
