import MinutebookCore

/// Finds the minutes in a document: a minutes file holds one meeting; an agenda pack holds the
/// previous meeting's minutes among the agenda and other reports, which are ignored.
enum MinutesLocator {
    struct Block {
        /// Lines of the minutes, header included.
        var range: Range<Int>
        /// Index of the "Minutes of the meeting held ..." line, if there is one.
        var titleLine: Int?
    }

    /// "Minutes of the meeting held at 10.00 am on 16 October 2017", "MINUTES of the Riverside Board
    /// held on ...", "Cofnodion / Minutes ...". Agenda entries ("3 MINUTES OF THE MEETING HELD ON ...")
    /// start with a number or bullet and do not count.
    static func isMinutesTitle(_ line: Line) -> Bool {
        guard let first = line.firstFilled, first.index == 0 || line.cells.count == 1,
            FastText.containsIgnoringCase(first.text, "minutes") || FastText.containsIgnoringCase(first.text, "cofnodion")
        else { return false }
        let text = stripMarkup(first.text)
        let lower = text.lowercased()
        let opens =
            lower.hasPrefix("minutes of") || lower.hasPrefix("cofnodion") || lower.hasPrefix("minutes:")
            || lower.hasPrefix("minutes - ") || lower.hasPrefix("minutes – ") || lower == "minutes"
        let sides = lower.split(separator: "/").map { $0.trimmed }
        if sides.count == 2, sides.contains("minutes") || sides.contains("cofnodion") { return true }
        guard opens, text.count < 200 else { return false }
        if lower == "minutes" { return true }
        return DateText.firstDate(in: text) != nil || lower.contains(" held ")
    }

    /// "Minutes" alone, with no date or "held".
    static func isBareTitle(_ line: Line) -> Bool {
        guard let first = line.firstFilled else { return false }
        var lower = stripMarkup(first.text).lowercased()
        while lower.hasSuffix(":") || lower.hasSuffix(".") { lower.removeLast() }
        return lower == "minutes" || lower == "cofnodion" || lower == "cofnodion / minutes" || lower == "minutes / cofnodion"
    }

    static func stripMarkup(_ text: String) -> String {
        var t = Substring(text)
        while let f = t.first, f == "#" || f == "*" || f == "_" || f == " " { t = t.dropFirst() }
        while let l = t.last, l == "*" || l == "_" || l == " " { t = t.dropLast() }
        return String(t)
    }

    /// Lines that end the minutes inside a pack.
    static func isPackBoundary(_ text: String) -> Bool {
        guard let f = text.utf8.first, f == 0x52 || f == 0x72 || f == 0x54 || f == 0x74 || f == 0x41 || f == 0x61 else { return false }
        let lower = text.lowercased()
        return lower.hasPrefix("report no") || lower.hasPrefix("this page is left intentionally blank")
            || (lower.hasPrefix("agenda item") && lower.count < 20)
    }

    static func isMeetingEnd(_ text: String) -> Bool {
        guard text.utf8.count < 200,
            FastText.containsIgnoringCase(text, "meeting") || FastText.containsIgnoringCase(text, "cyfarfod")
        else { return false }
        for phrase: StaticString in [
            "meeting ended at", "meeting closed at", "meeting finished at", "meeting concluded at",
            "meeting ended", "meeting closed", "daeth y cyfarfod i ben"
        ] where FastText.containsIgnoringCase(text, phrase) {
            return true
        }
        return false
    }

    static func blocks(_ lines: [Line]) -> [Block] {
        var titles = lines.indices.filter { isMinutesTitle(lines[$0]) }
        // A bare "Minutes" heading after a meeting's title ("Minutes of the meeting held on ...", then
        // the attendance, then "Minutes" over the items) heads that meeting's items, not a new meeting.
        titles = titles.enumerated().filter { k, t in k == 0 || !isBareTitle(lines[t]) }.map(\.element)
        guard !titles.isEmpty else { return [Block(range: 0..<lines.count, titleLine: nil)] }
        var blocks: [Block] = []
        for (k, t) in titles.enumerated() {
            // The body's name is printed just above the title.
            var start = t
            var back = t - 1
            var seen = 0
            while back >= 0, seen < 2, t - back < 8 {
                let text = lines[back].text
                if text.isEmpty { back -= 1; continue }
                if isPackBoundary(text) || HeadingMatcher.numbered(lines[back]) != nil { break }
                start = back
                seen += 1
                back -= 1
                if HeadingMatcher.upperShare(text) > 0.8 { break }
            }
            if k == 0 && blocks.isEmpty && titles.count == 1 && !containsPackMaterial(lines, before: start) {
                start = 0
            }
            let limit = k + 1 < titles.count ? titles[k + 1] : lines.count
            var end = limit
            var ended = false
            var i = t + 1
            while i < limit {
                let text = lines[i].text
                if isMeetingEnd(text) { ended = true }
                if isPackBoundary(text) && (ended || i - t > 20) { end = i; break }
                if ended, text.lowercased().hasPrefix("chairman") || text.lowercased().hasPrefix("chair") {
                    end = i + 1
                    break
                }
                i += 1
            }
            if let previous = blocks.last, previous.range.upperBound > start {
                blocks[blocks.count - 1].range = previous.range.lowerBound..<start
            }
            blocks.append(Block(range: start..<max(end, t + 1), titleLine: t))
        }
        return blocks
    }

    /// Whether a pack's cover or agenda precedes the minutes (then the lines before the body's name
    /// are not part of the minutes).
    static func containsPackMaterial(_ lines: [Line], before index: Int) -> Bool {
        var n = 0
        var labels = 0
        for i in 0..<index where !lines[i].isBlank {
            n += 1
            let text = lines[i].text
            if isPackBoundary(text) || FastText.startsWithIgnoringCase(text, "agenda") || text.utf8.count > 400 { return true }
            if text.utf8.count < 300, let (section, _) = HeaderReader.label(lines[i]) {
                if case .body = section {} else { labels += 1 }
            }
        }
        // A page header, date and attendance above a bare "Minutes" heading belong to the minutes.
        return n > 0 && (labels == 0 || n > 60)
    }
}
