import GRDB
import MinutebookCore

extension GRDBSetupRepository: PartnershipSetupRepository {
    public func partnerships() async throws -> [PartnershipEntry] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM partnership ORDER BY name").map(Self.partnershipEntry)
        }
    }

    public func addPartnership(_ settings: PartnershipSettings, boardName: String, by editor: ActionEditor) async throws -> PartnershipEntry {
        try Self.refuse(settings.problems)
        let board = BodySettings(name: boardName, slug: Slug.make(boardName), kind: .board)
        try Self.refuse(board.problems)
        return try await write(editor, "the partnership '\(settings.slug)'") { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM partnership WHERE slug = ?)", arguments: [settings.slug]) == true {
                throw DomainError.conflict("a partnership already has the short name '\(settings.slug)'")
            }
            try db.execute(
                sql: """
                    INSERT INTO partnership (slug, name, yearStartMonth, yearStartDay, reportReferencePattern, contactName,
                                             contactEmail, contactPhone, questionsWorkingDays)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: Self.arguments(settings))
            let id = db.lastInsertedRowID
            _ = try Self.insertBody(partnershipID: id, board, db)
            return try Self.partnership(id, db)
        }
    }

    public func editPartnership(_ id: Int64, _ settings: PartnershipSettings, by editor: ActionEditor) async throws -> PartnershipEntry {
        try Self.refuse(settings.problems)
        return try await write(editor, "the partnership '\(settings.slug)'") { db in
            _ = try Self.partnership(id, db)
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM partnership WHERE slug = ? AND id <> ?)",
                arguments: [settings.slug, id]) == true
            {
                throw DomainError.conflict("a partnership already has the short name '\(settings.slug)'")
            }
            try db.execute(
                sql: """
                    UPDATE partnership SET slug = ?, name = ?, yearStartMonth = ?, yearStartDay = ?, reportReferencePattern = ?,
                           contactName = ?, contactEmail = ?, contactPhone = ?, questionsWorkingDays = ?
                    WHERE id = ?
                    """, arguments: Self.arguments(settings) + [id])
            return try Self.partnership(id, db)
        }
    }

    static func arguments(_ s: PartnershipSettings) -> StatementArguments {
        [
            s.slug, s.name, s.yearStart.month, s.yearStart.day, s.reportReferencePattern, s.contactName, s.contactEmail,
            s.contactPhone, s.questionsWorkingDays
        ]
    }

    static func partnership(_ id: Int64, _ db: Database) throws -> PartnershipEntry {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM partnership WHERE id = ?", arguments: [id]) else {
            throw DomainError.notFound("there is no partnership \(id)")
        }
        return partnershipEntry(row)
    }

    static func partnershipEntry(_ row: Row) -> PartnershipEntry {
        PartnershipEntry(
            id: row["id"],
            settings: PartnershipSettings(
                name: row["name"], slug: row["slug"], contactName: row["contactName"], contactPhone: row["contactPhone"],
                contactEmail: row["contactEmail"], reportReferencePattern: row["reportReferencePattern"],
                questionsWorkingDays: row["questionsWorkingDays"],
                yearStart: MunicipalYearStart(month: row["yearStartMonth"], day: row["yearStartDay"]) ?? .may))
    }
}
