#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level searches for the hot paths: no Foundation, no Character iteration; `memchr` from the C library.
enum FastText {
    /// Whether `needle` (ASCII) occurs in `text`, ASCII letters compared without case. The needle's
    /// rarest letter is found with `memchr` (both cases), then the needle is compared around it.
    static func containsIgnoringCase(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        let n = needle.utf8Start
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        var anchor = 0
        for k in 1..<count where NeedleSet.rarity(lower(n[k])) > NeedleSet.rarity(lower(n[anchor])) { anchor = k }
        var copy = String(text)
        return copy.withUTF8 { bytes -> Bool in
            guard let base = bytes.baseAddress, bytes.count >= count else { return false }
            let end = bytes.count - count + anchor + 1
            func search(_ target: UInt8) -> Bool {
                var from = anchor
                while from < end {
                    guard let hit = memchr(base + from, Int32(target), end - from) else { return false }
                    let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    let start = at - anchor
                    var k = 0
                    while k < count, lower(base[start + k]) == lower(n[k]) { k += 1 }
                    if k == count { return true }
                    from = at + 1
                }
                return false
            }
            let low = lower(n[anchor])
            let up = low >= 0x61 && low <= 0x7A ? low - 0x20 : low
            return search(low) || (up != low && search(up))
        }
    }

    /// Whether `text` starts with the ASCII `prefix`, letters compared without case.
    static func startsWithIgnoringCase(_ text: some StringProtocol, _ prefix: StaticString) -> Bool {
        let p = prefix.utf8Start
        var k = 0
        for b in text.utf8 {
            if k == prefix.utf8CodeUnitCount { return true }
            if lower(b) != lower(p[k]) { return false }
            k += 1
        }
        return k == prefix.utf8CodeUnitCount
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}

/// A fixed set of ASCII fragments to look for in long paragraphs, case-sensitively. Each fragment
/// is found by `memchr` on its rarest byte (upper case and punctuation before lower-case letters,
/// these by English letter frequency), then compared in place: a few vectorised passes instead of
/// a byte-by-byte loop that stops at every 'e'.
struct NeedleSet: Sendable {
    private let needles: [[UInt8]]
    private let anchors: [Int]

    /// How rare a byte is in English text: lower-case letters by frequency, everything else rarer.
    private static let rarities: [UInt8] = {
        var table = [UInt8](repeating: 26, count: 256)
        for (rank, b) in "etaoinsrhldcumfpgwybvkxjqz".utf8.enumerated() { table[Int(b)] = UInt8(rank) }
        table[0x20] = 0
        return table
    }()

    static func rarity(_ b: UInt8) -> UInt8 { rarities[Int(b)] }

    init(_ fragments: [String]) {
        needles = fragments.map { Array($0.utf8) }.filter { !$0.isEmpty }
        anchors = needles.map { n in n.indices.max { Self.rarity(n[$0]) < Self.rarity(n[$1]) } ?? 0 }
    }

    func occurs(in text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            let count = buffer.count
            for (needle, anchor) in zip(needles, anchors) where needle.count <= count {
                let length = needle.count
                // The anchor byte of a match sits in [anchor, count - length + anchor].
                let end = count - length + anchor + 1
                var from = anchor
                while from < end {
                    guard let hit = memchr(base + from, Int32(needle[anchor]), end - from) else { break }
                    let at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                    let start = at - anchor
                    var k = 0
                    while k < length, base[start + k] == needle[k] { k += 1 }
                    if k == length { return true }
                    from = at + 1
                }
            }
            return false
        }
    }
}
