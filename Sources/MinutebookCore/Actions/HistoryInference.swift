/// One conclusion drawn from the evidence about one action.
public struct HistoryInference: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A later Matters Arising report printed an update: the action stays open, the update joins its history.
        case update
        /// The next Matters Arising report after it was due left it out: settled.
        case notCarriedForward = "not_carried_forward"
        /// The next agenda has the item it asked for: answered by that item.
        case answeredByAgendaItem = "answered_by_agenda_item"
        /// The weaker inference: not reported on for two years while the body went on noting Matters
        /// Arising reports (whose entries are not held): lapsed.
        case lapsed
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

    public init(
        actionID: Int64, kind: Kind, date: LocalDate, text: String, attribution: String, source: EvidenceSource,
        listedOnDate: Bool
    ) {
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
    /// A lapse is also keyed by its date, which a later-read noted report can move.
    public var key: String {
        "\(kind.rawValue)|\(source.file)|\(source.line)" + (kind == .lapsed ? "|\(date.iso)" : "")
    }

    /// Drawn from the absence of news rather than from a document that speaks of the action.
    public var isWeaker: Bool { kind == .lapsed }

    /// Was the action still outstanding for a meeting on `day`, by this settlement?
    public func leavesOutstanding(on day: LocalDate) -> Bool {
        day < date || (day == date && listedOnDate)
    }
}
