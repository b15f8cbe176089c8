import MinutebookCore

/// Minutes with numbered headings ("4. Finance report", "46 (a) Grants") and decimal paragraphs
/// ("4.1 The Board noted ..."), no Action column: actions are inline or in a closing log.
public struct NumberedParagraphParser: LayoutParser {
    public init() {}
    public var name: String { "numbered-paragraphs" }

    /// "4.1 The Board..." → (4, "The Board...").
    static func decimalNumber(_ text: String) -> (main: Int, rest: String)? {
        guard let f = text.utf8.first, f >= 0x30 && f <= 0x39 || f >= 0x80 else { return nil }
        let head = text.prefix(while: { $0 != " " })
        let parts = head.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2 || (parts.count == 3 && parts[2].isEmpty),
            let main = Int(Normalizer.asciiDigits(parts[0])), !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber),
            parts[0].count <= 3, parts[1].count <= 2
        else { return nil }
        return (main, String(text.dropFirst(head.count)).trimmed)
    }

    /// "4. Finance report" / "4 Finance report" / "46 (a) Grants" / "5b Youth": a short title line.
    static func heading(_ line: Line) -> Heading? {
        let text = line.text
        if line.isMarkedHeading, let h = UnnumberedMinutesParser.marked(line) { return h }
        guard decimalNumber(text) == nil, let split = HeadingMatcher.leadingNumber(text) else { return nil }
        let title = split.rest
        guard let first = title.first, first.isUppercase, title.count <= 120,
            !title.hasSuffix("."), !title.hasSuffix(","), split.number.number < 1000
        else { return nil }
        return Heading(number: split.number, printed: split.printed, title: title, line: line.number, rest: nil)
    }

    public func confidence(_ lines: ArraySlice<Line>, census c: LayoutCensus) -> Double {
        guard c.decimalParagraphs >= 3 else { return 0.05 }
        return c.headingsWithActionColumn > 0 ? 0.45 : 0.96
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
            if let h = Self.heading(line) {
                flush()
                out.append(.heading(h))
                continue
            }
            var text = Paragraphs.strippingBullet(line.text)
            if let d = Self.decimalNumber(text) {
                flush()
                text = d.rest
            } else if Paragraphs.startsNew(text) {
                flush()
            }
            if var p = pending {
                p.text = Paragraphs.join(p.text, text)
                pending = p
            } else {
                pending = Paragraph(text: text, line: line.number, codes: nil, codesLine: nil)
            }
        }
        flush()
        return out
    }
}

/// Minutes without minute numbers: headings are short upper-case or title-case lines standing
/// alone, everything else is text.
public struct UnnumberedMinutesParser: LayoutParser {
    public init() {}
    public var name: String { "unnumbered" }

    static let notHeadings: Set<String> = [
        "action", "actions", "chairman", "chair", "signed", "date", "present",
        "also present", "in attendance", "absent", "attendees", "attendance",
        "members present", "officers present", "also in attendance", "venue", "time",
        "board members present", "officers in attendance", "attendees",
        "summary of discussion", "outcomes", "outcome", "actions agreed", "decisions",
        "decision", "discussion", "agreed actions", "action points", "minutes", "items",
        "agenda", "agenda items", "apologies for absence"
    ]

    /// A heading the source marked ("## Finance", "<h3>31. Apologies</h3>"), with its number if printed.
    static func marked(_ line: Line) -> Heading? {
        let text = MinutesLocator.stripMarkup(line.text)
        let bare = text.lowercased().trimmingTrailing(":")
        guard !text.isEmpty, text.count <= 160, !notHeadings.contains(bare),
            !bare.split(separator: "/").contains(where: {
                notHeadings.contains($0.trimmed) || HeaderReader.labels[$0.trimmed] != nil && $0.trimmed != "apologies"
            }),
            !MinutesLocator.isMinutesTitle(line)
        else { return nil }
        if let split = HeadingMatcher.leadingNumber(text), !split.rest.isEmpty, split.number.number < 10000 {
            return Heading(number: split.number, printed: split.printed, title: split.rest, line: line.number, rest: nil)
        }
        return Heading(number: nil, printed: nil, title: text.trimmingTrailing(":"), line: line.number, rest: nil)
    }

    static func heading(_ lines: [Line], at i: Int) -> Heading? {
        if lines[i].isMarkedHeading { return marked(lines[i]) }
        let text = lines[i].text
        if HeaderReader.label(lines[i]) != nil || text.dropLast().contains(":") { return nil }
        let lower = text.lowercased().trimmingTrailing(":")
        guard text.count >= 4, text.count <= 90, !notHeadings.contains(lower), let first = text.first, first.isLetter,
            !text.hasSuffix("."), !text.hasSuffix(","), !Decisions.startsDecision(text),
            Normalizer.actionCodes(text) == nil
        else { return nil }
        let words = text.split(separator: " ")
        let upper = HeadingMatcher.upperShare(text)
        let standsAlone =
            (i + 1 >= lines.count || lines[i + 1].isBlank || text.hasSuffix(":") == false)
            && (i == 0 || lines[i - 1].isBlank)
        if upper >= 0.9 && words.count >= 1 && standsAlone {
            return Heading(number: nil, printed: nil, title: text, line: lines[i].number, rest: nil)
        }
        let small: Set<String> = ["and", "of", "the", "for", "on", "in", "to", "a", "an", "from", "with", "at", "by", "or", "/"]
        let titleCase = words.allSatisfy { w in w.first.map { $0.isUppercase || $0.isNumber || !$0.isLetter } ?? false || small.contains(String(w)) }
        if titleCase && words.count <= 8 && standsAlone && i + 1 < lines.count && lines[i + 1].isBlank {
            return Heading(number: nil, printed: nil, title: text.trimmingTrailing(":"), line: lines[i].number, rest: nil)
        }
        return nil
    }

    public func confidence(_ lines: ArraySlice<Line>, census c: LayoutCensus) -> Double {
        if c.headings >= 2 { return 0.05 }
        if c.decimalParagraphs >= 3 { return 0.1 }
        let all = Array(lines)
        var n = 0, marked = 0
        for i in all.indices where !all[i].isBlank && Self.heading(all, at: i) != nil {
            n += 1
            if all[i].isMarkedHeading { marked += 1 }
        }
        if marked >= 2 { return 0.7 }
        return n >= 2 ? 0.4 : 0.15
    }

    public func events(_ lines: ArraySlice<Line>) -> [MinutesEvent] {
        let all = Array(lines)
        var out: [MinutesEvent] = []
        var pending: Paragraph?
        func flush() {
            if let p = pending, !p.text.isEmpty { out.append(.paragraph(p)) }
            pending = nil
        }
        for i in all.indices {
            let line = all[i]
            if line.isBlank { flush(); continue }
            if let h = Self.heading(all, at: i) {
                flush()
                out.append(.heading(h))
                continue
            }
            let (text, codes) = Paragraphs.textAndActionCodes(of: line)
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
