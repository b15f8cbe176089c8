import Foundation

/// Plain text in whatever encoding an old system saved it: UTF-8 (with or without a byte-order
/// mark), UTF-16 with a mark, and the single-byte encodings of 2000s Windows and Mac exports
/// (Windows-1252, ISO-8859-1, Mac Roman), line ends made "\n". Readable text is never refused for
/// its encoding; when it was not UTF-8 the encoding assumed is returned to be said in a warning.
enum TextDecoding {
    struct Decoded {
        var text: String
        /// The encoding assumed, when it was not UTF-8 ("Windows-1252"); nil for UTF-8.
        var assumed: String?
    }

    static func decode(_ data: Data, file: String) throws(ImportError) -> Decoded {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard bytes.count % 2 == 0,
                let text = String(bytes: bytes.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian)
            else {
                throw ImportError(file: file, "starts as UTF-16 text but is not valid UTF-16; save it as UTF-8 and import again")
            }
            try refuseBinary(Array(text.utf8.prefix(8192)), file: file)
            return Decoded(text: lineEnds(text), assumed: little ? "UTF-16 (little-endian)" : "UTF-16 (big-endian)")
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        try refuseBinary(Array(body.prefix(8192)), file: file)
        if let text = String(validating: body, as: UTF8.self) { return Decoded(text: lineEnds(text), assumed: nil) }
        let best = singleByte(body)
        return Decoded(text: lineEnds(best.text), assumed: best.name)
    }

    /// A NUL or many control characters: a binary file, not text minutes.
    static func refuseBinary(_ head: [UInt8], file: String) throws(ImportError) {
        var controls = 0
        for b in head {
            if b == 0 { throw ImportError(file: file, "is a binary file, not text minutes") }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { controls += 1 }
        }
        if controls > 32 { throw ImportError(file: file, "is a binary file, not text minutes") }
    }

    /// "\r\n" and a lone "\r" (old Mac) become "\n".
    static func lineEnds(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// The single-byte reading that looks most like prose. ISO-8859-1 and Windows-1252 agree except on
    /// 0x80-0x9F (control characters in ISO-8859-1, quotes and dashes in Windows-1252); Mac Roman puts
    /// accented small letters there and its quotes at 0xD2-0xD5, where the others have capitals.
    static func singleByte(_ bytes: [UInt8]) -> (text: String, name: String) {
        let hasC1 = bytes.contains { $0 >= 0x80 && $0 <= 0x9F }
        var candidates: [(String, String.Encoding?)] = [("Windows-1252", .windowsCP1252), ("Mac Roman", nil)]
        if !hasC1 { candidates.insert(("ISO-8859-1", .isoLatin1), at: 0) }
        var best: (text: String, name: String, score: Int)?
        for (name, encoding) in candidates {
            guard let text = encoding.map({ String(bytes: bytes, encoding: $0) }) ?? macRoman(bytes) else { continue }
            let score = plausibility(text)
            if best == nil || score > best!.score { best = (text, name, score) }
        }
        if let best { return (best.text, best.name) }
        // Every byte is a character in ISO-8859-1, so this is never reached with Foundation's tables.
        return (String(decoding: bytes.map { $0 < 0x80 ? $0 : UInt8(ascii: "?") }, as: UTF8.self), "ISO-8859-1")
    }

    /// Mac Roman's upper half (Apple's ROMAN.TXT, 0xDB the euro), written here because Foundation's
    /// table on Linux is wrong (it reads 0xD0, the en dash, as a dotless i).
    static let macRomanHigh: [Character] = Array(
        "ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü\u{2020}°¢£§\u{2022}¶ß®©\u{2122}´¨\u{2260}ÆØ\u{221E}±\u{2264}\u{2265}¥µ\u{2202}\u{2211}\u{220F}π\u{222B}ªºΩæø¿¡¬\u{221A}ƒ\u{2248}\u{2206}«»\u{2026}\u{A0}ÀÃÕŒœ\u{2013}\u{2014}\u{201C}\u{201D}\u{2018}\u{2019}÷\u{25CA}ÿŸ\u{2044}\u{20AC}\u{2039}\u{203A}\u{FB01}\u{FB02}\u{2021}·\u{201A}\u{201E}\u{2030}ÂÊÁËÈÍÎÏÌÓÔ\u{F8FF}ÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ"
    )

    static func macRoman(_ bytes: [UInt8]) -> String {
        var out = String.UnicodeScalarView()
        for b in bytes {
            if b < 0x80 { out.append(Unicode.Scalar(b)) } else { out.append(contentsOf: macRomanHigh[Int(b) - 0x80].unicodeScalars) }
        }
        return String(out)
    }

    /// How much the non-ASCII characters of `text` look like English or Welsh prose: typographic
    /// punctuation and small accented letters score, a capital straight after a small letter
    /// ("donÕt") and symbols or control characters cost.
    static func plausibility(_ text: String) -> Int {
        let punctuation: Set<Character> = [
            "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "\u{2026}",
            "\u{2022}", "\u{20AC}", "£", "°", "½", "¼", "¾", "©", "§"
        ]
        var score = 0
        for c in text where !c.isASCII {
            if punctuation.contains(c) { score += 2 } else if c.isLetter { score += c.isLowercase ? 1 : 0 } else { score -= 3 }
        }
        // Capitals in the middle of words, seen with their neighbours.
        var last: Character = " "
        for c in text {
            if !c.isASCII, c.isUppercase, last.isASCII, last.isLowercase { score -= 3 }
            last = c
        }
        return score
    }
}
