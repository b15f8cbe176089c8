import MinutebookCore

/// Finds the meeting's date, times, body and venue anywhere in the opening of the minutes when the
/// title line does not give them: a ModernGov or CMIS page header ("Harbourside Board - Tuesday 3
/// October 2023 6.30 pm", "Date: Monday, 22nd May, 2023 2.00 pm"), an e-mail's header ("Sent:",
/// "Subject: Notes - X - 12/01/22"), a title wrapped over several lines, or a date that flowing PDF
/// text broke across lines ("Wednesday, 15" / "November 2023").
enum OpeningReader {
    struct Facts {
        var date: LocalDate?
        var dateLine: Int?
        var start: LocalTime?
        var end: LocalTime?
        var body: String?
        var bodyLine: Int?
        var venue: String?
        var repairs: [String] = []
    }

    /// How strongly a line says it carries the meeting's own date (higher wins; ties go to the first).
    static func dateWeight(_ lower: String) -> Int {
        if lower.hasPrefix("date") || lower.hasPrefix("dyddiad") || lower.hasPrefix("meeting date") { return 5 }
        if lower.contains("held on") || lower.contains("held in") || lower.contains("held at") || lower.contains("a gynhaliwyd")
            || lower.hasPrefix("minutes") || lower.hasPrefix("notes") || lower.hasPrefix("cofnodion")
            || lower.hasPrefix("meeting") || lower.contains("meeting notes") || lower.contains("meeting held")
        {
            return 4
        }
        if lower.hasPrefix("subject:") { return 3 }
        if lower.hasPrefix("sent:") || lower.hasPrefix("date sent") { return 2 }
        if lower.contains("previous meeting") || lower.contains("last meeting") || lower.contains("next meeting") { return -1 }
        return 1
    }

    /// "1O.OO", "2O14", "l0th": number words with OCR look-alike letters, repaired; each repair named.
    static func repairDigits(_ text: String, line: Int, repairs: inout [String]) -> String {
        guard text.utf8.contains(where: { $0 == 0x4F || $0 == 0x6F || $0 == 0x6C || $0 == 0x49 }) else { return text }
        var words: [String] = []
        var changed = false
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            var core = word
            var tail = ""
            while let l = core.last, l == "," || l == ";" || l == ")" { tail = String(l) + tail; core = core.dropLast() }
            if core.utf8.count >= 2, core.utf8.count <= 8, core.contains(where: { $0.isASCII && $0.isNumber }),
                core.allSatisfy({ $0.isASCII && ($0.isNumber || "OoIl.:".contains($0)) }),
                core.contains(where: { "OoIl".contains($0) })
            {
                var fixed = ""
                for c in core {
                    switch c {
                    case "O", "o": fixed.append("0")
                    case "I", "l": fixed.append("1")
                    default: fixed.append(c)
                    }
                }
                repairs.append("line \(line): read '\(core)' as '\(fixed)' (OCR)")
                words.append(fixed + tail)
                changed = true
            } else {
                words.append(String(word))
            }
        }
        return changed ? words.joined(separator: " ") : text
    }

    static func read(_ lines: ArraySlice<Line>, titleLine: Int?) -> Facts {
        var facts = Facts()
        // The opening's text lines, markup stripped, OCR digits repaired.
        var texts: [(line: Int, text: String)] = []
        for l in lines where !l.isBlank {
            let text = MinutesLocator.stripMarkup(l.text)
            if text.isEmpty || Tokenizer.isPageMarker(text) { continue }
            texts.append((l.number, repairDigits(text, line: l.number, repairs: &facts.repairs)))
            if texts.count >= 80 { break }
        }
        var best: (weight: Int, k: Int, date: LocalDate, text: String)?
        for k in texts.indices {
            let text = texts[k].text
            var found = DateText.firstDate(in: text)
            var context = text
            // A date broken over two lines.
            if found == nil, k + 1 < texts.count, DateText.firstDate(in: texts[k + 1].text) == nil {
                let joined = text + " " + texts[k + 1].text
                if let d = DateText.firstDate(in: joined), text.contains(where: \.isNumber) || texts[k + 1].text.contains(where: \.isNumber) {
                    found = d
                    context = joined
                }
            }
            guard let date = found else { continue }
            var weight = dateWeight(context.lowercased())
            if k > 0, weight == 1 {
                // The line above may say what the date is ("Minutes of the X" / "Wednesday, 15").
                let above = texts[k - 1].text.lowercased()
                if above.hasPrefix("minutes") || above.hasPrefix("notes") || above.hasSuffix("held on") { weight = 3 }
            }
            if ModernGovHeader.split(text) != nil { weight = max(weight, 4) }
            if best == nil || weight > best!.weight { best = (weight, k, date, context) }
        }
        if let best, best.weight >= 0 {
            facts.date = best.date
            facts.dateLine = texts[best.k].line
            let times = DateText.times(in: best.text)
            facts.start = times.first
            if times.count >= 2 { facts.end = times[1] }
        }
        if facts.start == nil {
            for (_, text) in texts.prefix(30) {
                let lower = text.lowercased()
                guard lower.hasPrefix("time") || lower.hasPrefix("amser") || lower.hasPrefix("start") else { continue }
                let times = DateText.times(in: text)
                facts.start = times.first
                if times.count >= 2 { facts.end = times[1] }
                if facts.start != nil { break }
            }
        }
        (facts.body, facts.bodyLine) = body(texts)
        return facts
    }

    /// Words that end or carry a body's name.
    static let bodyWords: [String] = [
        "partnership", "board", "group", "panel", "forum", "committee", "executive", "sub-group",
        "subgroup", "network", "assembly", "cabinet", "commission", "partneriaeth", "bwrdd"
    ]

    static func namesBody(_ text: String) -> Bool {
        let lower = text.lowercased()
        return bodyWords.contains { lower.contains($0) }
    }

    /// The body's name: from a title phrase ("Minutes of a meeting of the X held ..."), a ModernGov
    /// header ("X - Tuesday 3 October 2023"), an e-mail subject, or the first short line that names
    /// a partnership, board, group, panel or forum.
    static func body(_ texts: [(line: Int, text: String)]) -> (String?, Int?) {
        for (n, text) in texts.prefix(40) {
            if let name = fromPhrase(text) { return (name, n) }
        }
        for (n, text) in texts.prefix(40) {
            if let (name, _) = ModernGovHeader.split(text), namesBody(name) { return (name, n) }
        }
        var fallback: (String, Int)?
        for (n, text) in texts.prefix(25) {
            let english = Bilingual.english(text)
            guard english.count >= 6, english.count <= 100, namesBody(english), !english.hasSuffix("."),
                !english.contains(":") || english.lowercased().hasPrefix("subject:"),
                HeaderReader.label(Line(number: n, cells: [english])) == nil
            else { continue }
            let lower = english.lowercased()
            if lower.hasPrefix("subject:") {
                for part in english.dropFirst(8).components(separatedBy: " - ") where namesBody(part) && !isNotesWord(part) {
                    return (part.trimmed, n)
                }
                continue
            }
            if Bilingual.welshScore(Substring(english)) >= 4 && !lower.contains("partnership") && !lower.contains("board") { continue }
            if lower.hasSuffix(" meeting") || lower == "meeting" { continue }
            let name = HeaderReader.titleCased(trimmedName(english.trimmingTrailing(":")))
            if fallback == nil { fallback = (name, n) }
            if lower.hasSuffix("council") { continue }
            return (name, n)
        }
        return fallback.map { ($0.0, $0.1) } ?? (nil, nil)
    }

    /// "Safer Redgate Board minutes 6 December 2022" → "Safer Redgate Board".
    static func trimmedName(_ text: String) -> String {
        var name = text
        let lower = name.lowercased()
        for stop in [" minutes", " meeting notes", " notes of", " agenda", " - ", " – "] {
            if let r = lower.find(stop) {
                let cut = String(name.prefix(lower.distance(from: lower.startIndex, to: r.lowerBound))).trimmed
                if namesBody(cut) { name = cut; break }
            }
        }
        return name
    }

    static func isNotesWord(_ text: String) -> Bool {
        let lower = text.trimmed.lowercased()
        return lower == "notes" || lower == "minutes" || lower == "action notes"
    }

    /// "MINUTES of a meeting of the X held ...", "Minutes of the X", "Notes of the X meeting held ...".
    static func fromPhrase(_ raw: String) -> String? {
        let text = Bilingual.english(raw)
        let lower = text.lowercased()
        var rest: Substring?
        for opener in [
            "minutes of a meeting of the ", "minutes of the meeting of the ", "minutes of a meeting of ",
            "minutes of meeting of the ", "minutes of the ", "notes of a meeting of the ", "notes of the meeting of the ",
            "notes of the ", "meeting of the "
        ] where lower.hasPrefix(opener) {
            rest = text.dropFirst(opener.count)
            break
        }
        guard var body = rest.map(String.init) else { return nil }
        for stop in [" held ", " meeting held", " on ", ",", " - ", " – ", " at "] {
            if let r = body.lowercased().find(stop) {
                body = String(body.prefix(body.lowercased().distance(from: body.lowercased().startIndex, to: r.lowerBound)))
            }
        }
        body = body.trimmed
        for prefix in ["meeting of the ", "meeting of ", "meeting held"] where body.lowercased().hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimmed
        }
        if body.lowercased().hasSuffix(" meeting") { body = String(body.dropLast(8)) }
        guard body.count >= 3, namesBody(body) || body.split(separator: " ").count >= 2,
            DateText.firstDate(in: body) == nil, !body.lowercased().hasPrefix("meeting")
        else { return nil }
        return HeaderReader.titleCased(body)
    }
}

/// ModernGov's page and print header: "Harbourside Community Safety Board - Tuesday 3 October 2023
/// 6.30 pm" (the body, a dash, then the date).
enum ModernGovHeader {
    static func split(_ text: String) -> (body: String, rest: String)? {
        guard text.utf8.count < 200 else { return nil }
        for dash in [" - ", " – ", " — ", ", "] {
            guard let r = text.find(dash) else { continue }
            let head = String(text[..<r.lowerBound]).trimmed
            let tail = String(text[r.upperBound...]).trimmed
            guard let first = DateText.words(tail).first,
                DateText.weekdays.contains(String(first)) || DateText.dayNumber(first) != nil,
                DateText.firstDate(in: tail) != nil, head.count >= 4
            else { continue }
            var body = head
            for prefix in ["Minutes - ", "Minutes – ", "Agenda and minutes - "] where body.hasPrefix(prefix) {
                body = String(body.dropFirst(prefix.count))
            }
            return (body, tail)
        }
        return nil
    }
}
