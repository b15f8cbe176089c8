import MinutebookCore

/// Repairs the noise OCR leaves in a scanned page's text, only where the repair is unambiguous, and
/// names each repair with its line: ligatures (`ﬁ`, `ﬂ`), `vv` read for `w`, `rn` read for `m`, a
/// word split by a stray space ("Comm ittee"), and look-alike letters in numbers ("2O14", "O6").
/// Ligatures are always repaired. The other repairs run only on text that shows OCR noise (read by
/// OCR, or holding a ligature, a `vv` or a look-alike digit), so typed minutes pass unchanged and
/// at the importer's speed.
enum OCRNoise {
    struct Result {
        var text: String
        var warnings: [String]
    }

    static let ligatures: [Unicode.Scalar: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl", "\u{FB05}": "st", "\u{FB06}": "st"
    ]

    /// English words with a real `vv` (left as they are).
    static let realDoubleV: Set<String> = [
        "savvy", "savvier", "navvy", "navvies", "revved", "revving", "chivvy", "chivvied", "divvy", "skivvy", "civvies", "bovver"
    ]

    static func repair(_ text: String, readByOCR: Bool) -> Result {
        let noisy = readByOCR || showsNoise(text)
        guard noisy else { return Result(text: text, warnings: []) }
        var vocabulary = OCRVocabulary(text)
        var warnings: [String] = []
        var out: [String] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            var line = String(raw)
            if line.isEmpty { out.append(line); continue }
            line = repairLigatures(line, number: number, warnings: &warnings)
            // Each tab-separated cell on its own, so columns stay where they were.
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
                let words = repairWords(String(cell), number: number, vocabulary: &vocabulary, warnings: &warnings)
                return repairSplitWords(words, number: number, vocabulary: &vocabulary, warnings: &warnings)
            }
            out.append(cells.joined(separator: "\t"))
        }
        return Result(text: out.joined(separator: "\n"), warnings: warnings)
    }

    /// The line a repair warning names ("line 12: read ...").
    static func line(of warning: String) -> Int? {
        guard warning.hasPrefix("line ") else { return nil }
        return Int(warning.dropFirst(5).prefix { $0.isNumber })
    }

    /// One pass over the bytes: a ligature, a `vv`/`VV`, or a digit touching a look-alike letter.
    static func showsNoise(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let n = bytes.count
            var i = 1
            while i < n {
                let b = bytes[i]
                // Only bytes that can end a sign: O, l, V, v, a digit, or a ligature's last byte.
                if b >= 0x30 && b <= 0x39 {
                    let p = bytes[i - 1]
                    // "O6", "l0": O or l starting a number.
                    if (p == 0x4F || p == 0x6C) && (i < 2 || !isLetter(bytes[i - 2])) { return true }
                } else if b == 0x4F || b == 0x6C {
                    // "2O14", "1O.OO": a digit then O or l.
                    let p = bytes[i - 1]
                    if p >= 0x30 && p <= 0x39 { return true }
                } else if b == 0x56 || b == 0x76 {
                    let p = bytes[i - 1]
                    if p == 0x56 || p == 0x76 { return true }
                } else if b >= 0x80 && b <= 0x86 && i >= 2 && bytes[i - 1] == 0xAC && bytes[i - 2] == 0xEF {
                    // U+FB00...U+FB06 is EF AC 80...86.
                    return true
                }
                i += 1
            }
            return false
        }
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A || b >= 0x61 && b <= 0x7A }

    static func repairLigatures(_ line: String, number: Int, warnings: inout [String]) -> String {
        guard line.unicodeScalars.contains(where: { ligatures[$0] != nil }) else { return line }
        var words: [String] = []
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            guard word.unicodeScalars.contains(where: { ligatures[$0] != nil }) else { words.append(String(word)); continue }
            var fixed = ""
            for s in word.unicodeScalars { if let l = ligatures[s] { fixed += l } else { fixed.unicodeScalars.append(s) } }
            warnings.append("line \(number): read '\(word)' as '\(fixed)' (OCR ligature)")
            words.append(fixed)
        }
        return words.joined(separator: " ")
    }

    /// Each word: look-alike digits, `vv`, `rn`.
    static func repairWords(_ line: String, number: Int, vocabulary: inout OCRVocabulary, warnings: inout [String]) -> String {
        var changed = false
        var words: [String] = []
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            let (lead, core, tail) = split(word)
            var fixed = core
            var why = ""
            if let digits = repairedDigits(core) {
                fixed = digits
                why = "OCR digits"
            } else if let w = repairedDoubleV(core, vocabulary: &vocabulary) {
                fixed = w
                why = "OCR: vv for w"
            } else if let m = repairedRN(core, vocabulary: &vocabulary) {
                fixed = m
                why = "OCR: rn for m"
            }
            if fixed != core {
                warnings.append("line \(number): read '\(core)' as '\(fixed)' (\(why))")
                changed = true
            }
            words.append(lead + fixed + tail)
        }
        return changed ? words.joined(separator: " ") : line
    }

    /// Punctuation before and after a word's letters and digits.
    static func split(_ word: Substring) -> (String, String, String) {
        var core = word
        var lead = ""
        var tail = ""
        while let f = core.first, "(\"'“‘[".contains(f) { lead.append(f); core = core.dropFirst() }
        while let l = core.last, ",;:)\"'”’].?!".contains(l) { tail = String(l) + tail; core = core.dropLast() }
        // A sentence's full stop, not a decimal point ("1O.3O." keeps its inner dots).
        if core.last == ".", core.dropLast().last?.isLetter == true || core.count == 1 { tail = "." + tail; core = core.dropLast() }
        return (lead, String(core), tail)
    }

    /// "2O14", "1O.OO", "O6", "l0": a number with look-alike letters (O, o, l, I) among at least one
    /// real digit, and nothing else but `.`, `:`, `/`.
    static func repairedDigits(_ core: String) -> String? {
        guard core.utf8.count >= 2, core.utf8.count <= 10 else { return nil }
        var digits = 0
        var lookAlikes = 0
        for b in core.utf8 {
            if b >= 0x30 && b <= 0x39 {
                digits += 1
            } else if b == 0x4F || b == 0x6F || b == 0x6C || b == 0x49 {
                lookAlikes += 1
            } else if b == 0x2E || b == 0x3A || b == 0x2F {
            } else {
                return nil
            }
        }
        guard digits > 0, lookAlikes > 0 else { return nil }
        var fixed = ""
        for c in core {
            switch c {
            case "O", "o": fixed.append("0")
            case "I", "l": fixed.append("1")
            default: fixed.append(c)
            }
        }
        return fixed
    }

    static func repairedDoubleV(_ core: String, vocabulary: inout OCRVocabulary) -> String? {
        guard core.contains("vv") || core.contains("VV") || core.contains("Vv"), core.allSatisfy(\.isLetter) else { return nil }
        guard !realDoubleV.contains(core.lowercased()) else { return nil }
        return core.replacingOccurrences(of: "VV", with: "W").replacingOccurrences(of: "Vv", with: "W")
            .replacingOccurrences(of: "vv", with: "w")
    }

    /// "Cornrnittee" → "Committee": of the words made by reading some of the `rn`s as `m`, exactly one
    /// is known (the built-in word list, or a capitalised word printed elsewhere in the document), and
    /// the word as printed is not.
    static func repairedRN(_ core: String, vocabulary: inout OCRVocabulary) -> String? {
        let lower = core.lowercased()
        guard lower.contains("rn"), core.allSatisfy(\.isLetter), !OCRVocabulary.words.contains(lower) else { return nil }
        // A capitalised word may be a name ("Horne"): read it as a listed word ("home") only when that is long.
        let mayBeName = core.first?.isUppercase == true && core.dropFirst().contains(where: \.isLowercase)
        let chars = Array(core)
        var places: [Int] = []
        var i = 0
        while i + 1 < chars.count {
            if (chars[i] == "r" || chars[i] == "R") && (chars[i + 1] == "n" || chars[i + 1] == "N") { places.append(i); i += 2 } else { i += 1 }
        }
        guard !places.isEmpty, places.count <= 4 else { return nil }
        var found: [String] = []
        for mask in 1..<(1 << places.count) {
            var candidate = ""
            var k = 0
            while k < chars.count {
                if let p = places.firstIndex(of: k), mask & (1 << p) != 0 {
                    candidate.append(chars[k].isUppercase ? "M" : "m")
                    k += 2
                } else {
                    candidate.append(chars[k])
                    k += 1
                }
            }
            if vocabulary.isPrinted(candidate) || vocabulary.isKnown(candidate) && (!mayBeName || candidate.count >= 6) {
                found.append(candidate)
            }
        }
        return found.count == 1 ? found[0] : nil
    }

    /// "Comm ittee" → "Committee": two neighbouring words, neither of them a word, whose join is.
    static func repairSplitWords(_ line: String, number: Int, vocabulary: inout OCRVocabulary, warnings: inout [String]) -> String {
        let words = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard words.count >= 2 else { return line }
        var out: [String] = []
        var k = 0
        var changed = false
        while k < words.count {
            if k + 1 < words.count {
                let (lead, a, _) = split(Substring(words[k]))
                let (_, b, tail) = split(Substring(words[k + 1]))
                if words[k].hasSuffix(a), words[k + 1].hasPrefix(b), a.count >= 2, b.count >= 2, a.allSatisfy(\.isLetter), b.allSatisfy(\.isLetter),
                    !vocabulary.isWord(a), !vocabulary.isWord(b), vocabulary.isKnown(a + b)
                {
                    warnings.append("line \(number): read '\(a) \(b)' as '\(a + b)' (OCR spacing)")
                    out.append(lead + a + b + tail)
                    k += 2
                    changed = true
                    continue
                }
            }
            out.append(words[k])
            k += 1
        }
        return changed ? out.joined(separator: " ") : line
    }
}
