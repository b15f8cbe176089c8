import GRDB
import MinutebookCore

/// Finding the records a command names: a partnership by slug or name (or the only one), a body by
/// name, slug or former name, a person or organisation by name (or `#id` when two share a name).
extension GRDBSetupRepository {
    public func partnershipID(_ slugOrName: String?) async throws -> Int64 {
        try await database.read { db in
            if let slugOrName { return try BodyLookup.partnership(slugOrName, db).id }
            let ids = try Int64.fetchAll(db, sql: "SELECT id FROM partnership ORDER BY id LIMIT 2")
            guard let first = ids.first else { throw DomainError.notFound("there is no partnership yet: add one with `partnership add`") }
            guard ids.count == 1 else { throw DomainError.invalid("there are several partnerships: name one with --partnership") }
            return first
        }
    }

    public func body(_ slugOrName: String, partnership: String?) async throws -> Body {
        try await database.read { db in try BodyLookup.requireBody(slugOrName, partnership: partnership, db) }
    }

    public func personID(_ nameOrID: String, in partnershipID: Int64) async throws -> Int64 {
        try await database.read { db in
            try Self.recordID(nameOrID, table: "person", column: "fullName", noun: "person", partnershipID: partnershipID, db)
        }
    }

    public func organisationID(_ nameOrID: String, in partnershipID: Int64) async throws -> Int64 {
        try await database.read { db in
            if !nameOrID.hasPrefix("#"),
                let id = try Self.organisationID(named: nameOrID, in: partnershipID, create: false, db)
            {
                return id
            }
            return try Self.recordID(nameOrID, table: "organisation", column: "name", noun: "organisation", partnershipID: partnershipID, db)
        }
    }

    public func meeting(bodyID: Int64, on date: LocalDate) async throws -> Meeting {
        try await database.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM meeting WHERE bodyId = ? AND date = ?", arguments: [bodyID, date.iso]) else {
                throw DomainError.notFound("the body has no meeting on \(date.long)")
            }
            return Rows.meeting(row)
        }
    }

    public func organisations(of partnershipID: Int64) async throws -> [Organisation] {
        try await database.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM organisation WHERE partnershipId = ? ORDER BY name", arguments: [partnershipID])
                .map(Rows.organisation)
        }
    }

    public func organisation(id: Int64) async throws -> Organisation {
        try await database.read { db in try Self.organisation(id, db) }
    }

    public func person(id: Int64, on date: LocalDate) async throws -> DirectoryPerson {
        try await database.read { db in try Self.directoryPerson(id, on: date, db) }
    }

    /// `#12` is the record with id 12; anything else is a name (any case), refused when several share it.
    static func recordID(
        _ nameOrID: String, table: String, column: String, noun: String, partnershipID: Int64,
        _ db: Database
    ) throws -> Int64 {
        let text = nameOrID.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("#"), let id = Int64(text.dropFirst()) {
            guard
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ? AND partnershipId = ?)",
                    arguments: [id, partnershipID]) == true
            else {
                throw DomainError.notFound("there is no \(noun) \(text) in this partnership")
            }
            return id
        }
        let ids = try Int64.fetchAll(
            db, sql: "SELECT id FROM \(table) WHERE partnershipId = ? AND \(column) = ? COLLATE NOCASE ORDER BY id",
            arguments: [partnershipID, text])
        guard let first = ids.first else { throw DomainError.notFound("there is no \(noun) called '\(text)' in this partnership") }
        guard ids.count == 1 else {
            throw DomainError.invalid(
                "\(ids.count) records are called '\(text)' (\(ids.map { "#\($0)" }.joined(separator: ", "))): name one by its #id")
        }
        return first
    }
}
