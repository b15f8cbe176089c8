/// What an account may do in its partnership.
public enum UserRole: String, Codable, Sendable, CaseIterable {
    case administrator
    case secretariat
    case member
    case officer
}

extension UserRole {
    public var label: String {
        switch self {
        case .administrator: "Administrator"
        case .secretariat: "Secretariat"
        case .member: "Member"
        case .officer: "Officer"
        }
    }
}
