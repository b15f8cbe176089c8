/// What an indicator counts. Counts add up over months; rates and percentages do not.
public enum IndicatorUnit: String, Sendable, Codable, CaseIterable {
    case count
    case percent
    case ratePerThousand = "rate_per_1000"
    case days
    case pounds

    public var label: String {
        switch self {
        case .count: "Number"
        case .percent: "Percentage"
        case .ratePerThousand: "Rate per 1,000 people"
        case .days: "Days"
        case .pounds: "Pounds"
        }
    }

    /// Whether actuals of successive periods add up to a year's figure.
    public var isAdditive: Bool { self == .count || self == .pounds }

    /// "1,234", "12.5%", "£1,200", "3.2 per 1,000", "14 days".
    public func format(_ value: Double) -> String {
        switch self {
        case .count: Numbers.format(value, decimals: Numbers.isWhole(value) ? 0 : 1)
        case .percent: Numbers.format(value, decimals: 1) + "%"
        case .ratePerThousand: Numbers.format(value, decimals: 1) + " per 1,000"
        case .days: Numbers.format(value, decimals: Numbers.isWhole(value) ? 0 : 1) + " days"
        case .pounds: "£" + Numbers.format(value, decimals: 0)
        }
    }
}
