/// People's names as minutes write them: honorifics and ranks removed, accents kept.
public enum Names {
    /// Honorifics, ranks and titles that precede a name, longest first, lower-cased without dots.
    static let honorifics: [[String]] = {
        let list = [
            "detective chief superintendent", "detective superintendent", "detective chief inspector",
            "detective inspector", "detective sergeant", "detective constable", "chief superintendent",
            "chief inspector", "police constable", "assistant chief constable", "deputy chief constable",
            "chief constable", "ch supt", "ch insp", "det supt", "det insp", "det sgt", "det con", "d supt",
            "superintendent", "inspector", "sergeant", "constable", "councillor", "cynghorydd", "cllr", "cnllr",
            "councillors", "cllrs", "supt", "insp", "sgt", "pc", "pcso", "dc", "ds", "di", "dci", "dsu", "dr", "doctor", "prof", "professor",
            "mr", "mrs", "ms", "miss", "mx", "sir", "dame", "lord", "lady", "rev", "revd", "reverend", "canon",
            "father", "alderman", "the rt hon", "rt hon", "hon", "commander", "group manager", "station manager",
            "borough commander", "ald"
        ]
        return list.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
    }()

    /// Removes leading honorifics and ranks (repeatedly: "Cllr Dr Ann Lee"), markdown emphasis,
    /// trailing punctuation, and joins "O' Driscoll" to "O'Driscoll". Accents are kept.
    public static func clean(_ raw: some StringProtocol) -> String {
        var text = String(raw)
        if text.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F || $0 == 0x27 || $0 >= 0x80 }) {
            text = text.replacingAll("’", with: "'").replacingAll("**", with: "").replacingAll("__", with: "")
            text = text.replacingAll("' ", with: "'")
        }
        var words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var stripped = true
        while stripped && words.count > 1 {
            stripped = false
            // The first words lower-cased once, not once per honorific.
            let head = words.prefix(honorificWords).map { $0.lowercased().trimmingTrailing(".") }
            guard let first = head.first, honorificFirstWords.contains(first) else { break }
            for h in honorifics where words.count > h.count {
                if head.prefix(h.count).elementsEqual(h), words[h.count].first?.isUppercase == true {
                    words.removeFirst(h.count)
                    stripped = true
                    break
                }
            }
        }
        var name = words.joined(separator: " ")
        while let last = name.last, last == "," || last == "." || last == ";" || last == ":" || last == "-" { name.removeLast() }
        while let first = name.first, first == "-" || first == "•" || first == "*" || first == " " { name.removeFirst() }
        return name
    }

    /// True when `word` is an honorific or rank ("Cllr", "Supt.", "Councillor").
    static func isHonorificWord(_ word: some StringProtocol) -> Bool {
        guard let f = word.utf8.first, f >= 0x41 && f <= 0x5A || f >= 0x61 && f <= 0x7A, word.utf8.count <= 16 else { return false }
        return singleWordHonorifics.contains(word.lowercased().trimmingTrailing("."))
    }

    /// The most words an honorific has ("assistant chief constable").
    static let honorificWords = honorifics.map(\.count).max() ?? 1
    static let honorificFirstWords = Set(honorifics.compactMap(\.first))
    static let singleWordHonorifics = Set(honorifics.filter { $0.count == 1 }.map { $0[0] })

    /// Whether `text` reads as a person's name: two to four capitalised words (particles allowed).
    public static func looksLikeName(_ text: some StringProtocol) -> Bool {
        let words = text.split(separator: " ")
        guard (2...5).contains(words.count) else { return false }
        var capitalised = 0
        for w in words {
            guard let f = w.first else { return false }
            if f.isUppercase { capitalised += 1; continue }
            if particles.contains(w.lowercased()) { continue }
            return false
        }
        return capitalised >= 2 && text.count < 60 && !text.contains { $0.isNumber }
    }

    /// A name whose words are not job-title or organisation words ("Borough Fire Commander" is not).
    public static func looksLikePerson(_ text: some StringProtocol) -> Bool {
        looksLikeName(text) && text.split(separator: " ").allSatisfy { AttendanceList.isNameWord(String($0)) }
    }

    static let particles: Set<String> = ["de", "da", "di", "van", "von", "der", "den", "la", "le", "du", "del", "dos", "ap", "bin", "al"]

    /// "Rob Vale" → ["RV"], "AJ Brooks" → ["AB", "AJB"], "Mary-Jane O'Neil" → ["MO", "MJO"].
    public static func initials(of name: String) -> Set<String> {
        let words = name.split(separator: " ").filter { !particles.contains($0.lowercased()) }
        guard let first = words.first, let last = words.last, words.count >= 2 else { return [] }
        func letter(_ w: Substring) -> String { w.first(where: \.isLetter).map { String($0).uppercased() } ?? "" }
        let firstIsInitials = first.count <= 3 && first.allSatisfy(\.isUppercase)
        var result: Set<String> = firstIsInitials ? [] : [letter(first) + letter(last)]
        var all = ""
        for w in words {
            if w.count <= 3, w.allSatisfy(\.isUppercase) {
                all += w
            } else {
                for part in w.split(separator: "-") { all += letter(part) }
            }
        }
        result.insert(all)
        return result
    }

    /// The last word of a name, for matching "Mr Vale" or a surname in an Action column.
    public static func surname(of name: String) -> String {
        String(name.split(separator: " ").last ?? Substring(name))
    }

    /// Names compare without case, spaces around apostrophes or hyphens.
    public static func key(_ name: String) -> String {
        if !name.utf8.contains(where: { $0 == 0x27 || $0 == 0x2D || $0 >= 0x80 }) { return name.lowercased() }
        return name.lowercased().replacingAll("’", with: "'").replacingAll("' ", with: "'").replacingAll(" -", with: "-")
            .replacingAll("- ", with: "-")
    }
}

extension String {
    /// Replaces every occurrence of `target` (non-empty) with `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, find(target) != nil else { return self }
        var out = ""
        var rest = self[...]
        while let r = rest.find(target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }

}

extension StringProtocol {
    func trimmingTrailing(_ c: Character) -> String {
        var s = Substring(self)
        while s.last == c { s = s.dropLast() }
        return String(s)
    }

    /// Trims spaces at both ends.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }

    /// The range of `target` in the string (plain search, no Foundation).
    func find(_ target: String) -> Range<Index>? {
        var needle = target
        return needle.withUTF8 { t -> Range<Index>? in
            guard let first = t.first else { return nil }
            let u = utf8
            let n = t.count
            let found: Int? =
                u.withContiguousStorageIfAvailable { bytes -> Int? in
                    guard bytes.count >= n else { return nil }
                    var i = 0
                    let last = bytes.count - n
                    while i <= last {
                        if bytes[i] == first {
                            var k = 1
                            while k < n, bytes[i + k] == t[k] { k += 1 }
                            if k == n { return i }
                        }
                        i += 1
                    }
                    return nil
                } ?? slowFind(t)
            guard let offset = found else { return nil }
            let lower = u.index(u.startIndex, offsetBy: offset)
            return lower..<u.index(lower, offsetBy: n)
        }
    }

    private func slowFind(_ t: UnsafeBufferPointer<UInt8>) -> Int? {
        let bytes = Array(utf8)
        guard bytes.count >= t.count, let first = t.first else { return nil }
        for i in 0...(bytes.count - t.count) where bytes[i] == first {
            var k = 1
            while k < t.count, bytes[i + k] == t[k] { k += 1 }
            if k == t.count { return i }
        }
        return nil
    }
}
