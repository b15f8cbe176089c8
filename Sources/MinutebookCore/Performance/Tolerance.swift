/// Tolerance rules turning "actual against expected" into a RAG status.
///
/// Both margins are whole basis points of the expected figure (500 = 5%). For a higher-is-better
/// indicator, with `e` the expected figure and `a` the actual:
/// - **Blue** when `a ≥ e × (1 + exceptional)` — at or beyond the exceptional margin.
/// - **Green** when `a ≥ e` — on target counts as on track.
/// - **Amber** when `a ≥ e × (1 − amber)` — short, but within tolerance; exactly at the edge is Amber.
/// - **Red** otherwise.
///
/// Lower-is-better mirrors it: Blue when `a ≤ e × (1 − exceptional)`, Green when `a ≤ e`, Amber when
/// `a ≤ e × (1 + amber)`, Red above. Every edge is inclusive of the better status. Comparisons multiply
/// out (`a × 10000` against `e × (10000 ± bp)`) so whole figures compare exactly at the edges.
/// With `exceptional` = 0 nothing is Blue. An expected figure of 0 with higher-is-better is Green for
/// any actual (Blue needs a positive expected figure); lower-is-better with 0 expected is Green only at 0.
public struct Tolerance: Sendable, Equatable, Hashable, Codable {
    public var amberBasisPoints: Int
    public var exceptionalBasisPoints: Int

    public init(amberBasisPoints: Int, exceptionalBasisPoints: Int) {
        self.amberBasisPoints = max(0, min(amberBasisPoints, 10_000))
        self.exceptionalBasisPoints = max(0, exceptionalBasisPoints)
    }

    /// 5% amber band, 15% ahead counts as exceptional.
    public static let standard = Tolerance(amberBasisPoints: 500, exceptionalBasisPoints: 1_500)

    public func status(actual a: Double, expected e: Double, direction: IndicatorDirection) -> RAGStatus {
        let scaledActual = a * 10_000
        let amber = Double(amberBasisPoints), exceptional = Double(exceptionalBasisPoints)
        switch direction {
        case .higherIsBetter:
            if exceptionalBasisPoints > 0, e > 0, scaledActual >= e * (10_000 + exceptional) { return .blue }
            if a >= e { return .green }
            if scaledActual >= e * (10_000 - amber) { return .amber }
            return .red
        case .lowerIsBetter:
            if exceptionalBasisPoints > 0, e > 0, scaledActual <= e * (10_000 - exceptional) { return .blue }
            if a <= e { return .green }
            if scaledActual <= e * (10_000 + amber) { return .amber }
            return .red
        }
    }

    /// "Amber within 5% of target; Blue 15% or more ahead".
    public var summary: String {
        let amber = Numbers.format(Double(amberBasisPoints) / 100, decimals: amberBasisPoints % 100 == 0 ? 0 : 2)
        let ahead = Numbers.format(Double(exceptionalBasisPoints) / 100, decimals: exceptionalBasisPoints % 100 == 0 ? 0 : 2)
        return exceptionalBasisPoints == 0
            ? "Amber within \(amber)% of target"
            : "Amber within \(amber)% of target; Blue \(ahead)% or more ahead"
    }
}
