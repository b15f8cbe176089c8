/// Where an item of a body's forward plan (work programme) stands.
public enum ForwardPlanStatus: String, Codable, Sendable, CaseIterable {
    case proposed
    case scheduled
    case deferred
    case taken
    case dropped

    public var label: String {
        switch self {
        case .proposed: "Proposed"
        case .scheduled: "Scheduled"
        case .deferred: "Deferred"
        case .taken: "Taken"
        case .dropped: "Dropped"
        }
    }

    /// Still waiting to be taken at a meeting.
    public var isOpen: Bool { self == .proposed || self == .scheduled || self == .deferred }
}
