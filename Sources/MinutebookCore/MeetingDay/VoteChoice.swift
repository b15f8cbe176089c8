/// How one member voted in a recorded vote, or which way the chair's casting vote went.
public enum VoteChoice: String, Codable, Sendable, CaseIterable {
    case votedFor = "for"
    case against
    case abstain

    public var label: String {
        switch self {
        case .votedFor: "For"
        case .against: "Against"
        case .abstain: "Abstained"
        }
    }
}
