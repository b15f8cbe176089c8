/// Byte-level searches for the hot paths: no Foundation, no Character iteration.
enum FastText {
    /// Whether `needle` (ASCII) occurs in `text`, ASCII letters compared without case.
    static func containsIgnoringCase(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        let n = needle.utf8Start
        let count = needle.utf8CodeUnitCount
        guard count > 0 else { return true }
        var found = false
        var copy = String(text)
        copy.withUTF8 { bytes in
            guard bytes.count >= count else { return }
            let first = lower(n[0])
            let firstUpper = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
            var i = 0
            let last = bytes.count - count
            while i <= last {
                let b = bytes[i]
                if b == first || b == firstUpper {
                    var k = 1
                    while k < count, lower(bytes[i + k]) == lower(n[k]) { k += 1 }
                    if k == count { found = true; return }
                }
                i += 1
            }
        }
        return found
    }

    /// Whether `text` contains any of the ASCII fragments, case-sensitively, in one pass over the text.
    static func containsAny(_ text: some StringProtocol, _ needles: [StaticString]) -> Bool {
        var copy = String(text)
        // The needles' first bytes as a 256-bit set, on the stack.
        var firsts: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
        for needle in needles where needle.utf8CodeUnitCount > 0 {
            let b = needle.utf8Start[0]
            let bit = UInt64(1) << UInt64(b & 63)
            switch b >> 6 {
            case 0: firsts.0 |= bit
            case 1: firsts.1 |= bit
            case 2: firsts.2 |= bit
            default: firsts.3 |= bit
            }
        }
        @inline(__always) func isFirst(_ b: UInt8) -> Bool {
            let word: UInt64
            switch b >> 6 {
            case 0: word = firsts.0
            case 1: word = firsts.1
            case 2: word = firsts.2
            default: word = firsts.3
            }
            return word & (UInt64(1) << UInt64(b & 63)) != 0
        }
        var found = false
        copy.withUTF8 { bytes in
            var i = 0
            let count = bytes.count
            while i < count {
                let b = bytes[i]
                if isFirst(b) {
                    for needle in needles {
                        let n = needle.utf8Start
                        let length = needle.utf8CodeUnitCount
                        guard length > 0, n[0] == b, i + length <= count else { continue }
                        var k = 1
                        while k < length, bytes[i + k] == n[k] { k += 1 }
                        if k == length { found = true; return }
                    }
                }
                i += 1
            }
        }
        return found
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
