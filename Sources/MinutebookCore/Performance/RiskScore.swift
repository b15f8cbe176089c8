/// Likelihood × impact on the usual 5×5 grid.
public struct RiskScore: Sendable, Equatable, Hashable, Codable {
    public let likelihood: Int
    public let impact: Int

    /// Both in 1...5, else nil.
    public init?(likelihood: Int, impact: Int) {
        guard (1...5).contains(likelihood), (1...5).contains(impact) else { return nil }
        self.likelihood = likelihood
        self.impact = impact
    }

    public var value: Int { likelihood * impact }
    public var rating: RiskRating { RiskRating(score: value) }

    /// "4 × 5 = 20 (Severe)"
    public var summary: String { "\(likelihood) × \(impact) = \(value) (\(rating.label))" }
}
