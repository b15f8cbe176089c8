import MinutebookCore

/// A minute being assembled from layout events.
struct MinuteDraft {
    var heading: Heading
    var number: MinuteNumber?
    var title: String
    var part: AgendaPart
    /// Every paragraph as read (the heuristics for attendance, approval and the next meeting read these).
    var paragraphs: [String] = []
    /// The narrative the record keeps: the paragraphs without the decisions and post-meeting notes,
    /// which the record holds once, in `resolutions` and `postMeetingNotes`.
    var narrative: [String] = []
    var resolutions: [String] = []
    /// For each resolution, how many narrative paragraphs come before it (its place in the minute).
    var resolutionPlaces: [Int] = []
    /// A lead-in alone ("RESOLVED that:") kept in the narrative until its numbered points arrive.
    var pendingLeadIn: Int?
    /// An "Outcomes:" label kept in the narrative until its first decision arrives.
    var pendingLabel: Int?
    var actions: [DraftAction] = []
    var postMeetingNotes: [String] = []
    var reportReference: String?
    /// The number as printed when it is a reference ("CSP/23/04").
    var display: String?
    var openList = false
    var lastPoint: String?
    var expectNote = false
    var actionList = false
    /// Set after an "Outcomes" or "Decisions" sub-heading: its list items are the decisions.
    var outcomeList = false
    var line: Int { heading.line }
}

struct DraftAction {
    var owners: [String]
    var text: String
    var line: Int
    var due: LocalDate?
    /// Whether the action repeats a resolution (then it pairs with it).
    var isResolution: Bool
}

/// Turns layout events into minutes: decisions, actions from the Action column, inline and bullet
/// actions, post-meeting notes, report references and Part 2 sections.
struct MinutesAssembler {
    var drafts: [MinuteDraft] = []
    var preamble: [Paragraph] = []
    var warnings: [String] = []
    private var part: AgendaPart = .one
    private var usedNumbers = Set<MinuteNumber>()
    private var highestMain: Int?

    /// Owner codes printed on the current minute's heading line, paired once its text is read.
    private var headingCodes: (codes: [String], line: Int)?

    mutating func consume(_ events: [MinutesEvent]) {
        for event in events {
            switch event {
            case .heading(let h): pairHeadingCodes(); heading(h)
            case .paragraph(let p): paragraph(p)
            case .codes(let codes, let line): standaloneCodes(codes, line: line)
            }
        }
        pairHeadingCodes()
    }

    mutating func pairHeadingCodes() {
        if let (codes, line) = headingCodes { standaloneCodes(codes, line: line) }
        headingCodes = nil
    }

    static func isPartTwoMarker(_ text: String) -> Bool {
        guard text.utf8.count < 80 else { return false }
        return FastText.startsWithIgnoringCase(text, "part 2") || FastText.startsWithIgnoringCase(text, "part ii")
            || FastText.startsWithIgnoringCase(text, "part two") || FastText.startsWithIgnoringCase(text, "exempt items")
            || FastText.startsWithIgnoringCase(text, "rhan 2") || FastText.containsIgnoringCase(text, "(part 2)")
            || FastText.startsWithIgnoringCase(text, "exclusion of the press and public")
    }

    /// "CSD 17154", "CSD18054": a report reference standing alone.
    static func reportReference(_ text: String) -> String? {
        guard text.utf8.count <= 14, let f = text.utf8.first, f >= 0x41 && f <= 0x5A else { return nil }
        let compact = text.replacingAll(" ", with: "")
        let letters = compact.prefix(while: { $0.isUppercase && $0.isASCII })
        let digits = compact.dropFirst(letters.count)
        guard (2...5).contains(letters.count), (4...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            text.count <= 14
        else { return nil }
        return compact
    }

    mutating func heading(_ h: Heading) {
        var h = h
        if let n = h.number {
            let plausible = highestMain.map { n.number >= $0 - 6 && n.number <= $0 + 6 } ?? true
            if !plausible || usedNumbers.contains(n) {
                let why = plausible ? "repeats an earlier minute" : "is out of sequence"
                warnings.append("line \(h.line): '\(h.printed ?? n.text)' looks like a minute number but \(why); read as text")
                paragraph(Paragraph(text: [h.title, h.rest].compactMap { $0 }.joined(separator: " "), line: h.line))
                return
            }
            usedNumbers.insert(n)
            highestMain = max(highestMain ?? n.number, n.number)
        }
        if Self.isPartTwoMarker(h.title) { part = .two }
        var title = h.title
        var reference: String?
        // "MATTERS ARISING CSD23153": a report reference ends the heading.
        if let space = title.lastIndex(of: " "), case let last = title[title.index(after: space)...],
            let ref = Self.reportReference(String(last))
        {
            reference = ref
            title = String(title.dropLast(last.count)).trimmed
        }
        title = Self.displayTitle(title)
        if FastText.containsIgnoringCase(title, "(part 2)") || FastText.containsIgnoringCase(title, "(exempt)") { part = .two }
        var draft = MinuteDraft(heading: h, number: h.number, title: title, part: part)
        draft.reportReference = reference
        draft.display = h.display
        drafts.append(draft)
        headingCodes = h.codes.map { ($0, h.line) }
        h.rest.map { paragraph(Paragraph(text: $0, line: h.line)) }
    }

    static let acronyms: Set<String> = [
        "MOPAC", "SNB", "LAS", "ASB", "CRC", "IOM", "YOS", "VAWG", "SBP", "OCC", "LBB", "BCU",
        "CSP", "NHS", "LFB", "MPS", "DHR", "PSPO", "KPI", "CCTV", "GP", "MASH", "MARAC", "CCG",
        "ICB", "MAPPA", "DA", "VRU", "PCC", "OPCC", "CEO", "AOB", "UK", "CSE", "DV", "Q1", "Q2",
        "Q3", "Q4", "SEND", "PCSO", "HMIP", "LSCB", "TOR", "II", "III", "IV"
    ]

    /// Upper-case headings read in title case ("RESILIENCE UPDATE" → "Resilience Update"),
    /// acronyms kept; mixed-case headings stay as printed.
    static func displayTitle(_ title: String) -> String {
        let title = Bilingual.english(title)
        guard HeadingMatcher.upperShare(title) > 0.8 else { return title }
        return asciiTitleCased(title) ?? titleCasedKeepingAcronyms(title)
    }

    /// `HeaderReader.titleCased` with the acronyms kept as printed, for any text.
    static func titleCasedKeepingAcronyms(_ title: String) -> String {
        let cased = HeaderReader.titleCased(title)
        var words = cased.split(separator: " ").map(String.init)
        let original = title.split(separator: " ")
        guard words.count == original.count else { return cased }
        for (i, w) in original.enumerated() {
            let bare = w.trimmingCharacters(",.:;()'’")
            if acronyms.contains(String(bare)) || bare.hasSuffix("'S") == false && acronyms.contains(String(bare.split(separator: "-").first ?? "")) {
                words[i] = String(w)
            }
        }
        return words.joined(separator: " ")
    }

    mutating func paragraph(_ p: Paragraph) {
        guard !drafts.isEmpty else { preamble.append(p); return }
        let k = drafts.count - 1
        let text = p.text
        if Self.isPartTwoMarker(text) && text.count < 60 { part = .two }
        if drafts[k].paragraphs.isEmpty, drafts[k].reportReference == nil, let ref = Self.reportReference(text) {
            drafts[k].reportReference = ref
            return
        }
        drafts[k].paragraphs.append(text)
        let lower = text.utf8.count < 40 ? text.lowercased() : ""
        if FastText.startsWithIgnoringCase(text, "post meeting note") || FastText.startsWithIgnoringCase(text, "post-meeting note")
            || FastText.startsWithIgnoringCase(text, "nodyn ar")
        {
            let rest = text.split(separator: ":", maxSplits: 1).dropFirst().first.map { String($0).trimmed } ?? ""
            if rest.isEmpty { drafts[k].expectNote = true } else { drafts[k].postMeetingNotes.append(rest) }
            return
        }
        if drafts[k].expectNote {
            drafts[k].postMeetingNotes.append(text)
            drafts[k].expectNote = false
            return
        }
        var decided: [String] = []
        /// What of the paragraph is narrative: all of it, the sentences before an inline lead-in, or nothing.
        var narrative: String? = text
        if let found = Decisions.find(in: text) {
            if found.opensList {
                drafts[k].openList = true
                drafts[k].lastPoint = nil
                if let before = found.before { narrative = before } else { drafts[k].pendingLeadIn = drafts[k].narrative.count }
            } else {
                decided = found.resolutions
                narrative = found.before
            }
        } else if drafts[k].openList, let point = Decisions.point(text), Decisions.follows(point.label, drafts[k].lastPoint) {
            decided = [Decisions.capitalised(point.text)]
            drafts[k].lastPoint = point.label
            narrative = nil
            if let i = drafts[k].pendingLeadIn, i == drafts[k].narrative.count - 1 {
                drafts[k].narrative.removeLast()
                drafts[k].pendingLeadIn = nil
            }
        }
        let label = lower.trimmingTrailing(":").trimmed
        if Self.outcomeLabels.contains(label) {
            drafts[k].outcomeList = true
            drafts[k].openList = false
            drafts[k].pendingLabel = drafts[k].narrative.count
        } else if drafts[k].outcomeList, decided.isEmpty {
            if let item = Self.listItem(text) {
                if !Self.isNone(item) { decided = [Decisions.capitalised(item)] }
                narrative = nil
                if let i = drafts[k].pendingLabel, i == drafts[k].narrative.count - 1 {
                    drafts[k].narrative.removeLast()
                }
                drafts[k].pendingLabel = nil
            } else {
                drafts[k].outcomeList = false
            }
        }
        if let narrative, !narrative.isEmpty { drafts[k].narrative.append(narrative) }
        for r in decided where !r.isEmpty && !drafts[k].resolutions.contains(r) {
            drafts[k].resolutions.append(r)
            drafts[k].resolutionPlaces.append(drafts[k].narrative.count)
        }

        if InlineActions.listLabels.contains(lower) {
            drafts[k].actionList = true
        } else if drafts[k].actionList, let bullet = InlineActions.bullet(text) {
            drafts[k].actions.append(DraftAction(owners: bullet.owners, text: bullet.text, line: p.line, isResolution: false))
        } else if let inline = InlineActions.find(in: text) {
            if inline.owners.isEmpty {
                warnings.append("line \(p.line): action '\(inline.text.prefix(40))' names no owner")
            }
            let pairs = decided.last.map { _ in true } ?? false
            drafts[k].actions.append(
                DraftAction(
                    owners: inline.owners, text: decided.last ?? inline.text, line: p.line,
                    isResolution: pairs))
        } else if !text.hasPrefix("-") {
            drafts[k].actionList = false
        }
        if let codes = p.codes {
            let target = decided.last ?? text
            drafts[k].actions.append(
                DraftAction(
                    owners: codes, text: target, line: p.codesLine ?? p.line,
                    isResolution: decided.last != nil))
        }
    }

    /// Sub-headings whose list items are decisions.
    static let outcomeLabels: Set<String> = [
        "outcomes", "outcome", "decisions", "decision", "decisions made", "agreed",
        "resolved", "resolutions", "it was agreed", "it was resolved", "canlyniadau",
        "penderfyniadau", "agreed outcomes", "key decisions"
    ]

    /// The text of a list item ("- text", "• text", "1. text", "(a) text"), or nil.
    static func listItem(_ text: String) -> String? {
        guard Paragraphs.startsListItem(text) else { return nil }
        if let point = Decisions.point(text) { return point.text }
        return String(text.drop(while: { $0 == "-" || $0 == "•" || $0 == "*" || $0 == "–" || $0 == "·" || $0 == " " }))
    }

    static func isNone(_ text: String) -> Bool {
        let t = text.lowercased().trimmingTrailing(".").trimmed
        return t == "none" || t == "n/a" || t == "nil" || t == "no actions" || t == "none agreed" || t == "dim"
    }

    /// Owner codes alone in the Action column pair with the minute's first resolution that has no
    /// action yet, else its last paragraph.
    mutating func standaloneCodes(_ codes: [String], line: Int) {
        guard let k = drafts.indices.last else {
            warnings.append("line \(line): action column '\(codes.joined(separator: "/"))' appears before the first minute")
            return
        }
        let paired = Set(drafts[k].actions.filter(\.isResolution).map(\.text))
        if let r = drafts[k].resolutions.first(where: { !paired.contains($0) }) {
            drafts[k].actions.append(DraftAction(owners: codes, text: r, line: line, isResolution: true))
        } else if let last = drafts[k].resolutions.last {
            drafts[k].actions.append(DraftAction(owners: codes, text: last, line: line, isResolution: true))
        } else {
            drafts[k].actions.append(
                DraftAction(
                    owners: codes, text: drafts[k].narrative.last ?? drafts[k].title, line: line,
                    isResolution: false))
        }
    }
}
