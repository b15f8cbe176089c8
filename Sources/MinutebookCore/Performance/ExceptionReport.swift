/// The exception report drafted for the board: only delivery-plan actions that are off track or
/// exceptionally ahead, each with its reasons and the indicator evidence.
///
/// Selection rules (as of the report date):
/// - **Off track** when the lead says so, when a milestone is overdue (due before the report date and
///   not completed), when the action itself is past due and not complete, or when an evidencing
///   indicator is Red.
/// - **Exceptionally ahead** when the lead says so or an evidencing indicator is Blue, and nothing
///   makes it off track (off track wins: the board must see the problem).
/// - Everything else stays out, including "at risk" and Amber: those are managed by the leads, not
///   brought to the board. Completed actions stay out unless an indicator is Red or Blue.
///
/// Where the listing and the lead's own rating disagree, or signals point both ways, the entry says so
/// (`disagreements`) instead of silently overriding the lead.
public struct ExceptionReport: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case offTrack = "off_track"
        case exceptionallyAhead = "exceptionally_ahead"

        public var label: String { self == .offTrack ? "Off track" : "Exceptionally ahead" }
    }

    public struct Evidence: Sendable, Equatable {
        public var indicatorName: String
        public var unit: IndicatorUnit
        public var progress: TargetProgress

        /// "219 against 195 expected by Dec 2017 (Green: on track)"
        public var summary: String {
            "\(unit.format(progress.actual)) against \(unit.format(progress.expected)) expected by \(progress.through.short) (\(progress.status.label))"
        }
    }

    public struct Entry: Sendable, Equatable {
        public var priority: String
        public var objective: String
        public var action: DeliveryAction
        public var kind: Kind
        public var reasons: [String]
        public var evidence: [Evidence]
        /// Where the lead's rating differs from the listing, and signals overruled by it
        /// ("The lead rates it On track; the reasons above list it as off track").
        public var disagreements: [String] = []
    }

    public var asOf: LocalDate
    public var entries: [Entry]

    public var offTrack: [Entry] { entries.filter { $0.kind == .offTrack } }
    public var ahead: [Entry] { entries.filter { $0.kind == .exceptionallyAhead } }

    /// Selects the exceptions of `strategy`. `progress` holds each indicator's current year-to-date
    /// position, keyed by indicator id (indicators with no target or no figures are simply absent).
    public static func select(
        strategy: Strategy, indicators: [Int64: Indicator], progress: [Int64: TargetProgress],
        asOf: LocalDate
    ) -> ExceptionReport {
        var entries: [Entry] = []
        for priority in strategy.priorities.sorted(by: { $0.position < $1.position }) {
            for objective in priority.objectives.sorted(by: { $0.position < $1.position }) {
                for action in objective.actions.sorted(by: { $0.position < $1.position }) {
                    if let entry = entry(
                        for: action, priority: priority, objective: objective,
                        indicators: indicators, progress: progress, asOf: asOf)
                    {
                        entries.append(entry)
                    }
                }
            }
        }
        return ExceptionReport(asOf: asOf, entries: entries)
    }

    static func entry(
        for action: DeliveryAction, priority: Priority, objective: Objective,
        indicators: [Int64: Indicator], progress: [Int64: TargetProgress], asOf: LocalDate
    ) -> Entry? {
        var offReasons: [String] = [], aheadReasons: [String] = []
        var evidence: [Evidence] = []
        for indicatorID in action.indicatorIDs {
            guard let indicator = indicators[indicatorID], let p = progress[indicatorID] else { continue }
            evidence.append(Evidence(indicatorName: indicator.name, unit: indicator.unit, progress: p))
            if p.status == .red { offReasons.append("\(indicator.name) is Red") }
            if p.status == .blue { aheadReasons.append("\(indicator.name) is Blue") }
        }
        let isComplete = action.status == .complete
        if !isComplete {
            if action.status == .offTrack { offReasons.insert("The lead reports it off track", at: 0) }
            if action.status == .ahead { aheadReasons.insert("The lead reports it exceptionally ahead", at: 0) }
            for milestone in action.milestones where milestone.isOverdue(on: asOf) {
                offReasons.append("Milestone “\(milestone.title)” was due \(milestone.due.long)")
            }
            if let due = action.due, due < asOf { offReasons.append("The action was due \(due.long)") }
        }
        let kind: Kind
        if !offReasons.isEmpty { kind = .offTrack } else if !aheadReasons.isEmpty { kind = .exceptionallyAhead } else { return nil }
        var disagreements: [String] = []
        let leadAgrees = kind == .offTrack ? action.status == .offTrack : [.ahead, .complete].contains(action.status)
        if !leadAgrees {
            disagreements.append("The lead rates it \(action.status.label); the reasons above list it as \(kind.label.lowercased())")
        }
        if kind == .offTrack, !aheadReasons.isEmpty {
            disagreements.append("Also pointing ahead: \(aheadReasons.joined(separator: "; ")). Off track is listed so the board sees the problem")
        }
        return Entry(
            priority: priority.name, objective: objective.text, action: action, kind: kind,
            reasons: kind == .offTrack ? offReasons : aheadReasons, evidence: evidence, disagreements: disagreements)
    }
}
