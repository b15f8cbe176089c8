import Testing

@testable import MinutebookCore

@Suite("Risk register: scores, heat map, changes since the last meeting")
struct RiskTests {
    static func date(_ iso: String) -> LocalDate { LocalDate(iso: iso) ?? LocalDate(dayNumber: 0) }
    static func score(_ l: Int, _ i: Int) -> RiskScore { RiskScore(likelihood: l, impact: i) ?? RiskScore(likelihood: 1, impact: 1)! }

    static func risk(
        _ id: Int64, _ ref: String, residual: RiskScore, opened: String = "2023-01-10", closed: String? = nil,
        nextReview: String? = nil
    ) -> Risk {
        Risk(
            id: id, partnershipID: 1, bodyID: 1, reference: ref, title: "Risk \(ref)", owner: "Owner", inherent: score(5, 5),
            residual: residual, openedOn: date(opened), nextReviewOn: nextReview.map(date), closedOn: closed.map(date))
    }

    @Test("scores outside 1-5 are refused", arguments: [(0, 3), (6, 1), (3, 0), (2, 6)])
    func refusesOutOfRange(_ pair: (Int, Int)) {
        #expect(RiskScore(likelihood: pair.0, impact: pair.1) == nil)
    }

    @Test(
        "ratings band the product",
        arguments: zip(
            [(1, 1), (1, 3), (2, 2), (2, 3), (2, 4), (3, 4), (3, 5), (4, 4), (5, 5)],
            [RiskRating.low, .low, .moderate, .moderate, .high, .high, .severe, .severe, .severe]))
    func ratings(_ pair: (Int, Int), _ rating: RiskRating) {
        #expect(Self.score(pair.0, pair.1).rating == rating)
    }

    @Test("the heat map places each open risk in the cell of its residual likelihood and impact")
    func heatMapPlacement() throws {
        let risks = [
            Self.risk(1, "R1", residual: Self.score(4, 5)),
            Self.risk(2, "R2", residual: Self.score(1, 1)),
            Self.risk(3, "R3", residual: Self.score(4, 5)),
            Self.risk(4, "R4", residual: Self.score(5, 1)),
            Self.risk(5, "R5", residual: Self.score(2, 3), closed: "2024-01-01")
        ]
        let map = RiskHeatMap(risks: risks, on: Self.date("2024-02-29"))
        #expect(map.rows.count == 5)
        #expect(map.rows.allSatisfy { $0.count == 5 })
        // Top row is impact 5, left column likelihood 1.
        #expect(map.rows[0][3].references == ["R1", "R3"])
        #expect(map.rows[0][3].impact == 5 && map.rows[0][3].likelihood == 4)
        #expect(map.rows[4][0].references == ["R2"])
        #expect(map.cell(likelihood: 5, impact: 1)?.references == ["R4"])
        #expect(map.cell(likelihood: 2, impact: 3)?.references == [])
        #expect(map.cell(likelihood: 6, impact: 1) == nil)
        #expect(map.rows.flatMap { $0 }.map(\.references.count).reduce(0, +) == 4)
        // On the inherent basis all sit top right.
        let inherent = RiskHeatMap(risks: risks, on: Self.date("2024-02-29"), basis: .inherent)
        #expect(inherent.cell(likelihood: 5, impact: 5)?.references == ["R1", "R2", "R3", "R4"])
    }

    @Test("changes since the last meeting: added, closed, up, down, review overdue; unchanged risks are quiet")
    func changes() {
        let since = Self.date("2023-12-06"), until = Self.date("2024-02-29")
        let risks = [
            Self.risk(1, "R1", residual: Self.score(4, 4)), // escalated
            Self.risk(2, "R2", residual: Self.score(2, 2)), // reduced
            Self.risk(3, "R3", residual: Self.score(3, 3), opened: "2024-01-15"), // added
            Self.risk(4, "R4", residual: Self.score(3, 3), closed: "2024-02-01"), // closed
            Self.risk(5, "R5", residual: Self.score(3, 3), nextReview: "2024-02-01"), // overdue
            Self.risk(6, "R6", residual: Self.score(3, 3)), // quiet
            Self.risk(7, "R7", residual: Self.score(3, 3), closed: "2023-06-01") // closed long ago
        ]
        let reviews = [
            RiskReview(riskID: 1, reviewedOn: Self.date("2023-09-01"), residual: Self.score(3, 4)),
            RiskReview(riskID: 1, reviewedOn: Self.date("2024-02-10"), residual: Self.score(4, 4)),
            RiskReview(riskID: 2, reviewedOn: Self.date("2023-11-30"), residual: Self.score(3, 3)),
            RiskReview(riskID: 2, reviewedOn: Self.date("2024-02-29"), residual: Self.score(2, 2)),
            RiskReview(riskID: 6, reviewedOn: Self.date("2024-01-20"), residual: Self.score(3, 3))
        ]
        let changes = RiskChange.changes(risks: risks, reviews: reviews, since: since, until: until)
        #expect(changes.map(\.reference) == ["R1", "R2", "R3", "R4", "R5"])
        #expect(changes.map(\.kind) == [.escalated, .reduced, .added, .closed, .reviewOverdue])
        #expect(changes[0].summary == "Residual score up from 3 × 4 = 12 (High) to 4 × 4 = 16 (Severe)")
    }
}
