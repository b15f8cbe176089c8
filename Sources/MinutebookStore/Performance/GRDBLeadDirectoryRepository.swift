import GRDB
import MinutebookCore

/// Who leads on what. An entry names a seat (then its current holder is shown, so the directory
/// follows seat changes) or a person; the organisation and contact details may be set on the entry.
public struct GRDBLeadDirectoryRepository: LeadDirectoryRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func entries(of partnershipID: Int64, audience: Audience) async throws -> [DirectoryEntry] {
        try await database.read { db in
            // A seat-based entry shows the seat's current holder, so it follows seat changes.
            try Row.fetchAll(
                cached: db,
                sql: """
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
                    """, arguments: [partnershipID]
            ).map { row in
                let entry = DirectoryEntry(
                    id: row["id"], partnershipID: row["partnershipId"], theme: row["theme"], seatID: row["seatId"],
                    seatTitle: row["seatTitle"], personID: row["resolvedPersonId"], personName: row["personName"],
                    organisationName: row["organisationName"],
                    email: (row["contactEmail"] as String?) ?? row["personEmail"],
                    phone: (row["contactPhone"] as String?) ?? row["personPhone"],
                    organisationID: row["organisationId"])
                return PerformanceVisibility.visible(entry, partnershipID: partnershipID, audience: audience)
            }
        }
    }

    public func storedEntry(id: Int64, partnershipID: Int64) async throws -> DirectoryEntry? {
        try await database.read { db in
            try Row.fetchOne(cached: db, sql: "SELECT * FROM directoryEntry WHERE id = ? AND partnershipId = ?", arguments: [id, partnershipID]).map {
                row in
                DirectoryEntry(
                    id: row["id"], partnershipID: row["partnershipId"], theme: row["theme"], seatID: row["seatId"],
                    personID: row["personId"], email: row["contactEmail"], phone: row["contactPhone"],
                    organisationID: row["organisationId"])
            }
        }
    }

    public func add(_ entry: DirectoryEntry, by editor: Editor) async throws -> DirectoryEntry {
        try Self.check(entry)
        return try await database.write(as: Actor(editor)) { db in
            try Self.checkReferences(entry, db)
            try db.execute(
                sql: """
                    INSERT INTO directoryEntry (partnershipId, theme, position, seatId, personId, organisationId, contactEmail, contactPhone)
                    VALUES (?, ?, (SELECT COALESCE(MAX(position), 0) + 1 FROM directoryEntry WHERE partnershipId = ?), ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    entry.partnershipID, entry.theme, entry.partnershipID, entry.seatID, entry.personID,
                    entry.organisationID, entry.email, entry.phone
                ])
            var saved = entry
            saved.id = db.lastInsertedRowID
            return saved
        }
    }

    public func update(_ entry: DirectoryEntry, by editor: Editor) async throws {
        try Self.check(entry)
        try await database.write(as: Actor(editor)) { db in
            try Self.checkReferences(entry, db)
            try db.execute(
                sql: """
                    UPDATE directoryEntry SET theme = ?, seatId = ?, personId = ?, organisationId = ?, contactEmail = ?, contactPhone = ?
                    WHERE id = ? AND partnershipId = ?
                    """,
                arguments: [
                    entry.theme, entry.seatID, entry.personID, entry.organisationID, entry.email, entry.phone,
                    entry.id, entry.partnershipID
                ])
            guard db.changesCount == 1 else { throw DomainError.notFound("There is no such directory entry") }
        }
    }

    public func remove(entryID: Int64, partnershipID: Int64, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try db.execute(sql: "DELETE FROM directoryEntry WHERE id = ? AND partnershipId = ?", arguments: [entryID, partnershipID])
            guard db.changesCount == 1 else { throw DomainError.notFound("There is no such directory entry") }
        }
    }

    static func check(_ entry: DirectoryEntry) throws {
        guard !entry.theme.isEmpty else { throw DomainError.invalid("Enter the theme") }
        guard entry.seatID != nil || entry.personID != nil else { throw DomainError.invalid("Choose a seat or a person who leads") }
        if let email = entry.email, !(email.contains("@") && !email.hasPrefix("@") && !email.hasSuffix("@")) {
            throw DomainError.invalid("Enter the contact email like name@example.org")
        }
    }

    /// The seat, person and organisation must belong to the entry's partnership.
    static func checkReferences(_ entry: DirectoryEntry, _ db: Database) throws {
        if let seatID = entry.seatID,
            try Bool.fetchOne(
                cached: db,
                sql: """
                    SELECT 1 FROM seat s JOIN body b ON b.id = s.bodyId WHERE s.id = ? AND b.partnershipId = ?
                    """, arguments: [seatID, entry.partnershipID]) != true
        {
            throw DomainError.invalid("That seat is not part of this partnership")
        }
        if let personID = entry.personID,
            try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM person WHERE id = ? AND partnershipId = ?", arguments: [personID, entry.partnershipID])
                != true
        {
            throw DomainError.invalid("That person is not part of this partnership")
        }
        if let organisationID = entry.organisationID,
            try Bool.fetchOne(
                cached: db,
                sql: """
                    SELECT 1 FROM organisation WHERE id = ? AND partnershipId = ?
                    """, arguments: [organisationID, entry.partnershipID]) != true
        {
            throw DomainError.invalid("That organisation is not part of this partnership")
        }
    }
}
