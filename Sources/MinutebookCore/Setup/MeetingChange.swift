public struct MeetingChange: Sendable, Equatable {
    public var kind: MeetingChangeKind
    public var fromDate: LocalDate
    public var toDate: LocalDate?
    public var reason: String?

    public init(kind: MeetingChangeKind, fromDate: LocalDate, toDate: LocalDate? = nil, reason: String? = nil) {
        self.kind = kind
        self.fromDate = fromDate
        self.toDate = toDate
        self.reason = reason
    }

    /// "Moved from 12 March 2018 to 26 March 2018: the venue was unavailable", for meeting pages.
    public var sentence: String {
        let because = reason.map { ": \($0)" } ?? ""
        switch kind {
        case .moved: return "Moved from \(fromDate.long) to \((toDate ?? fromDate).long)\(because)"
        case .retimed: return "The start time was changed\(because)"
        case .cancelled: return "Cancelled\(because)"
        }
    }
}
