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
