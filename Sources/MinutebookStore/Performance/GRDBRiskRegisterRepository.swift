import GRDB
import MinutebookCore

public struct GRDBRiskRegisterRepository: RiskRegisterRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func risks(of bodyID: Int64, audience: Audience) async throws -> [Risk]? {
        try await database.read { db in
            guard let body = try PerformanceRows.body(id: bodyID, db),
                  PerformanceVisibility.canSeeRiskRegister(of: body, audience: audience) else { return nil }
            return try Row.fetchAll(db, sql: "SELECT * FROM risk WHERE bodyId = ? ORDER BY reference", arguments: [bodyID])
                .compactMap(Self.risk)
        }
    }

    public func reviews(of bodyID: Int64) async throws -> [RiskReview] {
        try await database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT v.* FROM riskReview v JOIN risk r ON r.id = v.riskId WHERE r.bodyId = ? ORDER BY v.reviewedOn, v.id
                """, arguments: [bodyID]).compactMap { row in
                guard let on = PerformanceRows.date(row["reviewedOn"]),
                      let score = RiskScore(likelihood: row["residualLikelihood"], impact: row["residualImpact"]) else { return nil }
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
                try db.execute(sql: """
                    INSERT INTO risk (partnershipId, bodyId, reference, title, description, owner, inherentLikelihood, inherentImpact,
                        residualLikelihood, residualImpact, controls, openedOn, lastReviewedOn, nextReviewOn, closedOn)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [risk.partnershipID, risk.bodyID, risk.reference, risk.title, risk.description, risk.owner,
                                     risk.inherent.likelihood, risk.inherent.impact, risk.residual.likelihood, risk.residual.impact,
                                     risk.controls, risk.openedOn.iso, risk.lastReviewedOn?.iso, risk.nextReviewOn?.iso, risk.closedOn?.iso])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
                throw DomainError.conflict("The register already has a risk \(risk.reference)")
            }
            var saved = risk
            saved.id = db.lastInsertedRowID
            // The opening score is the first entry of the history, so later reviews can be compared with it.
            try db.execute(sql: "INSERT INTO riskReview (riskId, reviewedOn, residualLikelihood, residualImpact, note) VALUES (?, ?, ?, ?, 'Opened')",
                           arguments: [saved.id, risk.openedOn.iso, risk.residual.likelihood, risk.residual.impact])
            return saved
        }
    }

    public func review(_ review: RiskReview, nextReviewOn: LocalDate?, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT openedOn, closedOn FROM risk WHERE id = ?", arguments: [review.riskID]) else {
                throw DomainError.notFound("No such risk")
            }
            if (row["closedOn"] as String?) != nil { throw DomainError.conflict("A closed risk cannot be reviewed") }
            if let opened = PerformanceRows.date(row["openedOn"]), review.reviewedOn < opened {
                throw DomainError.invalid("A review cannot be dated before the risk was opened")
            }
            if let next = nextReviewOn, next <= review.reviewedOn {
                throw DomainError.invalid("The next review must be after this one")
            }
            try db.execute(sql: "INSERT INTO riskReview (riskId, reviewedOn, residualLikelihood, residualImpact, note) VALUES (?, ?, ?, ?, ?)",
                           arguments: [review.riskID, review.reviewedOn.iso, review.residual.likelihood, review.residual.impact, review.note])
            try db.execute(sql: """
                UPDATE risk SET residualLikelihood = ?, residualImpact = ?, lastReviewedOn = ?, nextReviewOn = ? WHERE id = ?
                """, arguments: [review.residual.likelihood, review.residual.impact, review.reviewedOn.iso, nextReviewOn?.iso, review.riskID])
        }
    }

    public func close(riskID: Int64, on date: LocalDate, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try db.execute(sql: "UPDATE risk SET closedOn = ? WHERE id = ? AND closedOn IS NULL AND openedOn <= ?",
                           arguments: [date.iso, riskID, date.iso])
            guard db.changesCount == 1 else { throw DomainError.conflict("The risk is missing, already closed, or opened after that date") }
        }
    }

    static func risk(_ row: Row) -> Risk? {
        guard let inherent = RiskScore(likelihood: row["inherentLikelihood"], impact: row["inherentImpact"]),
              let residual = RiskScore(likelihood: row["residualLikelihood"], impact: row["residualImpact"]),
              let opened = PerformanceRows.date(row["openedOn"]) else { return nil }
        return Risk(id: row["id"], partnershipID: row["partnershipId"], bodyID: row["bodyId"], reference: row["reference"],
                    title: row["title"], description: row["description"], owner: row["owner"], inherent: inherent, residual: residual,
                    controls: row["controls"], openedOn: opened, lastReviewedOn: PerformanceRows.date(row["lastReviewedOn"]),
                    nextReviewOn: PerformanceRows.date(row["nextReviewOn"]), closedOn: PerformanceRows.date(row["closedOn"]))
    }
}

public struct GRDBLeadDirectoryRepository: LeadDirectoryRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func entries(of partnershipID: Int64, audience: Audience) async throws -> [DirectoryEntry] {
        try await database.read { db in
            // A seat-based entry shows the seat's current holder, so it follows seat changes.
            try Row.fetchAll(db, sql: """
                SELECT d.*, s.title AS seatTitle, COALESCE(h.personId, d.personId) AS resolvedPersonId,
                       p.fullName AS personName, p.email AS personEmail, p.phone AS personPhone,
                       COALESCE(o.name, so.name, po.name) AS organisationName
                FROM directoryEntry d
                LEFT JOIN seat s ON s.id = d.seatId
                LEFT JOIN seatHolding h ON h.seatId = d.seatId AND h.endDate IS NULL
                LEFT JOIN person p ON p.id = COALESCE(h.personId, d.personId)
                LEFT JOIN organisation o ON o.id = d.organisationId
                LEFT JOIN organisation so ON so.id = s.organisationId
                LEFT JOIN organisation po ON po.id = p.organisationId
                WHERE d.partnershipId = ? ORDER BY d.position, d.theme
                """, arguments: [partnershipID]).map { row in
                let entry = DirectoryEntry(id: row["id"], partnershipID: row["partnershipId"], theme: row["theme"], seatID: row["seatId"],
                                           seatTitle: row["seatTitle"], personID: row["resolvedPersonId"], personName: row["personName"],
                                           organisationName: row["organisationName"],
                                           email: (row["contactEmail"] as String?) ?? row["personEmail"],
                                           phone: (row["contactPhone"] as String?) ?? row["personPhone"])
                return PerformanceVisibility.visible(entry, partnershipID: partnershipID, audience: audience)
            }
        }
    }

    public func add(_ entry: DirectoryEntry, by editor: Editor) async throws -> DirectoryEntry {
        guard !entry.theme.isEmpty else { throw DomainError.invalid("Enter the theme") }
        guard entry.seatID != nil || entry.personID != nil else { throw DomainError.invalid("Choose a seat or a person who leads") }
        return try await database.write(as: Actor(editor)) { db in
            try db.execute(sql: """
                INSERT INTO directoryEntry (partnershipId, theme, position, seatId, personId, contactEmail, contactPhone)
                VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM directoryEntry WHERE partnershipId = ?), ?, ?, ?, ?)
                """, arguments: [entry.partnershipID, entry.theme, entry.partnershipID, entry.seatID, entry.personID, entry.email, entry.phone])
            var saved = entry
            saved.id = db.lastInsertedRowID
            return saved
        }
    }
}
