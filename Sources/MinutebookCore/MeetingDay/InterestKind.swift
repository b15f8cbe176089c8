public enum InterestKind: String, Codable, Sendable, CaseIterable {
    case pecuniary
    case other

    public var label: String {
        switch self {
        case .pecuniary: "Pecuniary interest"
        case .other: "Other interest"
        }
    }
}
