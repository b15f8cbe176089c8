import GRDB
import MinutebookCore

/// Finds a partnership or a body by slug or name, the way the CLI and URLs name them.
enum BodyLookup {
    /// The partnership named by slug or name (case-insensitive); throws when unknown.
    static func partnership(_ slugOrName: String, _ db: Database) throws -> Partnership {
        let row = try Row.fetchOne(
            cached: db,
            sql: """
                SELECT * FROM partnership WHERE slug = ? OR name = ? COLLATE NOCASE ORDER BY slug = ? DESC LIMIT 1
                """, arguments: [slugOrName, slugOrName, slugOrName])
        guard let row else { throw DomainError.notFound("no partnership called '\(slugOrName)'") }
        return Rows.partnership(row)
    }

    /// The body named by slug or name, within `partnership` when given. Nil when no body matches;
    /// throws when the partnership is unknown or the name matches bodies of several partnerships.
    static func body(_ slugOrName: String, partnership: String?, _ db: Database) throws -> Body? {
        let rows: [Row]
        if let partnership {
            let owner = try self.partnership(partnership, db)
            rows = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT * FROM body WHERE partnershipId = ? AND (slug = ? OR name = ? COLLATE NOCASE)
                    ORDER BY slug = ? DESC
                    """, arguments: [owner.id, slugOrName, slugOrName, slugOrName])
        } else {
            rows = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT * FROM body WHERE slug = ?
                    UNION SELECT * FROM body WHERE name = ? COLLATE NOCASE
                    """, arguments: [slugOrName, slugOrName])
        }
        var bodies = rows.map(Rows.body)
        if bodies.isEmpty { bodies = try formerlyNamed(slugOrName, partnership: partnership, db) }
        let partnerships = Set(bodies.map(\.partnershipID))
        if partnerships.count > 1 {
            let slugs = try String.fetchAll(
                db,
                sql: """
                    SELECT slug FROM partnership WHERE id IN (\(partnerships.map { _ in "?" }.joined(separator: ","))) ORDER BY slug
                    """, arguments: StatementArguments(Array(partnerships)))
            throw DomainError.conflict(
                "'\(slugOrName)' names bodies in \(partnerships.count) partnerships (\(slugs.prefix(5).joined(separator: ", "))): name the partnership too"
            )
        }
        return bodies.first
    }

    /// Bodies that were called `slugOrName` before a rename or a merge (`bodyFormerName`).
    static func formerlyNamed(_ slugOrName: String, partnership: String?, _ db: Database) throws -> [Body] {
        let owner = try partnership.map { try self.partnership($0, db).id }
        return try Row.fetchAll(
            cached: db,
            sql: """
                SELECT DISTINCT b.* FROM bodyFormerName f JOIN body b ON b.id = f.bodyId
                WHERE (f.slug = ? OR f.name = ? COLLATE NOCASE) AND (? IS NULL OR b.partnershipId = ?)
                """, arguments: [slugOrName, slugOrName, owner, owner]
        ).map(Rows.body)
    }

    /// The body, or a clear error naming what was asked for.
    static func requireBody(_ slugOrName: String, partnership: String?, _ db: Database) throws -> Body {
        guard let body = try body(slugOrName, partnership: partnership, db) else {
            let scope = partnership.map { " in partnership '\($0)'" } ?? ""
            throw DomainError.notFound("no body called '\(slugOrName)'\(scope)")
        }
        return body
    }
}
