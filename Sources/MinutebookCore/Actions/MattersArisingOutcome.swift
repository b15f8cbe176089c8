/// What the meeting decided about an entry of a published report.
public enum MattersArisingOutcome: String, Sendable, Codable, CaseIterable {
    /// Dealt with: the actions behind it are done.
    case closed
    /// Still open: it comes back in the next report.
    case carriedForward = "carried_forward"
    /// No longer pursued: the actions behind it are dropped.
    case dropped

    public var label: String {
        switch self {
        case .closed: "Closed (done)"
        case .carriedForward: "Carried forward"
        case .dropped: "Dropped"
        }
    }

    /// The status the entry's outstanding actions take; nil leaves them as they are.
    public var actionStatus: ActionStatus? {
        switch self {
        case .closed: .done
        case .carriedForward: nil
        case .dropped: .dropped
        }
    }

    /// The history line written on each action.
    public func note(meetingDate: LocalDate) -> String {
        switch self {
        case .closed: "Closed at the meeting of \(meetingDate.long)."
        case .carriedForward: "Carried forward at the meeting of \(meetingDate.long)."
        case .dropped: "Dropped at the meeting of \(meetingDate.long)."
        }
    }
}
