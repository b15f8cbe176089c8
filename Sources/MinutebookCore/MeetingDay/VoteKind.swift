/// A vote on a motion: counted by a show of hands, or recorded by name (roll call).
public enum VoteKind: String, Codable, Sendable, CaseIterable {
    case showOfHands = "show_of_hands"
    case recorded

    public var label: String {
        switch self {
        case .showOfHands: "Show of hands"
        case .recorded: "Recorded vote"
        }
    }
}
