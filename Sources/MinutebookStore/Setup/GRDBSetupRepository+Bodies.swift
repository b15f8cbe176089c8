import GRDB
import MinutebookCore

extension GRDBSetupRepository: BodySetupRepository {
    public func bodies(of partnershipID: Int64) async throws -> [BodyEntry] {
        try await database.read { db in
            try Int64.fetchAll(
                db,
                sql: """
                    SELECT id FROM body WHERE partnershipId = ? ORDER BY kind = 'board' DESC, name
                    """, arguments: [partnershipID]
            ).map { try Self.bodyEntry($0, db) }
        }
    }

    public func addBody(to partnershipID: Int64, _ settings: BodySettings, by editor: ActionEditor) async throws -> BodyEntry {
        try Self.refuse(settings.problems)
        return try await write(editor, "the body '\(settings.name)'") { db in
            _ = try Self.partnership(partnershipID, db)
            try Self.checkReportsTo(settings.reportsToBodyID, bodyID: nil, partnershipID: partnershipID, db)
            return try Self.bodyEntry(try Self.insertBody(partnershipID: partnershipID, settings, db), db)
        }
    }

    public func editBody(_ id: Int64, _ settings: BodySettings, by editor: ActionEditor) async throws -> BodyEntry {
        try Self.refuse(settings.problems)
        return try await write(editor, "the body '\(settings.name)'") { db in
            let body = try Self.bodyEntry(id, db).body
            guard settings.name.lowercased() == body.name.lowercased() else {
                throw DomainError.invalid("a body's name changes by renaming it (`body rename`), which keeps the old name")
            }
            try Self.checkReportsTo(settings.reportsToBodyID, bodyID: id, partnershipID: body.partnershipID, db)
            try Self.checkSlugFree(settings.slug, partnershipID: body.partnershipID, except: id, db)
            try db.execute(
                sql: "UPDATE body SET slug = ?, kind = ?, reportsToBodyId = ?, isPublic = ?, quorum = ? WHERE id = ?",
                arguments: [settings.slug, settings.kind.rawValue, settings.reportsToBodyID, settings.isPublic, settings.quorum, id])
            return try Self.bodyEntry(id, db)
        }
    }

    public func renameBody(_ id: Int64, to name: String, by editor: ActionEditor) async throws -> BodyEntry {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 200 else { throw DomainError.invalid("Enter the body's new name (up to 200 characters)") }
        return try await write(editor, "the body '\(name)'") { db in
            let body = try Self.bodyEntry(id, db).body
            guard name != body.name else { throw DomainError.invalid("the body is already called '\(name)'") }
            if try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM body WHERE partnershipId = ? AND name = ? COLLATE NOCASE AND id <> ?)",
                arguments: [body.partnershipID, name, id]) == true
            {
                throw DomainError.conflict("another body of the partnership is called '\(name)': merge the two instead")
            }
            try Self.keepFormerName(bodyID: id, name: body.name, slug: body.slug, db)
            try db.execute(sql: "DELETE FROM bodyFormerName WHERE bodyId = ? AND name = ? COLLATE NOCASE", arguments: [id, name])
            // The slug follows the new name; the old one stays a former slug, so old links still find the body.
            let slug = try Self.freeSlug(Slug.make(name), partnershipID: body.partnershipID, except: id, db)
            try db.execute(sql: "UPDATE body SET name = ?, slug = ? WHERE id = ?", arguments: [name, slug, id])
            return try Self.bodyEntry(id, db)
        }
    }

    public func mergeBody(_ droppedID: Int64, into keptID: Int64, by editor: ActionEditor) async throws -> BodyEntry {
        guard droppedID != keptID else { throw DomainError.invalid("a body cannot be merged into itself") }
        return try await write(editor, "the merged body") { db in
            let kept = try Self.bodyEntry(keptID, db).body
            let dropped = try Self.bodyEntry(droppedID, db).body
            guard kept.partnershipID == dropped.partnershipID else {
                throw DomainError.invalid("'\(dropped.name)' and '\(kept.name)' belong to different partnerships")
            }
            if let date = try String.fetchOne(
                db,
                sql: """
                    SELECT a.date FROM meeting a JOIN meeting b ON b.date = a.date WHERE a.bodyId = ? AND b.bodyId = ? ORDER BY a.date LIMIT 1
                    """, arguments: [droppedID, keptID])
            {
                throw DomainError.conflict("both bodies have a meeting on \(LocalDate(iso: date)?.long ?? date): move or remove one first")
            }
            if let approved = try String.fetchOne(
                db,
                sql: """
                    SELECT date FROM meeting WHERE bodyId = ? AND status = 'minutes_approved' ORDER BY date LIMIT 1
                    """, arguments: [droppedID])
            {
                throw DomainError.conflict(
                    """
                    '\(dropped.name)' has approved minutes (\(LocalDate(iso: approved)?.long ?? approved)), which cannot move: \
                    merge '\(kept.name)' into it instead, then rename it
                    """)
            }
            // One agenda template: the kept body's, unless it has none.
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM agendaTemplateItem WHERE bodyId = ?)", arguments: [keptID]) == true {
                try db.execute(sql: "DELETE FROM agendaTemplateItem WHERE bodyId = ?", arguments: [droppedID])
            }
            // Neither may end up reporting to itself.
            try db.execute(sql: "UPDATE body SET reportsToBodyId = NULL WHERE id = ? AND reportsToBodyId = ?", arguments: [keptID, droppedID])
            try db.execute(sql: "UPDATE body SET reportsToBodyId = NULL WHERE id = ? AND reportsToBodyId = ?", arguments: [droppedID, keptID])
            try Self.combineSeats(of: droppedID, into: keptID, db)
            try References.move("body", from: droppedID, to: keptID, db)
            try db.execute(sql: "DELETE FROM bodyFormerName WHERE bodyId = ? AND name = ? COLLATE NOCASE", arguments: [keptID, kept.name])
            try db.execute(sql: "DELETE FROM body WHERE id = ?", arguments: [droppedID])
            try Self.keepFormerName(bodyID: keptID, name: dropped.name, slug: dropped.slug, db)
            return try Self.bodyEntry(keptID, db)
        }
    }

    /// A seat of the dropped body titled as one of the kept body's (any case) becomes that seat: the
    /// holding that started first ends the day before the other starts, and the later holder's role wins.
    static func combineSeats(of droppedID: Int64, into keptID: Int64, _ db: Database) throws {
        let pairs = try Row.fetchAll(
            db,
            sql: """
                SELECT d.id AS dropped, k.id AS kept, d.role AS droppedRole FROM seat d
                JOIN seat k ON k.bodyId = ? AND k.title = d.title COLLATE NOCASE AND k.abolishedOn IS NULL
                WHERE d.bodyId = ? AND d.abolishedOn IS NULL
                GROUP BY d.id
                """, arguments: [keptID, droppedID])
        for pair in pairs {
            let dropped: Int64 = pair["dropped"], kept: Int64 = pair["kept"]
            func open(_ seat: Int64) throws -> Row? {
                try Row.fetchOne(
                    db, sql: "SELECT id, personId, startDate FROM seatHolding WHERE seatId = ? AND endDate IS NULL",
                    arguments: [seat])
            }
            let keptHolding = try open(kept), droppedHolding = try open(dropped)
            var droppedIsLater = droppedHolding != nil && keptHolding == nil
            if let k = keptHolding, let d = droppedHolding {
                let kStart: String = k["startDate"], dStart: String = d["startDate"]
                droppedIsLater = dStart > kStart
                let (earlier, later) = droppedIsLater ? (k, d) : (d, k)
                let laterStart: String = later["startDate"]
                if laterStart == (earlier["startDate"] as String) {
                    guard (earlier["personId"] as Int64) == (later["personId"] as Int64) else {
                        throw DomainError.conflict("both bodies have a seat '\(try seat(kept, db).title)' taken by different people on the same day")
                    }
                    try db.execute(sql: "DELETE FROM seatHolding WHERE id = ?", arguments: [earlier["id"] as Int64])
                } else {
                    let end = LocalDate(iso: laterStart)?.adding(days: -1).iso ?? laterStart
                    try db.execute(sql: "UPDATE seatHolding SET endDate = ? WHERE id = ?", arguments: [end, earlier["id"] as Int64])
                }
            }
            try References.move("seat", from: dropped, to: kept, db)
            if droppedIsLater { try db.execute(sql: "UPDATE seat SET role = ? WHERE id = ?", arguments: [pair["droppedRole"] as String, kept]) }
            try db.execute(sql: "DELETE FROM seat WHERE id = ?", arguments: [dropped])
        }
    }

    // MARK: - Shared with partnerships

    static func insertBody(partnershipID: Int64, _ settings: BodySettings, _ db: Database) throws -> Int64 {
        if try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM body WHERE partnershipId = ? AND name = ? COLLATE NOCASE)",
            arguments: [partnershipID, settings.name]) == true
        {
            throw DomainError.conflict("the partnership already has a body called '\(settings.name)'")
        }
        try checkSlugFree(settings.slug, partnershipID: partnershipID, except: nil, db)
        try db.execute(
            sql: "INSERT INTO body (partnershipId, slug, name, kind, reportsToBodyId, isPublic, quorum) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [
                partnershipID, settings.slug, settings.name, settings.kind.rawValue, settings.reportsToBodyID,
                settings.isPublic, settings.quorum
            ])
        let id = db.lastInsertedRowID
        // Every new body starts from the standard agenda template, written out so it can be edited.
        for (index, item) in AgendaTemplateItem.standard.enumerated() {
            try db.execute(
                sql: """
                    INSERT INTO agendaTemplateItem (bodyId, position, title, standingKind, description, part, exemptReason)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [id, index + 1, item.title, item.kind?.rawValue, item.description, item.part.rawValue, item.exemptReason])
        }
        return id
    }

    static func bodyEntry(_ id: Int64, _ db: Database) throws -> BodyEntry {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT b.*, r.name AS reportsToName FROM body b LEFT JOIN body r ON r.id = b.reportsToBodyId WHERE b.id = ?
                    """, arguments: [id])
        else { throw DomainError.notFound("there is no body \(id)") }
        let former = try String.fetchAll(db, sql: "SELECT name FROM bodyFormerName WHERE bodyId = ? ORDER BY id DESC", arguments: [id])
        return BodyEntry(body: Rows.body(row), reportsTo: row["reportsToName"], formerNames: former, quorum: row["quorum"])
    }

    static func keepFormerName(bodyID: Int64, name: String, slug: String, _ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO bodyFormerName (bodyId, name, slug) VALUES (?, ?, ?)", arguments: [bodyID, name, slug])
    }

    static func checkSlugFree(_ slug: String, partnershipID: Int64, except id: Int64?, _ db: Database) throws {
        if try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM body WHERE partnershipId = ? AND slug = ? AND id IS NOT ?)",
            arguments: [partnershipID, slug, id]) == true
        {
            throw DomainError.conflict("the partnership already has a body with the short name '\(slug)'")
        }
    }

    static func freeSlug(_ base: String, partnershipID: Int64, except id: Int64, _ db: Database) throws -> String {
        var candidate = base.isEmpty ? "body" : base
        var n = 2
        while try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM body WHERE partnershipId = ? AND slug = ? AND id <> ?)",
            arguments: [partnershipID, candidate, id]) == true
        {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }

    static func checkReportsTo(_ reportsTo: Int64?, bodyID: Int64?, partnershipID: Int64, _ db: Database) throws {
        guard let reportsTo else { return }
        guard reportsTo != bodyID else { throw DomainError.invalid("a body cannot report to itself") }
        guard try Int64.fetchOne(db, sql: "SELECT partnershipId FROM body WHERE id = ?", arguments: [reportsTo]) == partnershipID else {
            throw DomainError.invalid("a body reports to a body of its own partnership")
        }
    }
}
