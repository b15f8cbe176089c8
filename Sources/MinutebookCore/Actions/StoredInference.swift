/// An inference as stored: what was concluded about an action, from which document and line, and
/// whether the secretariat undid it.
public struct StoredInference: Sendable, Equatable {
    public var id: Int64
    public var actionID: Int64
    public var kind: HistoryInference.Kind
    public var date: LocalDate
    public var text: String
    public var source: EvidenceSource
    public var statusTo: ActionStatus?
    /// UTC timestamp of the undo, nil while the inference stands.
    public var undoneAt: String?

    public init(
        id: Int64, actionID: Int64, kind: HistoryInference.Kind, date: LocalDate, text: String, source: EvidenceSource,
        statusTo: ActionStatus? = nil, undoneAt: String? = nil
    ) {
        self.id = id
        self.actionID = actionID
        self.kind = kind
        self.date = date
        self.text = text
        self.source = source
        self.statusTo = statusTo
        self.undoneAt = undoneAt
    }

    public var isUndone: Bool { undoneAt != nil }
}
