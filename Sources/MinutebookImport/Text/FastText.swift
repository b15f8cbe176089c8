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
            var i = 0
            let last = bytes.count - count
            while i <= last {
                if lower(bytes[i]) == first {
                    var k = 1
                    while k < count, lower(bytes[i + k]) == lower(n[k]) { k += 1 }
                    if k == count { found = true; return }
                }
                i += 1
            }
        }
        return found
    }

    /// Whether `text` contains any of the ASCII fragments, case-sensitively.
    static func containsAny(_ text: some StringProtocol, _ needles: [StaticString]) -> Bool {
        var copy = String(text)
        var found = false
        copy.withUTF8 { bytes in
            for needle in needles {
                let n = needle.utf8Start
                let count = needle.utf8CodeUnitCount
                guard bytes.count >= count, count > 0 else { continue }
                var i = 0
                while i <= bytes.count - count {
                    if bytes[i] == n[0] {
                        var k = 1
                        while k < count, bytes[i + k] == n[k] { k += 1 }
                        if k == count { found = true; return }
                    }
                    i += 1
                }
            }
        }
        return found
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
}
