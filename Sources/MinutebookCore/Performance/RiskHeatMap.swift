/// The 5×5 heat map: impact rows from 5 (top) down to 1, likelihood columns 1 to 5.
/// A risk sits in the cell of its **residual** score (or inherent when asked); closed risks are left off.
public struct RiskHeatMap: Sendable, Equatable {
    public enum Basis: String, Sendable { case inherent, residual }

    public struct Cell: Sendable, Equatable {
        public var likelihood: Int
        public var impact: Int
        public var references: [String]
        public var rating: RiskRating { RiskRating(score: likelihood * impact) }
    }

    /// rows[0] is impact 5; rows[r][c] has likelihood c + 1.
    public var rows: [[Cell]]

    public init(risks: [Risk], on date: LocalDate, basis: Basis = .residual) {
        var rows = (1...5).reversed().map { impact in
            (1...5).map { Cell(likelihood: $0, impact: impact, references: []) }
        }
        for risk in risks.sorted(by: { $0.reference < $1.reference }) where risk.isOpen(on: date) {
            let score = basis == .residual ? risk.residual : risk.inherent
            rows[5 - score.impact][score.likelihood - 1].references.append(risk.reference)
        }
        self.rows = rows
    }

    public func cell(likelihood: Int, impact: Int) -> Cell? {
        guard (1...5).contains(likelihood), (1...5).contains(impact) else { return nil }
        return rows[5 - impact][likelihood - 1]
    }
}
