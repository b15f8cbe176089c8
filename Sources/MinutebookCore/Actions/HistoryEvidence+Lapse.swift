/// A Matters Arising report that a body's minutes record as noted ("RESOLVED that the Matters Arising
/// Report be noted"), where the report's own entries are not held.
public struct NotedMattersArising: Sendable, Equatable {
    public var meetingDate: LocalDate
    public var minute: MinuteNumber?
    /// The report's number, when the minute gives it ("CSD23153").
    public var reference: String?
    /// The document the minutes were imported from.
    public var file: String?

    public init(meetingDate: LocalDate, minute: MinuteNumber?, reference: String? = nil, file: String? = nil) {
        self.meetingDate = meetingDate
        self.minute = minute
        self.reference = reference
        self.file = file
    }

    /// "minute 85 of 6 December 2023 (report CSD23153; sbp-2024-02-29-agenda-pack.txt)"
    public var label: String {
        let minuteText = minute.map { "minute \($0.text) of \(meetingDate.long)" } ?? "the meeting of \(meetingDate.long)"
        let details = [reference.map { "report \($0)" }, file.map { $0.split(separator: "/").last.map(String.init) ?? $0 }]
            .compactMap { $0 }
        return details.isEmpty ? minuteText : "\(minuteText) (\(details.joined(separator: "; ")))"
    }
}

/// The weaker, fourth inference (issue 19). A Matters Arising report lists every action still open;
/// when a body's later minutes record its Matters Arising reports as noted but those reports are not
/// held, the omission cannot be read directly. A secretary reasons: an action nobody has reported on
/// for `lapseYears` years, while the body went on meeting and noting its Matters Arising reports, has
/// lapsed. The rule: no document mentions the action (its own minutes or an entry in a printed report)
/// for at least two years, and the minutes of a meeting at least two years after that last mention
/// record a Matters Arising report as noted. The lapse is dated at that meeting; it is labelled an
/// inference, names the last evidence (document and line) and the noted reports since, and a later
/// report mentioning the action (within two years of the noting) keeps it open instead.
extension HistoryEvidence {
    /// How long with no mention before a noted Matters Arising report lets an action lapse.
    public static let lapseYears = 2

    /// The last document that spoke of an action.
    struct Mention {
        var date: LocalDate
        var label: String
        var source: EvidenceSource

        init(date: LocalDate, label: String, source: EvidenceSource) {
            self.date = date
            self.label = label
            self.source = source
        }

        /// The action's own minutes.
        init(_ action: EvidenceAction) {
            date = action.meetingDate
            label = action.minute.map { "minute \($0.text) of \(action.meetingDate.long)" } ?? "the minutes of \(action.meetingDate.long)"
            source = EvidenceSource(file: action.minutesFile ?? "minutes of \(action.meetingDate.iso)", line: 0)
        }
    }

    /// The first day two years after `day` (28 February for a 29 February).
    static func yearsAfter(_ day: LocalDate, _ years: Int) -> LocalDate {
        LocalDate(year: day.year + years, month: day.month, day: day.day)
            ?? LocalDate(year: day.year + years, month: day.month, day: 28) ?? day.adding(days: 365 * years)
    }

    static func lapse(of action: EvidenceAction, since last: Mention, noted: [NotedMattersArising]) -> HistoryInference? {
        let bar = yearsAfter(last.date, lapseYears)
        let since = noted.filter { $0.meetingDate > last.date }.sorted { ($0.meetingDate, $0.label) < ($1.meetingDate, $1.label) }
        guard let lapsedAt = since.first(where: { $0.meetingDate >= bar }) else { return nil }
        let counted = since.filter { $0.meetingDate <= lapsedAt.meetingDate }
        let text =
            "Lapsed (inferred, weaker evidence): not reported on since \(last.label) (\(last.source.label)); "
            + "Matters Arising reports noted since at \(counted.map(\.label).joined(separator: ", ")), "
            + "more than \(lapseYears) years later."
        return HistoryInference(
            actionID: action.actionID, kind: .lapsed, date: lapsedAt.meetingDate, text: text,
            attribution: "Inferred lapse", source: last.source, listedOnDate: false)
    }
}
