/// The role a seat carries on a body.
public enum SeatRole: String, Codable, Sendable, CaseIterable {
    case chairman
    case viceChairman = "vice_chairman"
    case coChair = "co_chair"
    case member
    case secretariat
    case adviser
    case guest

    public var label: String {
        switch self {
        case .chairman: "Chairman"
        case .viceChairman: "Vice-Chairman"
        case .coChair: "Co-Chair"
        case .member: "Member"
        case .secretariat: "Secretariat"
        case .adviser: "Adviser"
        case .guest: "Invited guest"
        }
    }
}
