/// A chairing position at a meeting (the contract's `position`).
public enum ChairPosition: String, Codable, Sendable, CaseIterable {
    case chairman
    case viceChairman = "vice_chairman"
    case coChair = "co_chair"

    public var label: String {
        switch self {
        case .chairman: "Chairman"
        case .viceChairman: "Vice-Chairman"
        case .coChair: "Co-Chair"
        }
    }
}
