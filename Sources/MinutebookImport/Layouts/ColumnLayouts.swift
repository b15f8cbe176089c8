import MinutebookCore

/// Counts shared by the layout confidences, taken once per document.
public struct LayoutCensus: Sendable {
    public var headings = 0
    public var headingsWithActionColumn = 0
    public var standaloneActionHeaders = 0
    public var codedRows = 0
    public var decimalParagraphs = 0

    public init(_ lines: ArraySlice<Line>) {
        for line in lines where !line.isBlank {
            if let h = HeadingMatcher.numbered(line) {
                headings += 1
                let filled = line.cells.filter { !$0.isEmpty }
                if filled.count >= 2, Normalizer.isActionHeader(filled[filled.count - 1]) { headingsWithActionColumn += 1 }
                _ = h
                continue
            }
            let filled = line.cells.filter { !$0.isEmpty }
            if filled.count == 1, Normalizer.isActionHeader(filled[0]) { standaloneActionHeaders += 1 }
            if filled.count >= 2, Normalizer.actionCodes(filled[filled.count - 1]) != nil { codedRows += 1 }
            if NumberedParagraphParser.decimalNumber(line.text) != nil { decimalParagraphs += 1 }
        }
    }
}

/// Minutes laid out as a table: minute number | heading and text | Action (owner codes), as in
/// word-processor minutes, tab-separated text and the Markdown/HTML/DOCX table rows.
public struct ColumnMinutesParser: LayoutParser {
    public init() {}
    public var name: String { "columns" }

    static let tableHeaderWords: Set<String> = ["item", "minute", "minutes", "no", "no.", "title", "subject", "discussion", "eitem", "cofnod"]

    public func confidence(_ lines: ArraySlice<Line>, census c: LayoutCensus) -> Double {
        guard c.headings >= 2 else { return 0.1 }
        return 0.5 + 0.45 * Double(c.headingsWithActionColumn) / Double(c.headings)
    }

    public func events(_ lines: ArraySlice<Line>) -> [MinutesEvent] {
        var out: [MinutesEvent] = []
        var pending: Paragraph?
        func flush() {
            if let p = pending, !p.text.isEmpty { out.append(.paragraph(p)) }
            pending = nil
        }
        for line in lines {
            if line.isBlank { flush(); continue }
            if let h = HeadingMatcher.numbered(line) ?? HeadingMatcher.unnumberedInColumns(line) {
                flush()
                out.append(.heading(h))
                continue
            }
            var filled = line.cells.filter { !$0.isEmpty }
            if filled.count == 1, Normalizer.isActionHeader(filled[0]) { continue }
            if filled.count >= 2, Normalizer.isActionHeader(filled[filled.count - 1]) {
                filled.removeLast()
                if filled.allSatisfy({ Self.tableHeaderWords.contains($0.lowercased()) }) { continue }
            }
            var codes: [String]?
            if let last = filled.last, let c = Normalizer.actionCodes(last) {
                if filled.count == 1 {
                    flush()
                    out.append(.codes(c, line: line.number))
                    continue
                }
                codes = c
                filled.removeLast()
            }
            if filled.count >= 2, Normalizer.isActionHeader(filled[filled.count - 1]) == false,
                filled.allSatisfy({ Self.tableHeaderWords.contains($0.lowercased()) })
            {
                continue
            }
            let text = Paragraphs.strippingBullet(filled.joined(separator: " "))
            if text == "-" || text == "•" || text.isEmpty { continue }
            if var p = pending, !Paragraphs.endsSentence(p.text), !Paragraphs.startsNew(text), text.first?.isLowercase == true || p.text.count > 60 {
                p.append(text, line: line.number, codes: codes)
                pending = p
            } else {
                flush()
                pending = Paragraph(starting: text, line: line.number, codes: codes)
            }
        }
        flush()
        return out
    }
}

/// Minutes as `pdftotext -layout` writes them: the heading on its own line ("175   APOLOGIES"),
/// "Action" on the next, wrapped paragraphs separated by blank lines, and the Action column's owner
/// codes on a line of their own after the minute's text.
public struct FlowMinutesParser: LayoutParser {
    public init() {}
    public var name: String { "flow" }

    public func confidence(_ lines: ArraySlice<Line>, census c: LayoutCensus) -> Double {
        guard c.headings >= 2 else { return 0.1 }
        let flowShare = Double(c.headings - c.headingsWithActionColumn) / Double(c.headings)
        return 0.5 + 0.44 * flowShare + (c.standaloneActionHeaders * 2 >= c.headings ? 0.04 : 0)
    }

    public func events(_ lines: ArraySlice<Line>) -> [MinutesEvent] {
        var out: [MinutesEvent] = []
        var pending: Paragraph?
        func flush() {
            if let p = pending, !p.text.isEmpty { out.append(.paragraph(p)) }
            pending = nil
        }
        let all = Array(lines)
        var i = 0
        while i < all.count {
            let line = all[i]
            i += 1
            if line.isBlank { flush(); continue }
            if var h = HeadingMatcher.numbered(line) {
                flush()
                // A long heading wraps onto the next line in upper case.
                var j = i
                while j < all.count, all[j].isBlank, j - i < 2 { j += 1 }
                if h.rest == nil, j < all.count, HeadingMatcher.upperShare(h.title) > 0.7 {
                    let next = all[j].text
                    if next.count <= 60, HeadingMatcher.upperShare(next) >= 0.9, !Normalizer.isActionHeader(next),
                        HeadingMatcher.numbered(all[j]) == nil, Normalizer.actionCodes(next) == nil
                    {
                        h.title += " " + next
                        i = j + 1
                    }
                }
                out.append(.heading(h))
                continue
            }
            let whole = Paragraphs.strippingBullet(line.text)
            if Normalizer.isActionHeader(whole) { flush(); continue }
            if let codes = Normalizer.actionCodes(whole) {
                flush()
                out.append(.codes(codes, line: line.number))
                continue
            }
            // Owner codes in a right-hand column of the text's own line (tab-separated table rows).
            let (text, codes) = line.cells.count >= 2 ? Paragraphs.textAndActionCodes(of: line) : (whole, nil)
            if Paragraphs.startsNew(text) { flush() }
            if pending != nil {
                pending?.append(text, line: line.number, codes: codes)
            } else {
                pending = Paragraph(starting: text, line: line.number, codes: codes)
            }
        }
        flush()
        return out
    }
}
