import Foundation
import MinutebookCore
import MinutebookTools

/// Uploaded minutes documents kept between the preview and the confirmation, outside the
/// database: a file named by its SHA-256 in a folder of the account, so the confirmation imports
/// exactly the document that was previewed and nothing is written before it.
struct MinutesImportStaging: Sendable {
    let root: URL

    init(root: URL) { self.root = root }

    /// The staging folder of one database (tests run many databases side by side).
    init(databasePath: String) {
        let key = String(SHA256Hex.digest(Array(databasePath.utf8)).prefix(16))
        root = FileManager.default.temporaryDirectory.appendingPathComponent("minutebook-minutes-import").appendingPathComponent(key)
    }

    /// A staged document: its digest (the token the confirmation form carries) and where it lies.
    struct Staged: Sendable {
        var digest: String
        var url: URL
    }

    func folder(userID: Int64) -> URL { root.appendingPathComponent("user-\(userID)") }

    /// Keeps `content` under its digest with the extension its format needs (PDF goes through pdftotext).
    func stage(_ content: [UInt8], format ext: String, userID: Int64) throws -> Staged {
        let digest = SHA256Hex.digest(content)
        let folder = folder(userID: userID)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        removeOld(in: folder)
        let url = folder.appendingPathComponent("\(digest).\(ext)")
        try Data(content).write(to: url, options: .atomic)
        return Staged(digest: digest, url: url)
    }

    /// The staged document `digest` of this account, checked against its digest; nil when it is
    /// gone (imported already, or older than a day) or the token is not a digest.
    func staged(_ digest: String, userID: Int64) -> Staged? {
        guard digest.utf8.count == 64, digest.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }) else {
            return nil
        }
        let folder = folder(userID: userID)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
            let name = names.first(where: { $0.hasPrefix(digest + ".") })
        else { return nil }
        let url = folder.appendingPathComponent(name)
        guard let data = try? Data(contentsOf: url), SHA256Hex.digest([UInt8](data)) == digest else { return nil }
        return Staged(digest: digest, url: url)
    }

    func remove(_ staged: Staged) {
        try? FileManager.default.removeItem(at: staged.url)
    }

    /// Uploads previewed but never confirmed are dropped after a day.
    func removeOld(in folder: URL) {
        let limit = Date().addingTimeInterval(-86_400)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names {
            let url = folder.appendingPathComponent(name)
            let modified = (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? nil
            if let modified, modified < limit { try? FileManager.default.removeItem(at: url) }
        }
    }
}
