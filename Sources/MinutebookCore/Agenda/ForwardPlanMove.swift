/// One change of a forward-plan item's status or target meeting: its history.
public struct ForwardPlanMove: Sendable, Equatable, Codable {
    public var at: String
    public var from: ForwardPlanStatus?
    public var to: ForwardPlanStatus
    public var fromDate: LocalDate?
    public var toDate: LocalDate?
    public var reason: String?

    public init(
        at: String, from: ForwardPlanStatus?, to: ForwardPlanStatus, fromDate: LocalDate? = nil,
        toDate: LocalDate? = nil, reason: String? = nil
    ) {
        self.at = at
        self.from = from
        self.to = to
        self.fromDate = fromDate
        self.toDate = toDate
        self.reason = reason
    }
}

extension String {
    /// Without leading and trailing spaces and newlines (Core has no Foundation).
    var trimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
