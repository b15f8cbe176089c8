/// The risk register of a board and its review history.
public protocol RiskRegisterRepository: Sendable {
    /// Risks of `bodyID` (open and closed); nil when `audience` may not see the register.
    func risks(of bodyID: Int64, audience: Audience) async throws -> [Risk]?
    func reviews(of bodyID: Int64) async throws -> [RiskReview]
    /// Adds a risk; a duplicate reference on the body is a conflict.
    func add(_ risk: Risk, by editor: Editor) async throws -> Risk
    /// Records a review: the new residual score, the note, and when it is next due.
    func review(_ review: RiskReview, nextReviewOn: LocalDate?, by editor: Editor) async throws
    func close(riskID: Int64, on date: LocalDate, by editor: Editor) async throws
}
