import Foundation
import MinutebookCore

/// A pack's text one line per line of the source document, so that every piece of evidence can name
/// the line it was read from. Markdown and HTML lose their markup line by line (a table row stays one
/// line, its cells separated by tabs).
public struct PackText: Sendable {
    public var file: String
    /// Index 0 is line 1.
    public var lines: [String]

    public init(file: String, lines: [String]) {
        self.file = file
        self.lines = lines
    }

    /// Reads `text` of a document whose name ends `.md`, `.html` or anything else (plain text).
    public init(file: String, text: String) {
        self.file = file
        let lower = file.lowercased()
        let markup = lower.hasSuffix(".md") || lower.hasSuffix(".markdown") || lower.hasSuffix(".html") || lower.hasSuffix(".htm")
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { raw in
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            return markup ? Self.plain(line) : Self.withoutTags(line)
        }
    }

    /// Plain text keeps its spacing (pdftotext's indents mark page starts) but loses stray tags ("<u>").
    static func withoutTags(_ line: String) -> String {
        guard line.contains("<") else { return line }
        var out = ""
        var tag = ""
        var inTag = false
        for c in line {
            if c == "<" { inTag = true; tag = "<"; continue }
            if inTag {
                tag.append(c)
                if c == ">" { inTag = false; tag = "" } else if !(c.isLetter || c == "/") || tag.count > 8 { out += tag; inTag = false; tag = "" }
                continue
            }
            out.append(c)
        }
        return out + tag
    }

    /// One line without tags, emphasis marks, heading hashes or entities.
    static func plain(_ line: String) -> String {
        var out = ""
        var inTag = false
        for c in line {
            if c == "<" { inTag = true; continue }
            if c == ">" && inTag { inTag = false; out.append(" "); continue }
            if !inTag { out.append(c) }
        }
        out = out.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "&amp;", with: "&")
            .replacingOccurrences(of: "&nbsp;", with: " ")
        while out.hasPrefix("#") { out.removeFirst() }
        // Collapse runs of spaces inside each tab-separated cell.
        return out.split(separator: "\t", omittingEmptySubsequences: false).map { cell in
            cell.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }.joined(separator: "\t")
    }

    func trimmed(_ index: Int) -> String {
        lines[index].trimmingCharacters(in: .whitespaces)
    }

    /// The index of the first line at or after `start` whose trimmed text satisfies `test`.
    func first(from start: Int = 0, where test: (String) -> Bool) -> Int? {
        var i = start
        while i < lines.count {
            if test(trimmed(i)) { return i }
            i += 1
        }
        return nil
    }
}
