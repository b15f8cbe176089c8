import MinutebookCore

/// Recognises numbered minute headings shared by the layouts: "161 <tab> APOLOGIES <tab> Action",
/// "\t172a DOMESTIC ABUSE SUB GROUP UPDATE", "175   APOLOGIES FOR ABSENCE", "46 (a) Finance".
enum HeadingMatcher {
    /// Share of cased letters that are upper case.
    static func upperShare(_ text: some StringProtocol) -> Double {
        var upper = 0, lower = 0
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            for b in text.utf8 {
                if b >= 0x41 && b <= 0x5A { upper += 1 } else if b >= 0x61 && b <= 0x7A { lower += 1 }
            }
            return upper + lower == 0 ? 0 : Double(upper) / Double(upper + lower)
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 }
        }
        let total = upper + lower
        return total == 0 ? 0 : Double(upper) / Double(total)
    }

    /// Splits a leading minute number from `text`: ("172a", "DOMESTIC ABUSE ..."), ("46 (a)", "Finance").
    static func leadingNumber(_ text: String) -> (printed: String, number: MinuteNumber, rest: String)? {
        // Cheap refusal: a minute number starts with a digit or a look-alike of one.
        if let f = text.utf8.first, f != 0x20, !(f >= 0x30 && f <= 0x39 || f == 0x6C || f == 0x49 || f == 0x7C || f >= 0x80) {
            return nil
        }
        var words = text.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: true)
        guard let first = words.first, first.count <= 6 else { return nil }
        var printed = String(first)
        if printed.hasSuffix(".") && !printed.dropLast().contains(".") { printed.removeLast() }
        if printed.hasSuffix(":") { printed.removeLast() }
        guard var number = Normalizer.minuteNumber(printed) else { return nil }
        words.removeFirst()
        // "46 (a) Title": a bracketed sub-item letter as its own word.
        if let next = words.first, next.count == 3, next.hasPrefix("("), next.hasSuffix(")"),
            let letter = next.dropFirst().first, letter.isLetter, letter.isLowercase, number.letter.isEmpty
        {
            number = MinuteNumber(number.number, letter: String(letter))
            printed += " " + next
            words.removeFirst()
        }
        return (printed, number, words.joined(separator: " "))
    }

    /// The leading words of `text` that carry no lower-case letter: a heading that extraction ran
    /// into the first sentence of its minute.
    static func splitUppercaseTitle(_ text: String) -> (title: String, rest: String?) {
        let words = text.split(separator: " ")
        var n = 0
        for w in words {
            if w.contains(where: { $0.isLowercase }) { break }
            n += 1
        }
        // The last upper-case word may be the first word of the sentence ("The" is not, "A" may be).
        if n < words.count, n >= 2 {
            var titleWords = Array(words[..<n])
            if let last = titleWords.last, last.count == 1, last != "&" { titleWords.removeLast() }
            let restWords = words[titleWords.count...]
            return (titleWords.joined(separator: " "), restWords.joined(separator: " "))
        }
        return (text, nil)
    }

    /// A numbered heading on `line`, or nil. `columns` says whether the layout puts an Action
    /// header in the right-hand column (then mixed-case titles are headings too).
    static func numbered(_ line: Line) -> Heading? {
        // Cheap refusal: a heading's first column starts with a minute number (or OCR look-alikes of one).
        guard let first = line.firstFilled?.text, mayStartWithNumber(first) else { return nil }
        let filled = line.cells.enumerated().filter { !$0.element.isEmpty }
        guard let first = filled.first else { return nil }
        // "3 | Night-time economy | DM": owner codes in the Action column on the heading's line.
        let codes = filled.count >= 3 && line.cells.count >= 3 ? Normalizer.actionCodes(filled[filled.count - 1].element) : nil
        let lastIsHeader = codes != nil || filled.count >= 2 && Normalizer.isActionHeader(filled[filled.count - 1].element)
        let body = lastIsHeader ? filled.dropLast() : filled[...]
        guard let head = body.first else { return nil }
        var printed: String
        var number: MinuteNumber
        var title: String
        if let n = Normalizer.minuteNumber(head.element), head.element.count <= 6,
            !head.element.utf8.contains(0x20) || head.element.hasSuffix(")")
        {
            guard body.count >= 2 else { return nil }
            printed = head.element
            number = n
            title = body.dropFirst().map(\.element).joined(separator: " ")
        } else if let split = leadingNumber(head.element), !split.rest.isEmpty {
            printed = split.printed
            number = split.number
            title = ([split.rest] + body.dropFirst().map(\.element)).joined(separator: " ")
        } else {
            return nil
        }
        _ = first
        title = title.trimmed
        guard let initial = title.first, initial.isLetter || initial.isNumber || initial == "'" else { return nil }
        let upper = upperShare(title)
        if line.isMarkedHeading && !lastIsHeader {
            // The source says it is a heading (a Word-numbered heading paragraph): mixed case is fine.
            guard title.count <= 160, !title.hasSuffix("."), !initial.isNumber else { return nil }
        } else if !lastIsHeader {
            if upper < 0.7 {
                // A table row read from a scan or layout text: the number in a column of its own and a
                // short title in mixed case ("1   Apologies and substitutions").
                guard body.count == 2, isShortMixedTitle(title) else { return nil }
            } else {
                guard title.count <= 160, !title.hasSuffix(".") || title.count < 60 else { return nil }
            }
            if initial.isNumber { return nil }
        } else {
            guard title.count <= 400 else { return nil }
            if upper < 0.5 {
                let split = splitUppercaseTitle(title)
                if let r = split.rest, split.title.split(separator: " ").count >= 2, split.title.count >= 6 {
                    return Heading(number: number, printed: printed.trimmed, title: split.title, line: line.number, rest: r, codes: codes)
                }
                // A sentence in the title column is text that extraction misplaced.
                let words = title.split(separator: " ")
                if words.count > 12 || title.hasSuffix(".") { return nil }
            }
        }
        var rest: String?
        if upper >= 0.5 && upper < 0.95 {
            let split = splitUppercaseTitle(title)
            if let r = split.rest, split.title.count >= 6, r.count > 20 {
                title = split.title
                rest = r
            }
        }
        printed = printed.trimmed
        return Heading(number: number, printed: printed, title: title, line: line.number, rest: rest, codes: codes)
    }

    /// "Apologies and substitutions", "Night-time economy": a capital first, at most eight words, no
    /// closing punctuation of a sentence or list entry.
    static func isShortMixedTitle(_ title: String) -> Bool {
        guard let first = title.first, first.isUppercase, title.count <= 60,
            title.split(separator: " ").count <= 8, let last = title.last
        else { return false }
        return !".,;:".contains(last)
    }

    /// Whether the first word of `text` can be a printed minute number ("172a", "46", "4.", "1O", "l1",
    /// "46 (a)", Arabic-Indic digits): bytes only, so the many text lines that start with a digit
    /// ("4.1 The Board ...", "12% of ...", "2023/24 ...") are refused without building strings.
    static func mayStartWithNumber(_ text: String) -> Bool {
        var length = 0
        var sawDigit = false
        var dot = false
        for b in text.utf8 {
            if b == 0x20 { break }
            if b >= 0x80 { return true } // other scripts' digits: the full check decides
            if dot { return false } // a full stop inside the word ("4.1")
            length += 1
            guard length <= 6 else { return false }
            switch b {
            case 0x30...0x39: sawDigit = true
            case 0x2E, 0x3A: dot = true
            case 0x41...0x5A, 0x61...0x7A, 0x7C, 0x28, 0x29: if length == 1 && b != 0x6C && b != 0x49 && b != 0x7C { return false }
            default: return false
            }
        }
        return sawDigit
    }

    /// A heading line that has lost its number but keeps the Action header beside an upper-case title.
    static func unnumberedInColumns(_ line: Line) -> Heading? {
        let filled = line.cells.filter { !$0.isEmpty }
        guard filled.count == 2, Normalizer.isActionHeader(filled[1]) else { return nil }
        let title = filled[0]
        guard upperShare(title) >= 0.8, title.count >= 6, title.count <= 120, !title.hasSuffix(".") else { return nil }
        return Heading(number: nil, printed: nil, title: title, line: line.number, rest: nil)
    }
}

/// Joining wrapped lines into paragraphs.
enum Paragraphs {
    /// A line's text without its bullet and without a right-hand Action column, and the owners'
    /// codes that column held ("LG/TG"): one reading for every layout that has such a column.
    static func textAndActionCodes(of line: Line) -> (text: String, codes: [String]?) {
        var filled = line.cells.filter { !$0.isEmpty }
        var codes: [String]?
        if filled.count >= 2, let c = Normalizer.actionCodes(filled[filled.count - 1]) {
            codes = c
            filled.removeLast()
        }
        return (strippingBullet(filled.joined(separator: " ")), codes)
    }

    static let keptHyphenPrefixes: Set<String> = [
        "co", "re", "pre", "non", "anti", "multi", "self", "ex", "cross",
        "inter", "post", "sub", "tri", "well", "long", "short", "part", "full"
    ]

    /// Appends a wrapped line, repairing hyphenation across the break.
    static func join(_ a: String, _ b: String) -> String {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        if a.hasSuffix("-"), !a.hasSuffix(" -"), !a.hasSuffix("--"), let next = b.first, next.isLowercase {
            let stem = a.dropLast()
            let lastWord = stem.split(separator: " ").last.map { $0.lowercased() } ?? ""
            if keptHyphenPrefixes.contains(lastWord) || lastWord.contains("-") { return a + b }
            return String(stem) + b
        }
        return a + " " + b
    }

    /// True when the text ends a sentence (so the next line starts a new paragraph in tab layouts).
    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return ".!?:;)”\"'".contains(last)
    }

    /// Whether a wrapped line starts a paragraph of its own: a list item, a decision, an inline action.
    static func startsNew(_ text: String) -> Bool {
        startsListItem(text) || Decisions.startsDecision(text) || InlineActions.openers.contains { text.hasPrefix($0) }
            || text.lowercased().hasPrefix("post meeting note") || text.lowercased().hasPrefix("post-meeting note")
            || text.utf8.count <= 40 && ItemHeading.isSubHeading(text)
    }

    /// List markers that start a new paragraph: "(1)", "1-", "1.", "1)", "(a)", "-", "•".
    static func startsListItem(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        if first == "-" || first == "•" || first == "*" || first == "–" || first == "·" || isPrivateUseBullet(first) {
            return true
        }
        if first == "(" {
            let inner = text.dropFirst().prefix(while: { $0 != ")" })
            return inner.count >= 1 && inner.count <= 3 && text.dropFirst(inner.count + 1).first == ")"
        }
        let digits = text.prefix(while: { $0.isNumber })
        if !digits.isEmpty, digits.count <= 2 {
            let after = text.dropFirst(digits.count)
            return after.hasPrefix("- ") || after.hasPrefix(") ") || after.hasPrefix(". ")
        }
        return false
    }

    /// Symbol-font bullets that PDF extraction leaves in the private use area.
    static func isPrivateUseBullet(_ c: Character) -> Bool {
        guard let s = c.unicodeScalars.first else { return false }
        return (0xE000...0xF8FF).contains(s.value)
    }

    /// Removes a leading private-use bullet and the spaces after it.
    static func strippingBullet(_ text: String) -> String {
        guard let f = text.first, isPrivateUseBullet(f) || f == "•" || f == "·" else { return text }
        return "- " + String(text.dropFirst()).trimmed
    }
}
