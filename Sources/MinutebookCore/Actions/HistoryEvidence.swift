/// Settling imported history from what later documents say (issue 19). A Matters Arising report
/// prints an update on every action still open and leaves out the ones that were settled; the next
/// agenda answers "bring an update to the next meeting" actions. The rule here is pure: the store
/// hands it the body's actions and the evidence it holds, and applies what it infers.

/// Where a piece of evidence was read: the document and the line.
public struct EvidenceSource: Sendable, Equatable, Hashable, Codable {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// "sbp-2018-03-26-agenda-pack.txt, line 1147"
    public var label: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return "\(name), line \(line)"
    }
}

/// A Matters Arising report as printed in a pack (its Appendix A).
public struct ReportEvidence: Sendable, Equatable, Codable {
    public struct Entry: Sendable, Equatable, Codable {
        public var minute: MinuteNumber?
        /// The meeting the entry's minute comes from.
        public var meetingDate: LocalDate?
        public var title: String
        public var resolved: String
        public var update: String
        /// The date the update gives for itself ("As of 22nd February 2018"), if any.
        public var updateDate: LocalDate?
        public var line: Int

        public init(minute: MinuteNumber?, meetingDate: LocalDate?, title: String, resolved: String, update: String,
                    updateDate: LocalDate? = nil, line: Int) {
            self.minute = minute
            self.meetingDate = meetingDate
            self.title = title
            self.resolved = resolved
            self.update = update
            self.updateDate = updateDate
            self.line = line
        }
    }

    /// The report's number ("CSD18054"), or "Matters Arising" when it prints none.
    public var reference: String
    /// The meeting the report was written for.
    public var meetingDate: LocalDate
    public var source: EvidenceSource
    public var entries: [Entry]

    public init(reference: String, meetingDate: LocalDate, source: EvidenceSource, entries: [Entry]) {
        self.reference = reference
        self.meetingDate = meetingDate
        self.source = source
        self.entries = entries
    }
}

/// The agenda of a meeting as printed in its pack.
public struct AgendaEvidence: Sendable, Equatable, Codable {
    public struct Item: Sendable, Equatable, Codable {
        /// "15", "15a", "c" as printed.
        public var number: String
        public var title: String
        public var part: AgendaPart
        /// "Pages 5 - 16" as two numbers, when printed.
        public var firstPage: Int?
        public var lastPage: Int?
        /// The lead officer, when the agenda names one.
        public var lead: String?
        public var line: Int

        public init(number: String, title: String, part: AgendaPart = .one, firstPage: Int? = nil, lastPage: Int? = nil,
                    lead: String? = nil, line: Int) {
            self.number = number
            self.title = title
            self.part = part
            self.firstPage = firstPage
            self.lastPage = lastPage
            self.lead = lead
            self.line = line
        }
    }

    public var meetingDate: LocalDate
    public var file: String
    public var items: [Item]

    public init(meetingDate: LocalDate, file: String, items: [Item]) {
        self.meetingDate = meetingDate
        self.file = file
        self.items = items
    }
}

/// What the rule needs to know of one imported action.
public struct EvidenceAction: Sendable, Equatable {
    public var actionID: Int64
    public var meetingDate: LocalDate
    public var minute: MinuteNumber?
    public var minuteTitle: String
    /// The resolution and the action's own text.
    public var resolved: String

    public init(actionID: Int64, meetingDate: LocalDate, minute: MinuteNumber?, minuteTitle: String, resolved: String) {
        self.actionID = actionID
        self.meetingDate = meetingDate
        self.minute = minute
        self.minuteTitle = minuteTitle
        self.resolved = resolved
    }

    /// "Bring an update to the next meeting", "remain on the agenda": the next agenda can answer it.
    public var asksForTheNextMeeting: Bool {
        let text = (resolved).lowercased()
        return text.contains("next meeting") || text.contains("next sbp meeting") || text.contains("remain on the agenda")
            || text.contains("to the next")
    }
}

/// One conclusion drawn from the evidence about one action.
public struct HistoryInference: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A later Matters Arising report printed an update: the action stays open, the update joins its history.
        case update
        /// The next Matters Arising report after it was due left it out: settled.
        case notCarriedForward = "not_carried_forward"
        /// The next agenda has the item it asked for: answered by that item.
        case answeredByAgendaItem = "answered_by_agenda_item"
    }

    public var actionID: Int64
    public var kind: Kind
    /// The day the evidence speaks of (the report's or the agenda's meeting, or the update's own date).
    public var date: LocalDate
    /// The history line.
    public var text: String
    /// Who or what the history line is attributed to ("Matters Arising report CSD18054").
    public var attribution: String
    public var source: EvidenceSource
    /// The action was still listed at the meeting of `date` (answered there) rather than settled before it.
    public var listedOnDate: Bool

    public init(actionID: Int64, kind: Kind, date: LocalDate, text: String, attribution: String, source: EvidenceSource,
                listedOnDate: Bool) {
        self.actionID = actionID
        self.kind = kind
        self.date = date
        self.text = text
        self.attribution = attribution
        self.source = source
        self.listedOnDate = listedOnDate
    }

    /// Settles the action (as done).
    public var settles: Bool { kind != .update }

    /// Identifies the inference across runs, whatever the order documents were imported in.
    public var key: String { "\(kind.rawValue)|\(source.file)|\(source.line)" }

    /// Was the action still outstanding for a meeting on `day`, by this settlement?
    public func leavesOutstanding(on day: LocalDate) -> Bool {
        day < date || (day == date && listedOnDate)
    }
}

public enum HistoryEvidence {
    /// Infers, for each action, what the later reports and agendas say, meeting by meeting after its
    /// own: at each meeting with a report, an entry for it is an update (it stays open) and its absence
    /// settles it ("not carried forward"); at its next meeting, an agenda item on its subject answers an
    /// action that asked for the next meeting. Nothing is inferred past a settlement. `meetingDates`
    /// are every meeting of the body known (minutes or packs): "the next meeting" is the first after.
    public static func infer(actions: [EvidenceAction], reports: [ReportEvidence], agendas: [AgendaEvidence],
                             meetingDates: [LocalDate]) -> [HistoryInference] {
        let reportsByDate = Dictionary(reports.map { ($0.meetingDate, $0) }, uniquingKeysWith: { a, b in a.source.file <= b.source.file ? a : b })
        let agendasByDate = Dictionary(agendas.map { ($0.meetingDate, $0) }, uniquingKeysWith: { a, b in a.file <= b.file ? a : b })
        let allDates = Set(meetingDates).union(reportsByDate.keys).union(agendasByDate.keys).sorted()
        let matches = entryMatches(actions: actions, reports: reports)
        var result: [HistoryInference] = []
        for action in actions.sorted(by: { $0.actionID < $1.actionID }) {
            let later = allDates.filter { action.meetingDate < $0 }
            let next = later.first
            for day in later {
                if let report = reportsByDate[day] {
                    if let entry = matches[EntryKey(date: day, actionID: action.actionID)] {
                        let dated = entry.updateDate.flatMap { $0 <= day && action.meetingDate < $0 ? $0 : nil } ?? day
                        if !entry.update.isEmpty {
                            result.append(HistoryInference(
                                actionID: action.actionID, kind: .update, date: dated, text: entry.update,
                                attribution: "Matters Arising report \(report.reference)",
                                source: EvidenceSource(file: report.source.file, line: entry.line), listedOnDate: true))
                        }
                    } else {
                        result.append(HistoryInference(
                            actionID: action.actionID, kind: .notCarriedForward, date: day,
                            text: "Not carried forward in Matters Arising report \(report.reference) (meeting of \(day.long)): settled.",
                            attribution: "Matters Arising report \(report.reference)", source: report.source, listedOnDate: false))
                        break
                    }
                }
                if day == next, action.asksForTheNextMeeting, let agenda = agendasByDate[day],
                   let item = answeringItem(for: action, in: agenda) {
                    result.append(HistoryInference(
                        actionID: action.actionID, kind: .answeredByAgendaItem, date: day,
                        text: "Answered by item \(item.number) '\(item.title)' on the agenda of \(day.long).",
                        attribution: "Agenda of \(day.long)", source: EvidenceSource(file: agenda.file, line: item.line),
                        listedOnDate: true))
                    break
                }
            }
        }
        return result
    }

    struct EntryKey: Hashable {
        var date: LocalDate
        var actionID: Int64
    }

    /// Each report entry goes to the minute of its meeting that it fits best: the same number and a
    /// like title or resolution, or (numbers are misprinted) a clearly like title or resolution. All
    /// the actions of that minute share the entry.
    static func entryMatches(actions: [EvidenceAction], reports: [ReportEvidence]) -> [EntryKey: ReportEvidence.Entry] {
        var result: [EntryKey: ReportEvidence.Entry] = [:]
        for report in reports {
            for entry in report.entries {
                let candidates = actions.filter { entry.meetingDate == nil ? $0.meetingDate < report.meetingDate : $0.meetingDate == entry.meetingDate }
                var best: (score: Double, minute: String)?
                for action in candidates {
                    let sameNumber = entry.minute != nil && entry.minute == action.minute
                    let title = Words.likeness(entry.title, action.minuteTitle)
                    let resolved = Words.likeness(entry.resolved, action.resolved)
                    let text = max(title, resolved)
                    let score = sameNumber ? 1 + text : (text >= 0.5 ? text : 0)
                    let key = "\(action.meetingDate.iso)|\(action.minute?.text ?? "")|\(action.minuteTitle)"
                    if score > 0, score > (best?.score ?? 0) { best = (score, key) }
                }
                guard let best else { continue }
                for action in candidates where "\(action.meetingDate.iso)|\(action.minute?.text ?? "")|\(action.minuteTitle)" == best.minute {
                    result[EntryKey(date: report.meetingDate, actionID: action.actionID)] = entry
                }
            }
        }
        return result
    }

    /// The item of `agenda` on the action's subject: most of the item's own words appear in the
    /// minute's title or the resolution.
    static func answeringItem(for action: EvidenceAction, in agenda: AgendaEvidence) -> AgendaEvidence.Item? {
        let words = Words.significant(action.minuteTitle + " " + action.resolved)
        var best: (Double, AgendaEvidence.Item)?
        for item in agenda.items {
            let own = Words.significant(item.title)
            guard own.count >= 2 else { continue }
            let share = Double(own.intersection(words).count) / Double(own.count)
            if share >= 0.75, share > (best?.0 ?? 0) { best = (share, item) }
        }
        return best?.1
    }
}

/// Word likeness for matching report entries and agenda items to minutes.
enum Words {
    /// Words that say nothing about the subject.
    static let common: Set<String> = [
        "the", "and", "that", "this", "with", "from", "for", "was", "were", "would", "should", "update", "updates",
        "meeting", "next", "group", "report", "item", "resolved", "agreed", "noted", "provided", "brought", "verbal",
        "concerning", "about", "been", "have", "had", "further", "into", "onto", "also", "sub",
    ]

    static func significant(_ text: String) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        func flush() {
            if current.count >= 3, !common.contains(current) { words.insert(current) }
            current = ""
        }
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { current.append(c) } else { flush() }
        }
        flush()
        return words
    }

    /// Shared significant words over the smaller set's size (0 when either is empty).
    static func likeness(_ a: String, _ b: String) -> Double {
        let x = significant(a), y = significant(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(min(x.count, y.count))
    }
}
