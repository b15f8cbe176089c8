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

    public init(id: Int64, partnershipID: Int64, bodyID: Int64, reference: String, title: String, description: String = "",
                owner: String, inherent: RiskScore, residual: RiskScore, controls: String = "", openedOn: LocalDate,
                lastReviewedOn: LocalDate? = nil, nextReviewOn: LocalDate? = nil, closedOn: LocalDate? = nil) {
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

/// "Risk log review": what changed on the register since the last meeting.
public struct RiskChange: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case added, closed, escalated, reduced, reviewOverdue = "review_overdue"
    }

    public var reference: String
    public var title: String
    public var kind: Kind
    public var from: RiskScore?
    public var to: RiskScore?

    public var summary: String {
        switch kind {
        case .added: "New risk, residual \(to?.summary ?? "")"
        case .closed: "Closed"
        case .escalated: "Residual score up from \(from?.summary ?? "") to \(to?.summary ?? "")"
        case .reduced: "Residual score down from \(from?.summary ?? "") to \(to?.summary ?? "")"
        case .reviewOverdue: "Review overdue"
        }
    }

    /// Changes between `since` (the last meeting, exclusive) and `until` (this meeting, inclusive).
    /// A risk's score at a date is its latest review on or before that date; before any review, the
    /// score it was opened with is the first review's, or its current residual if never reviewed.
    public static func changes(risks: [Risk], reviews: [RiskReview], since: LocalDate, until: LocalDate) -> [RiskChange] {
        var out: [RiskChange] = []
        let byRisk = Dictionary(grouping: reviews, by: \.riskID).mapValues { $0.sorted { $0.reviewedOn < $1.reviewedOn } }
        for risk in risks.sorted(by: { $0.reference < $1.reference }) {
            let history = byRisk[risk.id] ?? []
            func score(on date: LocalDate) -> RiskScore {
                history.last(where: { $0.reviewedOn <= date })?.residual ?? history.first?.residual ?? risk.residual
            }
            if risk.openedOn > since && risk.openedOn <= until {
                out.append(RiskChange(reference: risk.reference, title: risk.title, kind: .added, from: nil, to: score(on: until)))
                continue
            }
            guard risk.openedOn <= since else { continue }
            if let closed = risk.closedOn, closed > since, closed <= until {
                out.append(RiskChange(reference: risk.reference, title: risk.title, kind: .closed, from: score(on: since), to: nil))
                continue
            }
            guard risk.isOpen(on: until) else { continue }
            let before = score(on: since), after = score(on: until)
            if after.value > before.value {
                out.append(RiskChange(reference: risk.reference, title: risk.title, kind: .escalated, from: before, to: after))
            } else if after.value < before.value {
                out.append(RiskChange(reference: risk.reference, title: risk.title, kind: .reduced, from: before, to: after))
            }
            if risk.isReviewOverdue(on: until) {
                out.append(RiskChange(reference: risk.reference, title: risk.title, kind: .reviewOverdue, from: nil, to: nil))
            }
        }
        return out
    }
}
