public enum HistoryEvidence {
    /// Infers, for each action, what the later reports and agendas say, meeting by meeting after its
    /// own: at each meeting with a report, an entry for it is an update (it stays open) and its absence
    /// settles it ("not carried forward"); at its next meeting, an agenda item on its subject answers an
    /// action that asked for the next meeting. Nothing is inferred past a settlement. `meetingDates`
    /// are every meeting of the body known (minutes or packs): "the next meeting" is the first after.
    public static func infer(
        actions: [EvidenceAction], reports: [ReportEvidence], agendas: [AgendaEvidence],
        meetingDates: [LocalDate], noted: [NotedMattersArising] = []
    ) -> [HistoryInference] {
        let reportsByDate = Dictionary(reports.map { ($0.meetingDate, $0) }, uniquingKeysWith: { a, b in a.source.file <= b.source.file ? a : b })
        let agendasByDate = Dictionary(agendas.map { ($0.meetingDate, $0) }, uniquingKeysWith: { a, b in a.file <= b.file ? a : b })
        let allDates = Set(meetingDates).union(reportsByDate.keys).union(agendasByDate.keys).sorted()
        let matches = entryMatches(actions: actions, reports: reports)
        var result: [HistoryInference] = []
        for action in actions.sorted(by: { $0.actionID < $1.actionID }) {
            let later = allDates.filter { action.meetingDate < $0 }
            let next = later.first
            var settled = false
            var last = Mention(action)
            for day in later {
                if let report = reportsByDate[day] {
                    if let entry = matches[EntryKey(date: day, actionID: action.actionID)] {
                        last = Mention(
                            date: day, label: "Matters Arising report \(report.reference) of \(day.long)",
                            source: EvidenceSource(file: report.source.file, line: entry.line))
                        let dated = entry.updateDate.flatMap { $0 <= day && action.meetingDate < $0 ? $0 : nil } ?? day
                        if !entry.update.isEmpty {
                            result.append(
                                HistoryInference(
                                    actionID: action.actionID, kind: .update, date: dated, text: entry.update,
                                    attribution: "Matters Arising report \(report.reference)",
                                    source: EvidenceSource(file: report.source.file, line: entry.line), listedOnDate: true))
                        }
                    } else {
                        result.append(
                            HistoryInference(
                                actionID: action.actionID, kind: .notCarriedForward, date: day,
                                text: "Not carried forward in Matters Arising report \(report.reference) (meeting of \(day.long)): settled.",
                                attribution: "Matters Arising report \(report.reference)", source: report.source, listedOnDate: false))
                        settled = true
                        break
                    }
                }
                if day == next, action.asksForTheNextMeeting, let agenda = agendasByDate[day],
                    let item = answeringItem(for: action, in: agenda)
                {
                    result.append(
                        HistoryInference(
                            actionID: action.actionID, kind: .answeredByAgendaItem, date: day,
                            text: "Answered by item \(item.number) '\(item.title)' on the agenda of \(day.long).",
                            attribution: "Agenda of \(day.long)", source: EvidenceSource(file: agenda.file, line: item.line),
                            listedOnDate: true))
                    settled = true
                    break
                }
            }
            if !settled, let lapse = lapse(of: action, since: last, noted: noted) { result.append(lapse) }
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
                let candidates = actions.filter {
                    entry.meetingDate == nil ? $0.meetingDate < report.meetingDate : $0.meetingDate == entry.meetingDate
                }
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
