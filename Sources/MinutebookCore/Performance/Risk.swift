/// A risk on the partnership's register. `bodyID` is the board that reviews it.
public struct Risk: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var bodyID: Int64
    /// "R3"
    public var reference: String
    public var title: String
    public var description: String
    public var owner: String
    /// Before controls.
    public var inherent: RiskScore
    /// After controls: what the heat map shows.
    public var residual: RiskScore
    public var controls: String
    public var openedOn: LocalDate
    public var lastReviewedOn: LocalDate?
    public var nextReviewOn: LocalDate?
    public var closedOn: LocalDate?

    public init(
        id: Int64, partnershipID: Int64, bodyID: Int64, reference: String, title: String, description: String = "",
        owner: String, inherent: RiskScore, residual: RiskScore, controls: String = "", openedOn: LocalDate,
        lastReviewedOn: LocalDate? = nil, nextReviewOn: LocalDate? = nil, closedOn: LocalDate? = nil
    ) {
        self.id = id
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.reference = reference
        self.title = title
        self.description = description
        self.owner = owner
        self.inherent = inherent
        self.residual = residual
        self.controls = controls
        self.openedOn = openedOn
        self.lastReviewedOn = lastReviewedOn
        self.nextReviewOn = nextReviewOn
        self.closedOn = closedOn
    }

    public func isOpen(on date: LocalDate) -> Bool {
        openedOn <= date && (closedOn.map { $0 > date } ?? true)
    }

    public func isReviewOverdue(on date: LocalDate) -> Bool {
        guard isOpen(on: date), let next = nextReviewOn else { return false }
        return next < date
    }
}
