/// Where an agenda item stands during the meeting.
public enum LiveItemState: String, Codable, Sendable, CaseIterable {
    /// Not reached yet.
    case pending
    /// Taken (discussed): its notes become the minute.
    case taken
    /// Put off to a later meeting: minuted as deferred.
    case deferred
    /// Withdrawn from the agenda: minuted as withdrawn.
    case withdrawn

    public var label: String {
        switch self {
        case .pending: "Not yet taken"
        case .taken: "Taken"
        case .deferred: "Deferred"
        case .withdrawn: "Withdrawn"
        }
    }

    /// The sentence the draft minute opens with (none for a taken item: its notes say what happened).
    public var minuteSentence: String? {
        switch self {
        case .deferred: "This item was deferred to the next meeting."
        case .withdrawn: "This item was withdrawn."
        case .pending, .taken: nil
        }
    }
}
