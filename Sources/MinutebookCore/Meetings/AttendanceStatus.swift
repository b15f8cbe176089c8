/// How a person took part in a meeting (the contract's `status`).
public enum AttendanceStatus: String, Codable, Sendable, CaseIterable {
    case present
    case virtual
    case alsoPresent = "also_present"
    case apologies
    case substitute
    case absent

    public var label: String {
        switch self {
        case .present: "Present"
        case .virtual: "Attended virtually"
        case .alsoPresent: "Also present"
        case .apologies: "Apologies"
        case .substitute: "Substitute"
        case .absent: "Absent"
        }
    }

    /// Counts towards a person's attendance record.
    public var attended: Bool { self == .present || self == .virtual || self == .substitute || self == .alsoPresent }
}
