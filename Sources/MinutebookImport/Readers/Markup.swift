/// HTML and Markdown markup to text lines: block elements become lines, table cells become
/// tab-separated columns (a cell's paragraphs spread over several lines, the Action column kept
/// on the right), page navigation and "pdf icon" noise dropped, entities decoded.
public enum Markup {
    static let blockTags: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article",
        "ul", "ol", "blockquote", "dd", "dt", "dl", "main", "hr", "pre", "caption", "center"
    ]
    static let skippedTags: Set<String> = [
        "script", "style", "nav", "header", "footer", "aside", "noscript", "form", "button",
        "select", "svg", "iframe", "template", "head", "title", "menu"
    ]
    static let noiseHints = [
        "nav", "menu", "breadcrumb", "footer", "header", "cookie", "sidebar", "skip", "banner",
        "search", "share", "social", "masthead", "toolbar", "pagination"
    ]
    static let voidTags: Set<String> = ["br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"]

    static let headingMark = String(UnicodeScalar(Line.headingMark))

    /// Lines (cells separated by tabs) for a whole HTML page or fragment.
    public static func lines(html: String) -> [String] {
        var parser = State()
        parser.feed(html)
        parser.finishBlock()
        parser.finishRow()
        return parser.output.filter { !isNoise($0.hasPrefix(headingMark) ? String($0.dropFirst()) : $0) }
    }

    /// Lines for Markdown with HTML fragments: a line holding tabs is a table row whose cells may
    /// hold `<p>` paragraphs; `| a | b |` rows are tables too; other lines lose their markup.
    public static func lines(markdown: String) -> [String] {
        var out: [String] = []
        for raw in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw)
            if line.hasSuffix("\r") { line.removeLast() }
            let trimmed = line.trimmed
            if trimmed.hasPrefix("|") && trimmed.hasSuffix("|") && trimmed.count > 1 {
                let cells = trimmed.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmed }
                if cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { continue }
                out += TableRows.lines(cells.map { fragmentParagraphs(markdownInline($0)) })
                continue
            }
            if line.contains("\t") {
                let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { fragmentParagraphs(markdownInline(String($0))) }
                out += TableRows.lines(cells)
                continue
            }
            var text = trimmed
            var heading = false
            while text.hasPrefix("#") { text.removeFirst(); heading = true }
            if text.hasPrefix(">") { text.removeFirst() }
            let paragraphs = fragmentParagraphs(markdownInline(text.trimmed))
            if paragraphs.isEmpty {
                out.append("")
            } else if heading {
                out.append(headingMark + paragraphs.joined(separator: " "))
            } else {
                out += paragraphs
            }
        }
        return out.filter { !isNoise($0.hasPrefix(headingMark) ? String($0.dropFirst()) : $0) }
    }

    /// Markdown emphasis and links removed: "**X**" → "X", "[t](u)" → "t", "*'q'*" → "'q'".
    static func markdownInline(_ text: String) -> String {
        var out = ""
        var chars = Substring(text)
        while let c = chars.first {
            if c == "*" || (c == "_" && (chars.dropFirst().first == "_")) {
                chars = chars.dropFirst()
                continue
            }
            if c == "[", let close = chars.firstIndex(of: "]"), chars[chars.index(after: close)...].hasPrefix("("),
                let paren = chars[close...].firstIndex(of: ")")
            {
                out += chars[chars.index(after: chars.startIndex)..<close]
                chars = chars[chars.index(after: paren)...]
                continue
            }
            out.append(c)
            chars = chars.dropFirst()
        }
        return out
    }

    /// The paragraphs of an HTML fragment (a table cell's content).
    static func fragmentParagraphs(_ html: String) -> [String] {
        guard html.contains("<") || html.contains("&") else {
            let t = collapse(html)
            return t.isEmpty ? [] : [t]
        }
        var parser = State()
        parser.inFragment = true
        parser.feed(html)
        parser.finishBlock()
        return parser.output.filter { !$0.isEmpty }
    }

    static func isNoise(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower == "pdf icon" || lower.hasPrefix("pdf icon ") || lower == "opens in new window" || lower == "download"
            || lower.contains("(pdf,") || lower.contains("(pdf ") || lower == "skip to main content" || lower == "print this page"
            || lower == "back to top"
    }

    static func collapse(_ text: String) -> String {
        var out = ""
        var space = false
        for c in text {
            if c == " " || c == "\n" || c == "\r" || c == "\u{A0}" {
                space = !out.isEmpty
            } else {
                if space { out.append(" ") }
                space = false
                out.append(c)
            }
        }
        return out
    }

    static let entities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "pound": "£", "hellip": "…", "bull": "•", "middot": "·",
        "eacute": "é", "egrave": "è", "acirc": "â", "ocirc": "ô", "wcirc": "ŵ",
        "ycirc": "ŷ", "euro": "€", "copy": "©", "shy": ""
    ]

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semi])
                var decoded: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) {
                    decoded = String(Character(s))
                } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) {
                    decoded = String(Character(s))
                } else {
                    decoded = entities[name]
                }
                if let decoded {
                    out += decoded
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }

    /// A small HTML reader: enough structure for minutes, no DOM.
    struct State {
        var output: [String] = []
        var paragraph = ""
        var skipDepth = 0
        var skipStack: [String] = []
        var inRow = false
        var inCell = false
        var cellParagraphs: [String] = []
        var rowCells: [[String]] = []
        var inFragment = false
        var listDepth = 0
        var inHeading = false

        mutating func text(_ t: String) {
            guard skipDepth == 0 else { return }
            paragraph += decodeEntities(t)
        }

        mutating func finishBlock() {
            let t = collapse(paragraph)
            paragraph = ""
            guard !t.isEmpty else { return }
            if inCell { cellParagraphs.append(t) } else { output.append(inHeading ? Markup.headingMark + t : t) }
        }

        mutating func finishCell() {
            finishBlock()
            if inCell { rowCells.append(cellParagraphs) }
            cellParagraphs = []
            inCell = false
        }

        mutating func finishRow() {
            if inCell { finishCell() }
            if inRow, !rowCells.isEmpty { output += TableRows.lines(rowCells) }
            rowCells = []
            inRow = false
        }

        mutating func tag(name: String, closing: Bool, attributes: Substring) {
            if skipDepth > 0 {
                if skippedTagOpen(name), !closing, !voidTags.contains(name) { skipStack.append(name); skipDepth += 1 }
                if closing, skipStack.last == name { skipStack.removeLast(); skipDepth -= 1 }
                return
            }
            if !closing && !voidTags.contains(name) && (skippedTags.contains(name) || isNoisy(attributes)) {
                if !(inFragment && name == "head") {
                    skipStack.append(name)
                    skipDepth += 1
                    return
                }
            }
            switch name {
            case "tr":
                closing
                    ? finishRow()
                    : {
                        finishRow(); finishBlock(); inRow = true
                    }()
            case "td", "th":
                if closing {
                    finishCell()
                } else {
                    if inCell { finishCell() }
                    if !inRow { finishBlock(); inRow = true }
                    finishBlock()
                    inCell = true
                }
            case "table": finishRow(); finishBlock()
            case "li":
                finishBlock()
                if !closing { paragraph = "- " }
            case "sup", "sub", "span", "b", "strong", "i", "em", "u", "a", "font", "small", "abbr": break
            case "h1", "h2", "h3", "h4", "h5", "h6":
                finishBlock()
                inHeading = !closing
            default:
                if blockTags.contains(name) { finishBlock() }
            }
        }

        func skippedTagOpen(_ name: String) -> Bool { skipStack.last == name }

        func isNoisy(_ attributes: Substring) -> Bool {
            guard !attributes.isEmpty else { return false }
            let lower = attributes.lowercased()
            for key in ["class=", "id=", "role="] {
                var rest = Substring(lower)
                while let r = rest.find(key) {
                    let value = rest[r.upperBound...].dropFirst().prefix(while: { $0 != "\"" && $0 != "'" })
                    for hint in noiseHints
                    where value.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).contains(where: { $0 == hint || $0.hasPrefix(hint) }) {
                        return true
                    }
                    rest = rest[r.upperBound...]
                }
            }
            return false
        }

        mutating func feed(_ html: String) {
            var rest = Substring(html)
            while !rest.isEmpty {
                guard let lt = rest.firstIndex(of: "<") else { text(String(rest)); break }
                if lt > rest.startIndex { text(String(rest[..<lt])) }
                let afterLt = rest[rest.index(after: lt)...]
                if afterLt.hasPrefix("!--") {
                    if let end = afterLt.find("-->") { rest = afterLt[end.upperBound...] } else { rest = "" }
                    continue
                }
                guard let gt = afterLt.firstIndex(of: ">") else { text(String(rest[lt...])); break }
                var inner = afterLt[..<gt]
                rest = afterLt[afterLt.index(after: gt)...]
                if inner.hasPrefix("!") || inner.hasPrefix("?") { continue }
                let closing = inner.hasPrefix("/")
                if closing { inner = inner.dropFirst() }
                let name = inner.prefix(while: { $0.isLetter || $0.isNumber }).lowercased()
                guard !name.isEmpty else { text("<" + String(inner) + ">"); continue }
                let attributes = inner.dropFirst(name.count)
                tag(name: name, closing: closing, attributes: attributes)
                if name == "script" || name == "style", !closing, let end = rest.find("</\(name)") {
                    rest = rest[end.lowerBound...]
                }
            }
        }
    }
}

/// A table row as text lines: the first column's number on the first line with the heading, a
/// cell's further paragraphs on lines of their own (first column empty), owner codes from the
/// right-hand column on the line of the paragraph they sit beside (the last).
enum TableRows {
    static func lines(_ cells: [[String]]) -> [String] {
        // " 1", " Minute": converted documents often start a cell's text with a space.
        let cells = cells.map { $0.map(\.trimmed).filter { !$0.isEmpty } }
        guard cells.contains(where: { !$0.isEmpty }) else { return [""] }
        let joined = cells.map { $0.joined(separator: " ") }
        // "14. | Title, then the minute's paragraphs": the title and each paragraph on a line of their own.
        if cells.count == 2, cells[0].count == 1, cells[1].count > 1,
            ItemHeading.numberWord(Substring(cells[0][0].trimmed)) != nil
        {
            return [cells[0][0] + "\t" + cells[1][0]] + cells[1].dropFirst().map { "\t" + $0 }
        }
        guard cells.count >= 3 else { return [joined.joined(separator: "\t")] }
        let last = joined[cells.count - 1]
        let lastIsHeader = Normalizer.isActionHeader(last)
        let middle = Array(cells[1..<(cells.count - 1)])
        let height = max(1, middle.map(\.count).max() ?? 1)
        let firstIsNumber = height > 1 && cells[0].count == 1 && Normalizer.minuteNumber(cells[0][0].trimmingTrailing(".")) != nil
        if height == 1 { return [joined.joined(separator: "\t")] }
        var out: [String] = []
        for k in 0..<height {
            var row = [k == 0 ? joined[0] : ""]
            for col in middle { row.append(k < col.count ? col[k] : "") }
            if k == 0 && (lastIsHeader || firstIsNumber) {
                row.append(lastIsHeader ? last : "Action")
            } else if k == height - 1 {
                row.append(last)
            }
            out.append(row.joined(separator: "\t"))
        }
        return out
    }
}
