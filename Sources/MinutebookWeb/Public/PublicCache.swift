import Foundation
import Hummingbird
import MinutebookStore

/// Public pages, feeds and API answers rendered once per data version and served from memory.
///
/// Every write bumps `AppDatabase.dataVersion()` (audit triggers), so an entry is valid exactly while
/// the version it was rendered at is current; when the version moves, the whole cache is dropped.
/// Only what the anonymous public sees goes in here: callers pass signed-in requests around it.
actor PublicCache {
    struct Entry: Sendable {
        var bytes: [UInt8]
        var contentType: String
        var etag: String
    }

    private let database: AppDatabase
    private var version: Int64 = -1
    private var entries: [String: Entry] = [:]
    private let capacity: Int

    init(database: AppDatabase, capacity: Int = 4_096) {
        self.database = database
        self.capacity = capacity
    }

    /// The entry for `key` at the current data version, rendering it with `render` when missing.
    func entry(_ key: String, contentType: String,
               render: @Sendable () async throws -> [UInt8]) async throws -> Entry {
        let current = try await database.dataVersion()
        if current != version {
            entries.removeAll(keepingCapacity: true)
            version = current
        }
        if let hit = entries[key] { return hit }
        let bytes = try await render()
        let entry = Entry(bytes: bytes, contentType: contentType,
                          etag: "\"v\(current)-\(String(PublicCache.fnv1a(bytes), radix: 16))\"")
        // Another request may have moved the version while this one rendered: keep it only if still current.
        if version == current {
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = entry
        }
        return entry
    }

    /// A 200 with ETag and Cache-Control, or a 304 when the client already holds this version.
    static func response(_ entry: Entry, request: Request, maxAge: Int = 60) -> Response {
        var headers: HTTPFields = [:]
        headers[.eTag] = entry.etag
        headers[.cacheControl] = "public, max-age=\(maxAge)"
        headers[.vary] = "Cookie, Authorization"
        if let match = request.headers[.ifNoneMatch], matches(match, etag: entry.etag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = entry.contentType
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: entry.bytes)))
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

    static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
