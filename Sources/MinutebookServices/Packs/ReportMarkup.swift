import Foundation

/// Turns uploaded Markdown and HTML reports into safe HTML fragments for the pack and its
/// accessible HTML version: every text escaped, only structural tags kept, no attributes, scripts,
/// styles, images or links to elsewhere.
public enum ReportMarkup {
    public static let allowedTags: Set<String> = [
        "h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "table", "thead", "tbody",
        "tr", "th", "td", "strong", "em", "b", "i", "br", "blockquote", "caption", "hr", "sup", "sub"
    ]
    public static let droppedWithContent: Set<String> = ["script", "style", "head", "title", "template", "svg", "math", "iframe", "object"]
    public static let voidTags: Set<String> = ["br", "hr"]

    /// Headings in a report are shifted down so the report's own title stays the only `<h1>` of its item.
    public static func shifted(_ tag: String) -> String {
        guard tag.count == 2, tag.first == "h", let level = Int(String(tag.dropFirst())) else { return tag }
        return "h\(min(6, level + 1))"
    }

    /// A stored fragment one heading level further down, for the accessible pack, where the item's own
    /// title is an `<h2>` (in print it is the `<h1>`): the report's headings then sit under it.
    public static func demoted(_ fragment: String) -> String {
        var text = fragment
        for level in stride(from: 5, through: 1, by: -1) {
            text = text.replacingOccurrences(of: "<h\(level)>", with: "<h\(level + 1)>")
                .replacingOccurrences(of: "</h\(level)>", with: "</h\(level + 1)>")
        }
        return text
    }

    /// A sanitised copy of an HTML report's body.
    public static func sanitiseHTML(_ source: String) -> String {
        var w = HTMLWriter(capacity: source.utf8.count)
        var i = source.startIndex
        var skipping: String?
        while i < source.endIndex {
            let c = source[i]
            if c == "<" {
                guard let close = source[i...].firstIndex(of: ">") else { break }
                var inner = source[source.index(after: i)..<close]
                i = source.index(after: close)
                if inner.hasPrefix("!") || inner.hasPrefix("?") { continue } // comments, doctype
                let closing = inner.hasPrefix("/")
                if closing { inner = inner.dropFirst() }
                let name = String(inner.prefix { $0.isLetter || $0.isNumber }).lowercased()
                if let skip = skipping {
                    if closing && name == skip { skipping = nil }
                    continue
                }
                if !closing && droppedWithContent.contains(name) && !inner.hasSuffix("/") { skipping = name; continue }
                guard allowedTags.contains(name) else { continue }
                let tag = shifted(name)
                if closing {
                    if !voidTags.contains(name) { w.rawTrusted("</\(tag)>") }
                } else {
                    w.rawTrusted("<\(tag)>")
                }
                continue
            }
            let next = source[i...].firstIndex(of: "<") ?? source.endIndex
            if skipping == nil { w.text(decodeEntities(String(source[i..<next]))) }
            i = next
        }
        return w.string
    }

    /// The few entities reports use; anything else is kept as written (and then escaped).
    public static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        let named = [
            "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'", "&nbsp;": "\u{00A0}",
            "&pound;": "£", "&ndash;": "–", "&mdash;": "—", "&rsquo;": "’", "&lsquo;": "‘", "&ldquo;": "“", "&rdquo;": "”"
        ]
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "&", let semi = text[i...].prefix(10).firstIndex(of: ";") {
                let entity = String(text[i...semi])
                if let value = named[entity] {
                    out += value
                    i = text.index(after: semi)
                    continue
                }
                if entity.hasPrefix("&#"),
                    let code = entity.dropFirst(2).dropLast().hasPrefix("x")
                        ? UInt32(entity.dropFirst(3).dropLast(), radix: 16) : UInt32(entity.dropFirst(2).dropLast()),
                    let scalar = Unicode.Scalar(code)
                {
                    out.unicodeScalars.append(scalar)
                    i = text.index(after: semi)
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    /// Markdown as reports use it: headings, paragraphs, bullet and numbered lists, pipe tables,
    /// **bold** and *italic*. Everything else is text.
    public static func markdown(_ source: String) -> String {
        var w = HTMLWriter(capacity: source.utf8.count * 2)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var l = String(line)
            if l.hasSuffix("\r") { l.removeLast() }
            return l
        }
        var paragraph: [String] = []
        var list: String?
        func flushParagraph() {
            guard !paragraph.isEmpty else { return }
            w.raw("<p>")
            inline(paragraph.joined(separator: " "), into: &w)
            w.raw("</p>\n")
            paragraph = []
        }
        func closeList() {
            if let tag = list { w.rawTrusted("</\(tag)>\n"); list = nil }
        }
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if trimmed.isEmpty { flushParagraph(); closeList(); index += 1; continue }
            if trimmed.hasPrefix("#") {
                flushParagraph(); closeList()
                let level = min(trimmed.prefix { $0 == "#" }.count, 5)
                let tag = "h\(level + 1)"
                w.rawTrusted("<\(tag)>")
                inline(String(trimmed.drop { $0 == "#" }.drop { $0 == " " }), into: &w)
                w.rawTrusted("</\(tag)>\n")
                index += 1
                continue
            }
            if trimmed.hasPrefix("|") {
                flushParagraph(); closeList()
                var rows: [[String]] = []
                while index < lines.count, lines[index].drop(while: { $0 == " " }).hasPrefix("|") {
                    let cells = lines[index].split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast()
                        .map { String($0).drop { $0 == " " }.reversed().drop { $0 == " " }.reversed() }.map { String($0) }
                    if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { rows.append(cells) }
                    index += 1
                }
                w.raw("<table>\n")
                for (r, row) in rows.enumerated() {
                    w.raw("<tr>")
                    for cell in row {
                        w.raw(r == 0 ? "<th scope=\"col\">" : "<td>")
                        inline(cell, into: &w)
                        w.raw(r == 0 ? "</th>" : "</td>")
                    }
                    w.raw("</tr>\n")
                }
                w.raw("</table>\n")
                continue
            }
            let bullet = trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ")
            let digits = trimmed.prefix { $0.isNumber }
            let numbered = !digits.isEmpty && trimmed.dropFirst(digits.count).hasPrefix(". ")
            if bullet || numbered {
                flushParagraph()
                let tag = bullet ? "ul" : "ol"
                if list != tag { closeList(); w.rawTrusted("<\(tag)>\n"); list = tag }
                w.raw("<li>")
                inline(String(bullet ? trimmed.dropFirst(2) : trimmed.dropFirst(digits.count + 2)), into: &w)
                w.raw("</li>\n")
                index += 1
                continue
            }
            closeList()
            paragraph.append(String(trimmed))
            index += 1
        }
        flushParagraph(); closeList()
        return w.string
    }

    /// `**bold**` and `*italic*` inside escaped text.
    public static func inline(_ text: String, into w: inout HTMLWriter) {
        var rest = Substring(text)
        while !rest.isEmpty {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                w.raw("<strong>"); w.text(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])); w.raw("</strong>")
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("*"), let end = rest.dropFirst().firstIndex(of: "*") {
                w.raw("<em>"); w.text(String(rest[rest.index(after: rest.startIndex)..<end])); w.raw("</em>")
                rest = rest[rest.index(after: end)...]
            } else {
                let next = rest.dropFirst().firstIndex(of: "*") ?? rest.endIndex
                w.text(String(rest[..<next]))
                rest = rest[next...]
            }
        }
    }
}
