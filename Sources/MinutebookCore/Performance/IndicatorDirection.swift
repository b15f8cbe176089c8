/// Which way is better for an indicator.
public enum IndicatorDirection: String, Sendable, Codable, CaseIterable {
    /// More is better (referrals into a service, people completing a programme).
    case higherIsBetter = "up"
    /// Less is better (arson, burglary, re-offending).
    case lowerIsBetter = "down"

    public var label: String { self == .higherIsBetter ? "Higher is better" : "Lower is better" }
}
