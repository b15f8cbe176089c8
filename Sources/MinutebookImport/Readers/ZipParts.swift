import Foundation
import ZIPFoundation

/// Parts of a zip package (DOCX, XLSX) inflated with their bytes counted as they come out. The sizes
/// a zip's headers state are the sender's word, and a zip bomb states a small one: only counting the
/// inflated bytes, and stopping at the limit, bounds the memory and time one document can take.
public enum ZipParts {
    /// A part that unpacks to more than its limit.
    public struct TooLarge: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let limit: Int
        public var description: String { "\(path) unpacks to more than \(ZipParts.megabytes(limit)) MB" }
    }

    /// Inflates `entry` chunk by chunk into `consumer`, throwing `TooLarge` as soon as more than `limit`
    /// bytes came out (or the header already says so). Returns how many bytes it inflated.
    @discardableResult
    public static func inflate(_ archive: Archive, _ entry: Entry, limit: Int, _ consumer: (Data) throws -> Void) throws -> Int {
        guard entry.uncompressedSize <= UInt64(limit) else { throw TooLarge(path: entry.path, limit: limit) }
        var total = 0
        _ = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { chunk in
            total += chunk.count
            if total > limit { throw TooLarge(path: entry.path, limit: limit) }
            try consumer(chunk)
        }
        return total
    }

    /// The part's bytes, at most `limit` of them.
    public static func data(_ archive: Archive, _ entry: Entry, limit: Int) throws -> Data {
        var collected = Data()
        try inflate(archive, entry, limit: limit) { collected.append($0) }
        return collected
    }

    static func megabytes(_ bytes: Int) -> Int { max(1, bytes / 1_048_576) }
}

/// A zip archive read from bytes through a temporary file, removed when this is released.
/// ZIPFoundation's in-memory archive traps on some damaged zips (it copies a range that runs past
/// the end of its data, which a fuzzed DOCX found), where its file-backed archive reports an error
/// like any other damaged zip. Every zip Minutebook reads from bytes (DOCX, XLSX, uploads) opens here.
public final class ZipBytes: @unchecked Sendable {
    public let archive: Archive
    private let url: URL

    public init(_ data: Data) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-zip-\(UUID().uuidString).zip")
        try data.write(to: url)
        do {
            archive = try Archive(url: url, accessMode: .read)
        } catch {
            try? FileManager.default.removeItem(at: url)
            throw error
        }
    }

    deinit { try? FileManager.default.removeItem(at: url) }
}
