import MinutebookCore

/// Reads what PDF extraction and OCR garble: look-alike letters from other scripts in Action
/// columns, Arabic-Indic digits, `O`/`0` and `l`/`1` swaps in minute numbers.
public enum Normalizer {
    /// Latin letters that Cyrillic, Greek, full-width and Arabic-Indic characters are mistaken for.
    static let lookAlikes: [UInt32: Character] = {
        var map: [UInt32: Character] = [:]
        let cyrillic: [(UInt32, Character)] = [
            (0x0410, "A"), (0x0412, "B"), (0x0421, "C"), (0x0415, "E"), (0x041D, "H"), (0x0406, "I"),
            (0x0408, "J"), (0x041A, "K"), (0x041C, "M"), (0x041E, "O"), (0x0420, "P"), (0x0405, "S"),
            (0x0422, "T"), (0x0425, "X"), (0x0423, "Y"), (0x0430, "a"), (0x0432, "b"), (0x0441, "c"),
            (0x0435, "e"), (0x043D, "h"), (0x0456, "i"), (0x043A, "k"), (0x043C, "m"), (0x043E, "o"),
            (0x0440, "p"), (0x0455, "s"), (0x0442, "t"), (0x0445, "x"), (0x0443, "y")
        ]
        let greek: [(UInt32, Character)] = [
            (0x0391, "A"), (0x0392, "B"), (0x0395, "E"), (0x0396, "Z"), (0x0397, "H"), (0x0399, "I"),
            (0x039A, "K"), (0x039C, "M"), (0x039D, "N"), (0x039F, "O"), (0x03A1, "P"), (0x03A4, "T"),
            (0x03A5, "Y"), (0x03A7, "X"), (0x03BF, "o"), (0x03BD, "v")
        ]
        // Arabic-Indic digits as the letters they resemble in a column of initials.
        let arabic: [(UInt32, Character)] = [
            (0x0668, "A"), (0x06F8, "A"), (0x0667, "V"), (0x06F7, "V"), (0x0661, "I"), (0x06F1, "I"),
            (0x0660, "O"), (0x06F0, "O")
        ]
        for (k, v) in cyrillic + greek + arabic { map[k] = v }
        for k in UInt32(0xFF21)...0xFF3A { map[k] = Character(Unicode.Scalar(k - 0xFF21 + 0x41) ?? "A") }
        return map
    }()

    /// Replaces look-alike characters with the Latin letters they show. ASCII passes unchanged.
    public static func latinLookAlikes(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if let latin = lookAlikes[scalar.value] { out.append(latin) } else { out.unicodeScalars.append(scalar) }
        }
        return out
    }

    /// True for a column header such as "Action", including truncations ("Actio", "Actic") and a
    /// lone look-alike "A".
    public static func isActionHeader(_ cell: String) -> Bool {
        guard let f = cell.utf8.first, cell.utf8.count <= 12, f == 0x41 || f == 0x61 || f >= 0x80 else { return false }
        let t = latinLookAlikes(cell).lowercased()
        if t == "action" || t == "actions" || t == "action by" || t == "a" { return true }
        return t.count >= 4 && t.count <= 6 && "action".hasPrefix(t.dropLast())
    }

    /// Collective owners written in an Action column instead of initials.
    static let collectiveOwners = ActionOwner.collectiveCodes

    /// Owner codes from an Action column cell ("LG/TG", "СН", "RV, SW", "All"), or nil when the
    /// cell is not a list of owners.
    public static func actionCodes(_ cell: String) -> [String]? {
        guard cell.utf8.count <= 40, let f = cell.utf8.first, f >= 0x41 && f <= 0x5A || f >= 0x80 else { return nil }
        if f < 0x80, !mayBeASCIICodes(cell) { return nil }
        let t = latinLookAlikes(cell)
        guard !t.isEmpty, t.utf8.count <= 40, !isActionHeader(t) else { return nil }
        var parts: [String] = []
        for piece in t.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == "&" || $0 == "+" }) {
            for word in piece.split(separator: " ") where word != "and" {
                parts.append(String(word))
            }
        }
        guard !parts.isEmpty, parts.count <= 6 else { return nil }
        for p in parts {
            let isInitials = (1...4).contains(p.count) && p.allSatisfy { $0.isASCII && $0.isUppercase }
            if !isInitials && !collectiveOwners.contains(p) { return nil }
        }
        return parts
    }

    /// `minuteNumber` for ASCII bytes, without building strings: the same look-alike rules.
    static func asciiMinuteNumber(_ u: [UInt8]) -> MinuteNumber? {
        guard u.count <= 9 else { return nil }
        @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        @inline(__always) func isLetter(_ c: UInt8) -> Bool { c >= 0x41 && c <= 0x5A || c >= 0x61 && c <= 0x7A }
        var value = 0, digits = 0, realDigit = false
        var i = 0
        while i < u.count {
            let c = u[i]
            if isDigit(c) {
                value = value * 10 + Int(c - 0x30); digits += 1; realDigit = true
            } else if (c == 0x4F || c == 0x6F) && digits > 0 {
                value *= 10; digits += 1
            } else if (c == 0x6C || c == 0x49 || c == 0x7C) && (i + 1 < u.count && isDigit(u[i + 1]) || digits > 0) {
                if i + 1 < u.count, isLetter(u[i + 1]), digits > 0, u[i + 1] != 0x4F, u[i + 1] != 0x6F { break }
                value = value * 10 + 1; digits += 1
            } else {
                break
            }
            i += 1
        }
        guard realDigit, digits > 0, digits <= 4 else { return nil }
        var letters = ""
        while i < u.count {
            let c = u[i]
            i += 1
            if c == 0x20 || c == 0x28 || c == 0x29 || c == 0x09 { continue }
            guard isLetter(c), letters.utf8.count < 2 else { return nil }
            letters.unicodeScalars.append(Unicode.Scalar(c))
        }
        return MinuteNumber(value, letter: letters)
    }

    /// A cheap refusal for `actionCodes`: in ASCII text every word between the separators must be
    /// upper-case initials (1-4 letters), a collective owner or "and"; sentences fail at once.
    static func mayBeASCIICodes(_ cell: String) -> Bool {
        var word: [UInt8] = []
        var parts = 0
        func wordFits() -> Bool {
            defer { word.removeAll(keepingCapacity: true) }
            if word.isEmpty { return true }
            if word.count <= 4, word.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { parts += 1; return parts <= 6 }
            let w = String(decoding: word, as: UTF8.self)
            if w == "and" { return true }
            if collectiveOwners.contains(w) { parts += 1; return parts <= 6 }
            return false
        }
        for b in cell.utf8 {
            if b >= 0x80 { return true } // look-alike letters: the full reading decides
            if b == 0x2F || b == 0x2C || b == 0x26 || b == 0x2B || b == 0x20 {
                guard wordFits() else { return false }
            } else {
                word.append(b)
                if word.count > 11 { return false }
            }
        }
        return wordFits()
    }

    /// Arabic-Indic digits to ASCII digits.
    public static func asciiDigits(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(text) }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0660...0x0669: out.append(Character(Unicode.Scalar(scalar.value - 0x0660 + 0x30) ?? "0"))
            case 0x06F0...0x06F9: out.append(Character(Unicode.Scalar(scalar.value - 0x06F0 + 0x30) ?? "0"))
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A minute number as printed, read through OCR noise: "172a", "35 b", "46 (a)", "l72", "1O3".
    /// Needs at least one real digit; letters after the digits are the sub-item.
    public static func minuteNumber(_ token: some StringProtocol) -> MinuteNumber? {
        guard let f = token.utf8.first, token.utf8.count <= 16,
            f >= 0x30 && f <= 0x39 || f == 0x6C || f == 0x49 || f == 0x7C || f >= 0x80
        else { return nil }
        if token.utf8.allSatisfy({ $0 < 0x80 }) { return asciiMinuteNumber(Array(token.utf8)) }
        return characterMinuteNumber(token)
    }

    /// `minuteNumber` read Character by Character (other scripts' digits); ASCII takes `asciiMinuteNumber`.
    static func characterMinuteNumber(_ token: some StringProtocol) -> MinuteNumber? {
        let ascii = asciiDigits(token)
        guard ascii.count <= 9 else { return nil }
        var digits = ""
        var rest = Substring(ascii)
        var realDigit = false
        while let c = rest.first {
            if c.isASCII && c.isNumber {
                digits.append(c); realDigit = true
            } else if (c == "O" || c == "o") && !digits.isEmpty {
                digits.append("0")
            } else if (c == "l" || c == "I" || c == "|") && (rest.dropFirst().first.map { $0.isNumber } ?? false || !digits.isEmpty) {
                if let next = rest.dropFirst().first, next.isLetter, !digits.isEmpty, next != "O", next != "o" { break }
                digits.append("1")
            } else {
                break
            }
            rest = rest.dropFirst()
        }
        guard realDigit, !digits.isEmpty, digits.count <= 4 else { return nil }
        return MinuteNumber(parsing: digits + rest)
    }
}
