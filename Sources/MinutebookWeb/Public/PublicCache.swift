import Foundation
import Hummingbird
import MinutebookCore
import MinutebookTools
import Synchronization

/// Public pages, feeds and API answers rendered once per data version and served from memory.
///
/// Every write bumps `AppDatabase.dataVersion()` (audit triggers), so an entry is valid exactly while
/// the version it was rendered at is current; when the version moves, the whole cache is dropped.
/// A hit costs no database read: writes of this process are counted as they commit
/// (`AppDatabase.localDataCommits`), and the stored version is re-read at most every `recheck` for
/// writes of other processes (a CLI import beside `serve`).
/// Only what the anonymous public sees goes in here: callers pass signed-in requests around it.
final class PublicCache: Sendable {
    struct Entry: Sendable {
        var body: ByteBuffer
        var contentType: String
        var etag: String
        /// The headers of a 304 and of a 200 at the usual `max-age`, built once: a hit only copies them.
        var notModified: HTTPFields
        var ok: HTTPFields

        init(bytes: [UInt8], contentType: String, etag: String) {
            self.body = ByteBuffer(bytes: bytes)
            self.contentType = contentType
            self.etag = etag
            notModified = PublicCache.headers(etag: etag, maxAge: PublicCache.maxAge)
            ok = notModified
            ok[.contentType] = contentType
        }
    }

    /// `Cache-Control: max-age` of public answers, unless the caller asks for another.
    static let maxAge = 60

    private struct State {
        var version: Int64 = -1
        var commits: Int64 = -1
        var checkedAt: ContinuousClock.Instant?
        var entries: [String: Entry] = [:]
    }

    private let versions: any DataVersionSource
    private let state = Mutex(State())
    private let capacity: Int
    private let recheck: Duration

    init(versions: any DataVersionSource, capacity: Int = 4_096, recheck: Duration = .milliseconds(100)) {
        self.versions = versions
        self.capacity = capacity
        self.recheck = recheck
    }

    /// The entry for `key` at the current data version, rendering it with `render` when missing.
    func entry(
        _ key: String, contentType: String,
        render: @Sendable () async throws -> [UInt8]
    ) async throws -> Entry {
        let version = try await currentVersion()
        if let hit = state.withLock({ $0.version == version ? $0.entries[key] : nil }) { return hit }
        let bytes = try await render()
        let entry = Entry(bytes: bytes, contentType: contentType, etag: PublicCache.etag(bytes))
        // Another request may have moved the version while this one rendered: keep it only if still current.
        state.withLock { state in
            guard state.version == version else { return }
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[key] = entry
        }
        return entry
    }

    /// The data version, read from the database only when this process wrote since the last read or
    /// the last read is older than `recheck`.
    func currentVersion() async throws -> Int64 {
        let commits = versions.localDataCommits
        let now = ContinuousClock.now
        let known = state.withLock { state -> Int64? in
            guard state.commits == commits, let at = state.checkedAt, now - at < recheck else { return nil }
            return state.version
        }
        if let known { return known }
        let version = try await versions.dataVersion()
        state.withLock { state in
            // Concurrent reads may finish out of order: the version only moves forward.
            if version > state.version {
                state.entries.removeAll(keepingCapacity: true)
                state.version = version
            }
            if version == state.version {
                state.commits = commits
                state.checkedAt = now
            }
        }
        return version
    }

    /// A 200 with ETag and Cache-Control, or a 304 when the client already holds this version.
    static func response(_ entry: Entry, request: Request, maxAge: Int = PublicCache.maxAge) -> Response {
        let fresh = request.headers[.ifNoneMatch].map { matches($0, etag: entry.etag) } ?? false
        guard maxAge == PublicCache.maxAge else {
            var headers = PublicCache.headers(etag: entry.etag, maxAge: maxAge)
            if fresh { return Response(status: .notModified, headers: headers) }
            headers[.contentType] = entry.contentType
            return Response(status: .ok, headers: headers, body: .init(byteBuffer: entry.body))
        }
        if fresh { return Response(status: .notModified, headers: entry.notModified) }
        return Response(status: .ok, headers: entry.ok, body: .init(byteBuffer: entry.body))
    }

    static func headers(etag: String, maxAge: Int) -> HTTPFields {
        var headers: HTTPFields = [:]
        headers[.eTag] = etag
        headers[.cacheControl] = "public, max-age=\(maxAge)"
        headers[.vary] = "Cookie, Authorization"
        return headers
    }

    /// `If-None-Match` holds `*` or a list of (possibly weak) tags.
    static func matches(_ header: String, etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == etag
        }
    }

    /// The ETag of `bytes`: a digest of the content only, so it says nothing of the data version
    /// (how many writes the database has seen).
    static func etag(_ bytes: [UInt8]) -> String {
        "\"" + String(SHA256Hex.digest(bytes).prefix(32)) + "\""
    }
}

extension PublicCache {
    /// An HTML page of the public site. The anonymous public gets it from the cache, keyed by path
    /// (a query string never changes what the public sees), with ETag and `Cache-Control: public`;
    /// a signed-in audience gets it rendered afresh for them, marked private and never stored.
    /// `render` must do all of the page's reads, so that a hit costs none.
    func page(
        _ request: Request, _ context: AppRequestContext,
        render: @escaping @Sendable () async throws -> [UInt8]
    ) async throws -> Response {
        guard context.audience == .public else {
            return .html(try await render(), headers: [.cacheControl: "private, no-store"])
        }
        let entry = try await entry("page " + request.uri.path, contentType: "text/html; charset=utf-8", render: render)
        return PublicCache.response(entry, request: request)
    }
}
