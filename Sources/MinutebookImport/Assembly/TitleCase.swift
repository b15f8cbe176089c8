extension MinutesAssembler {
    /// `titleCasedKeepingAcronyms` for a title of ASCII bytes, in one pass without a String per
    /// word: small words lower-cased after the first, words without vowels of up to five letters
    /// and acronyms ("MOPAC", "ASB-led", "(CCTV)") kept, every other word and hyphenated part
    /// capitalised. Nil for other text.
    static func asciiTitleCased(_ title: String) -> String? {
        var copy = title
        return copy.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var i = 0, index = 0
            let n = bytes.count
            while i < n {
                if bytes[i] >= 0x80 { return nil }
                if bytes[i] == 0x20 { i += 1; continue }
                var j = i
                while j < n, bytes[j] != 0x20 {
                    if bytes[j] >= 0x80 { return nil }
                    j += 1
                }
                if !out.isEmpty { out.append(0x20) }
                appendTitleWord(UnsafeBufferPointer(rebasing: bytes[i..<j]), first: index == 0, to: &out)
                index += 1
                i = j
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func appendTitleWord(_ word: UnsafeBufferPointer<UInt8>, first: Bool, to out: inout [UInt8]) {
        // Acronyms as printed, also inside brackets or before a hyphen.
        var a = 0, b = word.count
        func isTrimmed(_ c: UInt8) -> Bool { c == 0x2C || c == 0x2E || c == 0x3A || c == 0x3B || c == 0x28 || c == 0x29 || c == 0x27 }
        while a < b, isTrimmed(word[a]) { a += 1 }
        while b > a, isTrimmed(word[b - 1]) { b -= 1 }
        if b - a <= 6 && isAcronym(word, a, b) {
            out.append(contentsOf: word)
            return
        }
        let possessive = b - a >= 2 && word[b - 2] == 0x27 && word[b - 1] == 0x53
        if !possessive {
            var s = a
            while s < b, word[s] == 0x2D { s += 1 }
            var e = s
            while e < b, word[e] != 0x2D { e += 1 }
            if e > s, e - s <= 6, isAcronym(word, s, e) {
                out.append(contentsOf: word)
                return
            }
        }
        // HeaderReader.titleCased, byte by byte.
        @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
        if !first && word.count <= 3 {
            var key = ""
            for c in word { key.unicodeScalars.append(Unicode.Scalar(lower(c))) }
            if HeaderReader.smallWords.contains(key) {
                out.append(contentsOf: key.utf8)
                return
            }
        }
        let hasVowel = word.contains { c in
            let l = lower(c)
            return l == 0x61 || l == 0x65 || l == 0x69 || l == 0x6F || l == 0x75 || l == 0x79
        }
        if !hasVowel && word.count <= 5 {
            out.append(contentsOf: word)
            return
        }
        var startOfPart = true
        for c in word {
            if c == 0x2D {
                out.append(c)
                startOfPart = true
            } else if startOfPart {
                out.append(c >= 0x61 && c <= 0x7A ? c - 0x20 : c)
                startOfPart = false
            } else {
                out.append(lower(c))
            }
        }
    }

    private static func isAcronym(_ word: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Bool {
        guard b > a else { return false }
        var key = ""
        for k in a..<b { key.unicodeScalars.append(Unicode.Scalar(word[k])) }
        return acronyms.contains(key)
    }
}
