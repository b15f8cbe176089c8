/// Actions written in the text rather than a column: "ACTION: RV to circulate the plan",
/// "... the plan would be revised (Action: PS/TO)", and bullet lists under "Actions:" with full
/// names ("- Priya Shah to draft the protocol").
enum InlineActions {
    static let openers = [
        "GWEITHREDU / ACTION:", "ACTION / GWEITHREDU:", "ACTION:", "Action:", "ACTIONS:", "Actions:", "ACTION -",
        "Action -", "ACTION –", "Action –", "ACTION BY:", "Action by:", "GWEITHREDU:", "Gweithredu:", "CAM GWEITHREDU:",
        "->", "→", "=>", "Action point:", "ACTION POINT:"
    ]
    static let listLabels: Set<String> = [
        "actions", "actions:", "action points", "action points:", "actions agreed:",
        "agreed actions:", "actions arising:", "camau gweithredu:", "actions agreed"
    ]

    /// Owners at the start of an action ("RV/SW to ...", "Priya Shah and Tom Okafor to ...").
    static func owners(_ text: String) -> (owners: [String], rest: String) {
        var head = text
        var rest = ""
        var best: String.Index?
        for stop in [" to ", ": ", " – ", " - ", " will ", " would ", " by "] {
            if let r = text.find(stop), best.map({ r.lowerBound < $0 }) ?? true {
                best = r.lowerBound
                head = String(text[..<r.lowerBound])
                rest = String(text[r.lowerBound...])
            }
        }
        if best == nil { head = text; rest = "" }
        var owners: [String] = []
        for piece in head.split(whereSeparator: { $0 == "/" || $0 == "," || $0 == "&" }) {
            for part in String(piece).splitOn(" and ") {
                let token = part.trimmed
                if token.isEmpty { continue }
                if let codes = Normalizer.actionCodes(token) { owners += codes; continue }
                let name = Names.clean(token)
                if Names.looksLikeName(name) { owners.append(name); continue }
                return ([], text)
            }
        }
        _ = rest
        return (owners, text)
    }

    /// Fragments every inline action contains.
    static let actionWords = NeedleSet(["ACTION", "Action", "GWEITHRED", "Gweithred", "->", "→", "=>"])

    /// An action opening the paragraph or closing it.
    static func find(in paragraph: String) -> (owners: [String], text: String)? {
        guard actionWords.occurs(in: paragraph) else { return nil }
        for opener in openers where paragraph.hasPrefix(opener) {
            let rest = String(paragraph.dropFirst(opener.count)).trimmed
            let parsed = owners(rest)
            return (parsed.owners, rest)
        }
        // "(Action: RV)" or "Action: RV" at the end of a paragraph.
        for opener in ["(Action:", "(ACTION:", "Action:", "ACTION:"] {
            guard let r = paragraph.find(opener), r.lowerBound > paragraph.startIndex else { continue }
            var tail = String(paragraph[r.upperBound...]).trimmed
            if tail.hasSuffix(")") { tail.removeLast() }
            if tail.hasSuffix(".") { tail.removeLast() }
            let parsed = owners(tail.trimmed)
            guard !parsed.owners.isEmpty, parsed.owners.joined(separator: " ").count + 6 >= tail.count else { continue }
            let text = String(paragraph[..<r.lowerBound]).trimmed
            return (parsed.owners, text)
        }
        return nil
    }

    /// A bullet of an action list: "- Priya Shah to draft the protocol by 1 May".
    static func bullet(_ paragraph: String) -> (owners: [String], text: String)? {
        guard let first = paragraph.first, first == "-" || first == "•" || first == "*" || first == "–" else { return nil }
        let rest = String(paragraph.dropFirst()).trimmed
        let parsed = owners(rest)
        guard !parsed.owners.isEmpty else { return nil }
        return (parsed.owners, rest)
    }
}
