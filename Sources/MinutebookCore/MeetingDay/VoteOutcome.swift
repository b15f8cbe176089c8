public enum VoteOutcome: String, Codable, Sendable, CaseIterable {
    case carried
    case lost

    public var label: String {
        switch self {
        case .carried: "Carried"
        case .lost: "Lost"
        }
    }
}
