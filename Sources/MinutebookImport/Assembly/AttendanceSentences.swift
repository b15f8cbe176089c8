import MinutebookCore

/// Attendance written as sentences in the Apologies minute: "Apologies were received from A, B
/// and C", "Yvonne Harding acted as alternate for Betty McDonald", "Sham Kidane attended in her
/// place", "Emily Wren and Amanda Mumford attended virtually".
enum AttendanceSentences {
    enum Note: Equatable {
        case apologies(String)
        case substitute(String, for: String?)
        case virtual(String)
        case absent(String)
    }

    static let apologyLeads = [
        "apologies for absence were received from", "apologies for absence had been received from",
        "apologies were received from", "apologies had been received from",
        "apologies were also received from", "apologies had also been received from",
        "apologies for absence were also received from", "apologies were noted from",
        "apologies were given by", "apologies received from", "apologies from"
    ]
    static let substitutePhrases = [
        " acted as alternate for ", " acted as an alternate for ", " acted as substitute for ",
        " acted as a substitute for ", " attended as substitute for ", " attended as a substitute for ",
        " attended as alternate for ", " attended as an alternate for ", " substituted for ",
        " deputised for ", " attended on behalf of ", " attended in place of ",
        " was acting as alternate for ", " was substitute for "
    ]
    static let substituteEndings = [
        " attended as alternate", " attended as an alternate", " acted as alternate",
        " acted as an alternate", " attended as substitute", " attended as a substitute",
        " attended in her place", " attended in his place", " attended in their place",
        " attended in her absence", " attended in his absence", " attended in their absence",
        " substituted", " deputised"
    ]
    static let virtualEndings = [
        " attended virtually", " attended remotely", " attended online", " joined virtually",
        " joined remotely", " joined online", " joined the meeting virtually",
        " joined the meeting remotely", " attended via teams", " joined via teams",
        " attended via zoom", " joined via zoom", " attended by video", " were present virtually",
        " was present virtually"
    ]

    /// Splits a paragraph into sentences on ". " (keeping "Mr." style abbreviations together).
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        let words = text.split(separator: " ")
        for w in words {
            current += current.isEmpty ? String(w) : " " + w
            if w.hasSuffix(".") && !["Mr.", "Mrs.", "Ms.", "Dr.", "Cllr.", "St.", "No."].contains(String(w)) && w.count > 2 {
                out.append(String(current.dropLast()))
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Names in "A, B and C" (honorifics removed); chunks that are not names are returned as nil.
    static func listNames(_ text: String) -> [String?] {
        var chunks: [String] = []
        for part in text.split(separator: ",") {
            for piece in String(part).splitOn(" and ") { chunks.append(piece.trimmed) }
        }
        return chunks.filter { !$0.isEmpty }.map { chunk in
            let name = Names.clean(chunk.hasPrefix("and ") ? String(chunk.dropFirst(4)) : chunk)
            return Names.looksLikePerson(name) ? name : nil
        }
    }

    /// The person named at the end of `text` ("... and Sham Kidane").
    static func trailingName(_ text: String) -> String? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," })
        var start = words.count
        while start > 0, words.count - start < 3, let f = words[start - 1].first, f.isUppercase || f == "'" { start -= 1 }
        guard words.count - start >= 2 else { return nil }
        let name = Names.clean(words[start...].joined(separator: " "))
        let parts = name.split(separator: " ")
        if parts.count >= 2 { return name }
        return nil
    }

    /// The person named at the start of `text` ("Betty McDonald (LBB Head...)").
    static func leadingName(_ text: String) -> String? {
        let cleaned = Names.clean(text)
        var words: [Substring] = []
        for w in cleaned.split(separator: " ") {
            let stripped = w.trimmingCharacters(",.;:")
            guard let f = stripped.first, f.isUppercase || Names.particles.contains(stripped.lowercased()) else { break }
            words.append(stripped)
            if w.last == "," || w.last == "." || words.count == 3 { break }
        }
        guard words.count >= 2 else { return nil }
        return words.joined(separator: " ")
    }

    static func notes(in paragraph: String) -> [Note] {
        var notes: [Note] = []
        for sentence in sentences(paragraph.replacingAll("—", with: " — ").replacingAll("–", with: " — ")) {
            let lower = sentence.lowercased()
            var handled = false
            for lead in apologyLeads {
                guard let r = lower.find(lead) else { continue }
                let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
                let list = String(sentence.dropFirst(offset))
                var previous: String?
                for (k, segment) in list.splitOn(" — ").enumerated() {
                    var chunks: [String] = []
                    for part in segment.split(separator: ",") {
                        for piece in String(part).splitOn(" and ") where !piece.trimmed.isEmpty { chunks.append(piece.trimmed) }
                    }
                    for chunk in chunks {
                        let chunkLower = " " + chunk.lowercased()
                        if let ending = substituteEndings.first(where: { chunkLower.hasSuffix($0) }) {
                            let who = Names.clean(String(chunk.dropLast(ending.count - 1)))
                            if Names.looksLikePerson(who) { notes.append(.substitute(who, for: previous)) }
                            continue
                        }
                        let name = Names.clean(chunk)
                        if Names.looksLikePerson(name) {
                            if k == 0 { notes.append(.apologies(name)) }
                            previous = name
                        } else {
                            var role = chunk.lowercased().hasPrefix("the ") ? String(chunk.dropFirst(4)) : chunk
                            role = role.trimmed
                            previous = role.isEmpty ? nil : role
                        }
                    }
                }
                handled = true
                break
            }
            if handled { continue }
            for phrase in substitutePhrases {
                guard let r = lower.find(phrase) else { continue }
                let before = String(sentence.prefix(lower.distance(from: lower.startIndex, to: r.lowerBound)))
                let after = String(sentence.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)))
                if let who = trailingName(before) {
                    notes.append(.substitute(who, for: leadingName(after)))
                }
                handled = true
                break
            }
            if handled { continue }
            for ending in virtualEndings {
                guard let r = lower.find(ending) else { continue }
                let before = String(sentence.prefix(lower.distance(from: lower.startIndex, to: r.lowerBound)))
                for name in listNames(before) { if let name { notes.append(.virtual(name)) } }
                break
            }
        }
        return notes
    }
}

extension StringProtocol {
    /// Splits on a separator string (plain text).
    func splitOn(_ separator: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let r = rest.find(separator) {
            out.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}

extension Substring {
    func trimmingCharacters(_ set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
