/// Where an action stands.
public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case done
    case dropped
    case superseded

    /// Still to be chased in Matters Arising.
    public var isOutstanding: Bool { self == .open || self == .inProgress }

    public var label: String {
        switch self {
        case .open: "Open"
        case .inProgress: "In progress"
        case .done: "Done"
        case .dropped: "Dropped"
        case .superseded: "Superseded"
        }
    }
}
