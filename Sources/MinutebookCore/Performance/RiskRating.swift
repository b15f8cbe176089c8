/// Bands of the 5×5 product. The products that can occur are 1-6, 8-10, 12, 15, 16, 20, 25:
/// Low 1-3, Moderate 4-6, High 8-12, Severe 15-25.
public enum RiskRating: String, Sendable, Codable, CaseIterable, Comparable {
    case low, moderate, high, severe

    public init(score: Int) {
        switch score {
        case ..<4: self = .low
        case 4...7: self = .moderate
        case 8...14: self = .high
        default: self = .severe
        }
    }

    public var label: String {
        switch self {
        case .low: "Low"
        case .moderate: "Moderate"
        case .high: "High"
        case .severe: "Severe"
        }
    }

    private var order: Int { RiskRating.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: RiskRating, b: RiskRating) -> Bool { a.order < b.order }
}
