import MinutebookCore

/// Repairs blocks of lines that PDF text extraction emitted bottom-up.
///
/// A converter that reads a table region row group by row group sometimes writes the groups of one
/// block (the lines between two blank lines or page breaks) last-first, while the lines inside each
/// group stay in order. A block is read here as runs: each numbered heading on its own, and the
/// text lines between headings. The block is read with its runs in reverse order when
/// - its headings count down (172a, 172, 171, 170) and, reversed, count up from the minute before
///   the block without a step back; or
/// - it holds one heading with text on both sides, and the text before the heading is about that
///   heading's minute while the text after it is about the minute before (a Resolution/Action
///   row of the previous minute emitted after the next heading).
/// Lines keep their source numbers, so later warnings still point at the document.
enum BlockOrder {
    /// A run of a block: one heading line, or the text lines between headings.
    struct Run {
        var range: Range<Int>
        var heading: Heading?
    }

    static func repair(_ lines: ArraySlice<Line>, warnings: inout [String]) -> ArraySlice<Line> {
        var result: ArraySlice<Line>? // a copy keeps the slice's indices
        var previous: Heading?
        var i = lines.startIndex
        while i < lines.endIndex {
            if lines[i].isBlank { i += 1; continue }
            var end = i + 1
            while end < lines.endIndex, !lines[end].isBlank, !lines[end].startsPage { end += 1 }
            let runs = runs(lines, i..<end, after: previous)
            let headings = runs.compactMap(\.heading)
            if let before = previous, !headings.isEmpty, let why = reversal(lines, runs, headings, after: before) {
                var reordered: [Line] = []
                reordered.reserveCapacity(end - i)
                for run in runs.reversed() { reordered.append(contentsOf: lines[run.range]) }
                if result == nil { result = lines }
                result?.replaceSubrange(i..<end, with: reordered)
                warnings.append(
                    "lines \(lines[i].number)-\(lines[end - 1].number): \(why); the extraction scrambled "
                        + "this block, so it is read bottom-up (check the text of these minutes)")
                previous = headings.first
            } else if let last = headings.last {
                previous = last
            }
            i = end
        }
        return result ?? lines
    }

    /// Splits `block` into runs. A heading whose number is far from the heading before it (OCR
    /// noise such as "474" for 170) counts as text.
    static func runs(_ lines: ArraySlice<Line>, _ block: Range<Int>, after previous: Heading?) -> [Run] {
        var runs: [Run] = []
        var textStart: Int?
        var last = previous?.number
        for k in block {
            if let h = HeadingMatcher.numbered(lines[k]), let n = h.number, last.map({ abs($0.number - n.number) <= 6 }) ?? true {
                last = n
                if let s = textStart { runs.append(Run(range: s..<k)); textStart = nil }
                runs.append(Run(range: k..<(k + 1), heading: h))
            } else if textStart == nil {
                textStart = k
            }
        }
        if let s = textStart { runs.append(Run(range: s..<block.upperBound)) }
        return runs
    }

    /// Why the block should be read bottom-up, or nil when its order is right.
    static func reversal(_ lines: ArraySlice<Line>, _ runs: [Run], _ headings: [Heading], after before: Heading) -> String? {
        guard let start = before.number else { return nil }
        let numbers = headings.compactMap(\.number)
        if numbers.count >= 2 {
            let countsDown = zip(numbers, numbers.dropFirst()).allSatisfy { $0 > $1 }
            guard countsDown, let lowest = numbers.last, start < lowest else { return nil }
            return "minutes \(numbers.map(\.text).joined(separator: ", ")) appear in that order after minute \(start.text)"
        }
        // One heading with text on both sides: which minute is each side about?
        guard runs.count == 3, runs[0].heading == nil, let h = runs[1].heading, runs[2].heading == nil else { return nil }
        let above = TitleWords(lines, runs[0].range), below = TitleWords(lines, runs[2].range)
        let asPrinted = above.affinity(before.title) + below.affinity(h.title)
        let reversed = above.affinity(h.title) + below.affinity(before.title)
        guard reversed - asPrinted >= 0.8 else { return nil }
        return "the text above minute \(h.number?.text ?? "") is about '\(h.title)' and the text below it about '\(before.title)'"
    }
}

/// The words of a run of text, to tell which minute title it is about: ASCII letters lower-cased,
/// a plural 's' dropped, words shorter than three letters and common title words skipped.
struct TitleWords {
    private var words: Set<String> = []

    init(_ lines: ArraySlice<Line>, _ range: Range<Int>) {
        for k in range { Self.each(lines[k].text) { words.insert($0) } }
    }

    /// Share of the title's significant words that occur in the run (0 when the title has none).
    func affinity(_ title: String) -> Double {
        var total = 0, found = 0
        Self.each(title) { w in
            total += 1
            if words.contains(w) { found += 1 }
        }
        return total == 0 ? 0 : Double(found) / Double(total)
    }

    static let common: Set<String> = [
        "the", "and", "for", "with", "from", "update", "report", "minute", "meeting", "any",
        "other", "business", "board", "group", "partnership", "committee", "panel", "item",
        "was", "were", "that", "this", "its", "into", "about", "sub", "date", "next"
    ]

    static func each(_ text: String, _ body: (String) -> Void) {
        var word: [UInt8] = []
        func flush() {
            if word.count >= 3 {
                if word.count > 3, word.last == 0x73 { word.removeLast() }
                let w = String(decoding: word, as: UTF8.self)
                if !common.contains(w) { body(w) }
            }
            word.removeAll(keepingCapacity: true)
        }
        for b in text.utf8 {
            if b >= 0x41 && b <= 0x5A { word.append(b | 0x20) } else if b >= 0x61 && b <= 0x7A { word.append(b) } else { flush() }
        }
        flush()
    }
}
