import Foundation
import GRDB
import MinutebookCore
import MinutebookTools

/// The secret of an emailed link (action updates, sub-group reports): 256 random bits as 43
/// base64url characters. Only its SHA-256 is stored; a token is checked for shape before lookup.
enum LinkToken {
    /// The tables of emailed links; each has `tokenHash`, `usedAt` and `revokedAt`.
    enum Table: String {
        case updateRequest, reportRequest
    }

    static func new() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func hash(_ token: String) -> String { SHA256Hex.digest(Array(token.utf8)) }

    static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 43
            && token.utf8.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x5F
            }
    }

    /// Withdraws the unused links behind `tokens` (made for emails the mail server refused); returns how many.
    static func withdraw(_ tokens: [String], from table: Table, _ db: Database) throws -> Int {
        var withdrawn = 0
        for token in tokens {
            try db.execute(
                sql: """
                    UPDATE \(table.rawValue) SET revokedAt = strftime('%Y-%m-%dT%H:%M:%SZ','now')
                    WHERE tokenHash = ? AND usedAt IS NULL AND revokedAt IS NULL
                    """, arguments: [hash(token)])
            withdrawn += db.changesCount
        }
        return withdrawn
    }
}
