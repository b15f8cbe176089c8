/// One review of a risk: the residual score it left, and what was said.
public struct RiskReview: Sendable, Equatable {
    public var riskID: Int64
    public var reviewedOn: LocalDate
    public var residual: RiskScore
    public var note: String

    public init(riskID: Int64, reviewedOn: LocalDate, residual: RiskScore, note: String = "") {
        self.riskID = riskID
        self.reviewedOn = reviewedOn
        self.residual = residual
        self.note = note
    }
}
