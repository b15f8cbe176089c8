import GRDB
import MinutebookCore

public struct GRDBRiskRegisterRepository: RiskRegisterRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func risks(of bodyID: Int64, audience: Audience) async throws -> [Risk]? {
        try await database.read { db in
            guard let body = try PerformanceRows.body(id: bodyID, db),
                PerformanceVisibility.canSeeRiskRegister(of: body, audience: audience)
            else { return nil }
            return try Row.fetchAll(cached: db, sql: "SELECT * FROM risk WHERE bodyId = ? ORDER BY reference", arguments: [bodyID])
                .compactMap(Self.risk)
        }
    }

    public func reviews(of bodyID: Int64) async throws -> [RiskReview] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT v.* FROM riskReview v JOIN risk r ON r.id = v.riskId WHERE r.bodyId = ? ORDER BY v.reviewedOn, v.id
                    """, arguments: [bodyID]
            ).compactMap { row in
                guard let on = PerformanceRows.date(row["reviewedOn"]),
                    let score = RiskScore(likelihood: row["residualLikelihood"], impact: row["residualImpact"])
                else { return nil }
                return RiskReview(riskID: row["riskId"], reviewedOn: on, residual: score, note: row["note"])
            }
        }
    }

    public func add(_ risk: Risk, by editor: Editor) async throws -> Risk {
        for (value, field) in [(risk.reference, "reference"), (risk.title, "title"), (risk.owner, "owner")] where value.isEmpty {
            throw DomainError.invalid("Enter the risk's \(field)")
        }
        return try await database.write(as: Actor(editor)) { db in
            do {
                try db.execute(
                    sql: """
                        INSERT INTO risk (partnershipId, bodyId, reference, title, description, owner, inherentLikelihood, inherentImpact,
                            residualLikelihood, residualImpact, controls, openedOn, lastReviewedOn, nextReviewOn, closedOn)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        risk.partnershipID, risk.bodyID, risk.reference, risk.title, risk.description, risk.owner,
                        risk.inherent.likelihood, risk.inherent.impact, risk.residual.likelihood, risk.residual.impact,
                        risk.controls, risk.openedOn.iso, risk.lastReviewedOn?.iso, risk.nextReviewOn?.iso, risk.closedOn?.iso
                    ])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw DomainError.conflict("The register already has a risk \(risk.reference)")
            }
            var saved = risk
            saved.id = db.lastInsertedRowID
            // The opening score is the first entry of the history, so later reviews can be compared with it.
            try db.execute(
                sql: "INSERT INTO riskReview (riskId, reviewedOn, residualLikelihood, residualImpact, note) VALUES (?, ?, ?, ?, 'Opened')",
                arguments: [saved.id, risk.openedOn.iso, risk.residual.likelihood, risk.residual.impact])
            return saved
        }
    }

    public func review(_ review: RiskReview, nextReviewOn: LocalDate?, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            guard let row = try Row.fetchOne(cached: db, sql: "SELECT openedOn, closedOn FROM risk WHERE id = ?", arguments: [review.riskID]) else {
                throw DomainError.notFound("No such risk")
            }
            if (row["closedOn"] as String?) != nil { throw DomainError.conflict("A closed risk cannot be reviewed") }
            if let opened = PerformanceRows.date(row["openedOn"]), review.reviewedOn < opened {
                throw DomainError.invalid("A review cannot be dated before the risk was opened")
            }
            if let next = nextReviewOn, next <= review.reviewedOn {
                throw DomainError.invalid("The next review must be after this one")
            }
            try db.execute(
                sql: "INSERT INTO riskReview (riskId, reviewedOn, residualLikelihood, residualImpact, note) VALUES (?, ?, ?, ?, ?)",
                arguments: [review.riskID, review.reviewedOn.iso, review.residual.likelihood, review.residual.impact, review.note])
            try db.execute(
                sql: """
                    UPDATE risk SET residualLikelihood = ?, residualImpact = ?, lastReviewedOn = ?, nextReviewOn = ? WHERE id = ?
                    """, arguments: [review.residual.likelihood, review.residual.impact, review.reviewedOn.iso, nextReviewOn?.iso, review.riskID])
        }
    }

    public func close(riskID: Int64, on date: LocalDate, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try db.execute(
                sql: "UPDATE risk SET closedOn = ? WHERE id = ? AND closedOn IS NULL AND openedOn <= ?",
                arguments: [date.iso, riskID, date.iso])
            guard db.changesCount == 1 else { throw DomainError.conflict("The risk is missing, already closed, or opened after that date") }
        }
    }

    static func risk(_ row: Row) -> Risk? {
        guard let inherent = RiskScore(likelihood: row["inherentLikelihood"], impact: row["inherentImpact"]),
            let residual = RiskScore(likelihood: row["residualLikelihood"], impact: row["residualImpact"]),
            let opened = PerformanceRows.date(row["openedOn"])
        else { return nil }
        return Risk(
            id: row["id"], partnershipID: row["partnershipId"], bodyID: row["bodyId"], reference: row["reference"],
            title: row["title"], description: row["description"], owner: row["owner"], inherent: inherent, residual: residual,
            controls: row["controls"], openedOn: opened, lastReviewedOn: PerformanceRows.date(row["lastReviewedOn"]),
            nextReviewOn: PerformanceRows.date(row["nextReviewOn"]), closedOn: PerformanceRows.date(row["closedOn"]))
    }
}
