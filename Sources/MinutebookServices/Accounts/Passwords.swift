import Foundation
internal import HummingbirdBcrypt
import MinutebookCore
import MinutebookTools

/// bcrypt hashing and checking, run on the blocking pool (`Blocking`) so a slow hash never stalls the
/// concurrency pool that serves requests.
public enum Passwords {
    /// bcrypt's work factor in production; tests pass a lower one through `AppConfiguration`.
    public static let defaultCost: UInt8 = 12
    /// Seconds a hash may wait for a thread and run (about a quarter of a second at cost 12).
    static let timeout: Double = 30

    public static func hash(_ password: String, cost: UInt8 = defaultCost) async throws -> String {
        try await Blocking.run("hashing a password", timeout: timeout) { Bcrypt.hash(password, cost: cost) }
    }

    /// Checks `password` against `hash`; with no hash (unknown account) it checks against a dummy
    /// so that the answer takes as long for an unknown email as for a wrong password.
    public static func verify(_ password: String, hash: String?) async throws -> Bool {
        let stored = hash ?? dummyHash
        let matches = try await Blocking.run("checking a password", timeout: timeout) { Bcrypt.verify(password, hash: stored) }
        return hash != nil && matches
    }

    /// The synchronous hash, for the CLI (never on a request path).
    public static func hashSync(_ password: String, cost: UInt8 = defaultCost) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    private static let dummyHash = Bcrypt.hash("not a password of anyone", cost: defaultCost)

    /// A generated password: 20 characters from an alphabet without look-alikes (about 110 bits).
    public static func generate() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}

/// Random tokens for sessions and CSRF, and their stored form.
public enum Tokens {
    /// 256 random bits as 64 hex digits (SystemRandomNumberGenerator is cryptographically secure).
    public static func random() -> String {
        var generator = SystemRandomNumberGenerator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32)
        for _ in 0..<4 {
            withUnsafeBytes(of: generator.next() as UInt64) { bytes.append(contentsOf: $0) }
        }
        return hex(bytes)
    }

    /// What the database keeps of a session token: its SHA-256, in hex.
    public static func sha256Hex(_ token: String) -> String {
        SHA256Hex.digest(Array(token.utf8))
    }

    /// A token as we issue them: exactly 64 lower-case hex digits.
    public static func isWellFormed(_ token: String) -> Bool {
        token.utf8.count == 64 && token.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }

    /// Compares without stopping at the first difference.
    public static func equal(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var diff: UInt8 = 0
        for i in 0..<x.count { diff |= x[i] ^ y[i] }
        return diff == 0
    }

    private static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
