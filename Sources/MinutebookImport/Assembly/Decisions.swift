/// Decisions in the forms minutes write them: "RESOLVED that ...", "It was AGREED that ...",
/// "Agreed: ...", "Decision: ...", "RESOLVED that: (1) ... (2) ...", Welsh "PENDERFYNWYD ...".
enum Decisions {
    /// Lead-ins that open a paragraph, longest first. Case matters: "It was agreed that" in lower
    /// case is narrative, "It was AGREED that" is a decision.
    static let openingLeadIns = [
        "PENDERFYNWYD / RESOLVED that", "PENDERFYNWYD / RESOLVED", "RESOLVED / PENDERFYNWYD that", "RESOLVED / PENDERFYNWYD",
        "Penderfynwyd / Resolved that", "It was RESOLVED that", "It was AGREED that", "RESOLVED UNANIMOUSLY that", "RESOLVED that", "RESOLVED:",
        "RESOLVED -", "RESOLVED", "Resolved that", "Resolved:", "AGREED that", "AGREED:", "Agreed that", "Agreed:",
        "DECISION:", "Decision:", "Decisions:", "DECISIONS:", "PENDERFYNWYD", "Penderfynwyd", "Decision -",
        "Resolved –", "Resolved -", "Resolved;", "Resolved,", "Agreed –", "Agreed -", "Agreed;", "AGREED –", "AGREED -", "AGREED;",
        "AGREED", "DECIDED that", "Decided that", "DECIDED:", "Decided:", "Decision –", "Outcome:", "OUTCOME:",
        "RESOLVED –", "RESOLVED;", "It was resolved that", "It was agreed that:"
    ]
    /// Lead-ins recognised inside a paragraph (after a sentence).
    static let inlineLeadIns = ["RESOLVED that", "It was AGREED that", "It was RESOLVED that", "RESOLVED:"]

    /// Fragments every lead-in contains; text without any of them decides nothing.
    static let fragments = NeedleSet(["ESOLV", "esolv", "GREE", "gree", "ECISION", "ecision", "ENDERF", "enderf"])

    static func startsDecision(_ text: String) -> Bool {
        guard let f = text.first, f == "R" || f == "I" || f == "A" || f == "D" || f == "P" else { return false }
        return openingLeadIns.contains { text.hasPrefix($0) && leadInEnds(text, after: $0) }
    }

    /// The lead-in must end at a word boundary ("RESOLVEDLY" is not one).
    static func leadInEnds(_ text: String, after leadIn: String) -> Bool {
        let rest = text.dropFirst(leadIn.count)
        guard let c = rest.first else { return true }
        return !c.isLetter
    }

    /// What a paragraph decides.
    struct Found {
        /// The decisions, lead-in removed, one per numbered point.
        var resolutions: [String]
        /// True when the paragraph is only a lead-in ("RESOLVED that:") and numbered points follow.
        var opensList: Bool
        /// The narrative before an inline lead-in ("The Group noted the report." of "The Group noted
        /// the report. RESOLVED that ..."); nil when the paragraph opens with the lead-in.
        var before: String? = nil
    }

    static func find(in paragraph: String) -> Found? {
        guard fragments.occurs(in: paragraph) else { return nil }
        var body: Substring?
        var before: String?
        for lead in openingLeadIns where paragraph.hasPrefix(lead) && leadInEnds(paragraph, after: lead) {
            body = paragraph.dropFirst(lead.count)
            break
        }
        if body == nil {
            for lead in inlineLeadIns {
                if let r = paragraph.find(lead), r.lowerBound > paragraph.startIndex {
                    let prefix = paragraph[..<r.lowerBound].trimmed
                    if let last = prefix.last, ".:;)".contains(last) || prefix.hasSuffix("</b>") {
                        body = paragraph[r.upperBound...]
                        before = String(prefix)
                        break
                    }
                }
            }
        }
        guard var text = body else { return nil }
        // "PENDERFYNWYD cymeradwyo'r cynllun. / RESOLVED that the plan be approved.": the English side.
        if let r = text.find("/ RESOLVED") ?? text.find("/ Resolved") ?? text.find("/ AGREED") {
            text = text[r.upperBound...]
            while let f = text.first, f.isLetter { text = text.dropFirst() }
        }
        text = trimLeadIn(text)
        if text.isEmpty { return Found(resolutions: [], opensList: true, before: before) }
        let points = numberedPoints(String(text))
        if points.count >= 2 { return Found(resolutions: points.map(capitalised), opensList: false, before: before) }
        return Found(resolutions: [capitalised(String(text))], opensList: false, before: before)
    }

    static func trimLeadIn(_ text: Substring) -> Substring {
        var t = text
        var changed = true
        while changed {
            changed = false
            while let f = t.first, f == " " || f == ":" || f == "-" || f == "–" || f == "—" || f == "," { t = t.dropFirst(); changed = true }
            if t.hasPrefix("that ") || t.hasPrefix("that:") || t.hasPrefix("That ") || t.hasPrefix("That:") || t.hasPrefix("THAT ") {
                t = t.dropFirst(4); changed = true
            }
            if t == "that" || t == "That" || t == "THAT" { t = t.dropFirst(4) }
        }
        return t
    }

    /// A numbered point of a resolution list: "(1) text", "1- text", "1. text", "1) text", "(a) text".
    static func point(_ paragraph: String) -> (label: String, text: String)? {
        guard Paragraphs.startsListItem(paragraph), let first = paragraph.first, first != "-", first != "•" else { return nil }
        if first == "(" {
            let inner = paragraph.dropFirst().prefix(while: { $0 != ")" })
            return (String(inner), String(trimLeadIn(paragraph.dropFirst(inner.count + 2))).trimmed)
        }
        let digits = paragraph.prefix(while: { $0.isNumber })
        guard !digits.isEmpty else { return nil }
        return (String(digits), String(trimLeadIn(paragraph.dropFirst(digits.count + 1))).trimmed)
    }

    /// Whether `label` continues a list whose last label was `previous` ("2" after "1", "b" after "a").
    static func follows(_ label: String, _ previous: String?) -> Bool {
        guard let previous else { return label == "1" || label == "a" || label == "i" || label == "A" }
        if let a = Int(label), let b = Int(previous) { return a == b + 1 }
        if let a = romans.firstIndex(of: label.lowercased()), let b = romans.firstIndex(of: previous.lowercased()) {
            if a == b + 1 { return true }
        }
        if let a = label.unicodeScalars.first, let b = previous.unicodeScalars.first, label.count == 1, previous.count == 1 {
            return a.value == b.value + 1
        }
        return false
    }

    static let romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]

    /// Splits "(1) first (2) second" written in one paragraph.
    static func numberedPoints(_ text: String) -> [String] {
        guard text.hasPrefix("(1)") || text.hasPrefix("1.") || text.hasPrefix("1-") || text.hasPrefix("(a)") else { return [] }
        var points: [String] = []
        var rest = Substring(text)
        var n = 1
        let letters = text.hasPrefix("(a)")
        while !rest.isEmpty {
            let marker =
                letters ? "(\(MinuteNumberLetters.letter(n - 1)))" : (text.hasPrefix("(1)") ? "(\(n))" : (text.hasPrefix("1.") ? "\(n)." : "\(n)-"))
            guard rest.hasPrefix(marker) else { break }
            rest = rest.dropFirst(marker.count)
            let nextMarker =
                letters
                ? "(\(MinuteNumberLetters.letter(n)))" : (text.hasPrefix("(1)") ? "(\(n + 1))" : (text.hasPrefix("1.") ? " \(n + 1)." : " \(n + 1)-"))
            if let r = rest.find(nextMarker) {
                points.append(String(rest[..<r.lowerBound]).trimmed)
                rest = rest[r.lowerBound...]
                while rest.first == " " { rest = rest.dropFirst() }
            } else {
                points.append(String(rest).trimmed)
                rest = ""
            }
            n += 1
        }
        return points.count >= 2 ? points : []
    }

    static func capitalised(_ text: String) -> String {
        var t = text.trimmed
        while let l = t.last, l == " " { t.removeLast() }
        guard let f = t.first, f.isLowercase else { return t }
        return f.uppercased() + t.dropFirst()
    }
}

enum MinuteNumberLetters {
    static func letter(_ i: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return String(letters[max(0, min(25, i))])
    }
}
