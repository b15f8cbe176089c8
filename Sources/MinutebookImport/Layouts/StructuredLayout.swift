import MinutebookCore

/// Item headings recognised by their structure rather than one council's numbering: "4. Title",
/// "4 Title", "4) Title", "4: Title", "15a Title", "46 (a) Title", "Item 4: Title", "Agenda item 4 -
/// Title", prefixed references ("CSP/23/04 Title"), and a number alone on its line with the title on
/// the next (flowing PDF text). The title must look like one: it starts with a capital, is short,
/// and is not a sentence.
enum ItemHeading {
    struct Parsed: Equatable {
        var printed: String
        var number: MinuteNumber
        var title: String
        /// The number as the record shows it when it is a reference ("CSP/23/04").
        var display: String?
    }

    static let itemWords = ["agenda item ", "item no. ", "item no ", "item ", "minute no. ", "minute no ", "minute ", "eitem "]

    /// Sub-headings inside an item: never items of their own.
    static let subHeadings: Set<String> = [
        "summary of discussion", "discussion", "summary", "outcomes", "outcome", "actions", "action", "actions agreed",
        "agreed actions", "action points", "decisions", "decision", "decisions made", "resolved", "resolution", "resolutions",
        "recommendations", "recommendation", "agreed", "key points", "key discussion points", "minutes", "notes", "purpose",
        "background", "update", "next steps", "comments", "questions", "canlyniadau", "trafodaeth", "penderfyniadau",
        "camau gweithredu", "presentation", "report", "matters arising"
    ]

    static func isSubHeading(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let bare = MinutesLocator.stripMarkup(text).lowercased().trimmingTrailing(":").trimmed
        if subHeadings.contains(bare) { return true }
        return bare.split(separator: "/").count == 2 && bare.split(separator: "/").allSatisfy { subHeadings.contains($0.trimmed) }
    }

    /// A title: starts with a capital letter (or a quote), at most 120 characters and 16 words, and
    /// not a sentence (no full stop at the end unless it is a few words).
    static func titleShaped(_ raw: String) -> String? {
        var title = raw.trimmed
        while let f = title.first, f == "-" || f == "–" || f == ":" || f == "—" { title = String(title.dropFirst()).trimmed }
        guard let first = title.first, first.isUppercase || first == "'" || first == "‘" || first == "\"" else { return nil }
        guard title.count >= 2, title.count <= 120 else { return nil }
        let words = title.split(separator: " ").count
        guard words <= 16 else { return nil }
        if let last = title.last, last == "." {
            guard words <= 5 else { return nil }
            title.removeLast()
        }
        if let last = title.last, last == "," || last == ";" { return nil }
        return title.trimmingTrailing(":").trimmed
    }

    /// "14", "14.", "14)", "14:", "15a", "15a.", "1O" (OCR): a number word, its printed form.
    static func numberWord(_ word: Substring) -> (printed: String, number: MinuteNumber)? {
        guard word.utf8.count <= 7, let f = word.utf8.first else { return nil }
        guard f >= 0x30 && f <= 0x39 || f == 0x6C || f == 0x49 || f >= 0x80 else { return nil }
        var core = word
        while let l = core.last, l == "." || l == ")" || l == ":" || l == "-" { core = core.dropLast() }
        guard !core.isEmpty, !core.contains("."), !core.contains("/") else { return nil }
        guard let n = Normalizer.minuteNumber(core), n.number < 10000 else { return nil }
        return (String(core), n)
    }

    /// "CSP/23/04", "HWB/2023/5", "PCP 24/05", "25/011": a reference, its last number the item's.
    static func reference(_ word: Substring) -> (printed: String, number: MinuteNumber)? {
        guard word.utf8.count >= 4, word.utf8.count <= 16, word.contains("/") else { return nil }
        let core = word.trimmingCharacters(".:")
        let parts = core.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2, let last = parts.last, let n = MinuteNumber(parsing: last), !last.isEmpty,
            last.first?.isNumber == true
        else { return nil }
        // "25/011", "2024/17": a parish council's year and minute number.
        if parts.count == 2, parts[0].count == 2 || parts[0].count == 4, parts[0].allSatisfy(\.isNumber),
            last.count >= 2, last.count <= 4, last.allSatisfy(\.isNumber)
        {
            return (String(core), n)
        }
        let letters = parts[0].filter(\.isLetter)
        guard letters.count >= 2, parts[0].allSatisfy({ $0.isLetter || $0.isNumber }),
            parts.dropFirst().dropLast().allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
        else { return nil }
        return (String(core), n)
    }

    static func parse(_ raw: String) -> Parsed? {
        var text = Substring(MinutesLocator.stripMarkup(raw))
        guard let f = text.first, f.isNumber || f.isLetter || f == "l" || f == "I" else { return nil }
        let lower = text.prefix(14).lowercased()
        for w in itemWords where lower.hasPrefix(w) {
            text = text.dropFirst(w.count)
            break
        }
        let words = text.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard let first = words.first else { return nil }
        var rest = text.dropFirst(first.count)
        var parsed: Parsed
        if let (printed, number) = numberWord(first) {
            parsed = Parsed(printed: printed, number: number, title: "")
        } else if let (printed, number) = reference(first) {
            parsed = Parsed(printed: printed, number: number, title: "", display: printed)
        } else {
            return nil
        }
        // "46 (a) Title": a bracketed sub-item letter.
        let trimmed = rest.drop(while: { $0 == " " })
        if parsed.number.letter.isEmpty, trimmed.hasPrefix("("), trimmed.count > 3,
            let letter = trimmed.dropFirst().first, letter.isLowercase, trimmed.dropFirst(2).first == ")"
        {
            parsed.number = MinuteNumber(parsed.number.number, letter: String(letter))
            parsed.printed += " (\(letter))"
            rest = trimmed.dropFirst(3)
        }
        guard let title = titleShaped(String(rest)) else { return nil }
        parsed.title = title
        return parsed
    }

    /// A line that is only a number ("3", "3.", "Item 3"), as flowing PDF text prints a heading's number.
    static func bare(_ raw: String) -> (printed: String, number: MinuteNumber)? {
        var text = Substring(MinutesLocator.stripMarkup(raw))
        guard text.utf8.count <= 16 else { return nil }
        let lower = text.lowercased()
        for w in itemWords where lower.hasPrefix(w) { text = text.dropFirst(w.count); break }
        guard !text.contains(" ") else { return nil }
        return numberWord(text) ?? reference(text)
    }
}

/// Minutes whose items are found by `ItemHeading`: any numbering, checked to run in sequence so a
/// numbered list inside an item ("1. The Board approved ...") is never taken for the next item.
/// Decimal paragraphs ("4.1 ...") are text of their item; sub-headings stay inside it.
public struct StructuredMinutesParser: LayoutParser {
    public init() {}
    public var name: String { "structured" }

    public func confidence(_ lines: ArraySlice<Line>, census c: LayoutCensus) -> Double {
        if c.headings >= 2 || c.decimalParagraphs >= 3 { return 0.02 }
        let n = headingCount(lines)
        return n >= 2 ? 0.85 : 0.03
    }

    func headingCount(_ lines: ArraySlice<Line>) -> Int {
        events(lines).reduce(0) { n, e in
            if case .heading(let h) = e, h.number != nil { return n + 1 }
            return n
        }
    }

    /// Whether `n` can follow `last`: the first item, the next few numbers, or a later sub-item.
    static func follows(_ n: MinuteNumber, _ last: MinuteNumber?) -> Bool {
        guard let last else { return n.number < 10000 }
        if n.number == last.number { return !n.letter.isEmpty && n.letter > last.letter }
        return n.number > last.number && n.number <= last.number + 6
    }

    public func events(_ lines: ArraySlice<Line>) -> [MinutesEvent] {
        let all = Array(lines)
        var out: [MinutesEvent] = []
        var pending: Paragraph?
        var last: MinuteNumber?
        func flush() {
            if let p = pending, !p.text.isEmpty { out.append(.paragraph(p)) }
            pending = nil
        }
        func nextFilled(after i: Int) -> Int? {
            var j = i + 1
            while j < all.count, all[j].isBlank, j - i <= 2 { j += 1 }
            return j < all.count && !all[j].isBlank ? j : nil
        }
        var i = 0
        while i < all.count {
            let line = all[i]
            i += 1
            if line.isBlank { flush(); continue }
            let text = line.text
            if ItemHeading.isSubHeading(text) {
                flush()
                out.append(.paragraph(Paragraph(text: MinutesLocator.stripMarkup(text), line: line.number)))
                continue
            }
            if let p = ItemHeading.parse(text), Self.follows(p.number, last) {
                flush()
                last = p.number
                out.append(
                    .heading(
                        Heading(
                            number: p.number, printed: p.printed, title: p.title, line: line.number, rest: nil,
                            display: p.display)))
                continue
            }
            if let b = ItemHeading.bare(text), Self.follows(b.number, last), let j = nextFilled(after: i - 1),
                ItemHeading.parse(all[j].text) == nil, let title = ItemHeading.titleShaped(MinutesLocator.stripMarkup(all[j].text)),
                !ItemHeading.isSubHeading(title), HeaderReader.label(all[j]) == nil
            {
                flush()
                last = b.number
                let display = ItemHeading.reference(Substring(b.printed)) != nil ? b.printed : nil
                out.append(
                    .heading(
                        Heading(
                            number: b.number, printed: b.printed, title: title, line: line.number, rest: nil,
                            display: display)))
                i = j + 1
                continue
            }
            if line.isMarkedHeading, let h = UnnumberedMinutesParser.marked(line), h.number == nil {
                flush()
                out.append(.heading(h))
                continue
            }
            var (para, codes) = Paragraphs.textAndActionCodes(of: line)
            if let d = NumberedParagraphParser.decimalNumber(para) {
                flush()
                para = d.rest
            } else if Paragraphs.startsNew(para) {
                flush()
            }
            if pending != nil {
                pending?.append(para, line: line.number, codes: codes)
            } else {
                pending = Paragraph(starting: para, line: line.number, codes: codes)
            }
        }
        flush()
        return out
    }
}
