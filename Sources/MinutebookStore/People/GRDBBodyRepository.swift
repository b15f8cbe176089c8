import GRDB
import MinutebookCore

/// Bodies and their seats read from SQLite.
public struct GRDBBodyRepository: BodyRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func body(slugOrName: String, partnership: String?) async throws -> Body? {
        try await database.read { db in try BodyLookup.body(slugOrName, partnership: partnership, db) }
    }

    public func subGroups(of bodyID: Int64) async throws -> [Body] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT b.* FROM body p JOIN body b ON b.partnershipId = p.partnershipId AND b.reportsToBodyId = p.id
                    WHERE p.id = ? ORDER BY b.name
                    """, arguments: [bodyID]
            ).map(Rows.body)
        }
    }

    public func seats(of bodyID: Int64, on date: LocalDate, audience: Audience) async throws -> [SeatOccupancy] {
        try await database.read { db -> [SeatOccupancy] in
            guard
                let partnershipID = try Int64.fetchOne(
                    cached: db, sql: "SELECT partnershipId FROM body WHERE id = ?",
                    arguments: [bodyID])
            else { return [] }
            return try Self.seats(
                db, bodyID: bodyID, on: date,
                grant: Visibility.grant(audience, bodyID: bodyID, partnershipID: partnershipID))
        }
    }

    /// The one seat-holder query: every seat of the body that exists on `date`, in seat order, with
    /// its holder and the holder's job title that day; e-mail addresses only with `grant.contactDetails`.
    static func seats(_ db: Database, bodyID: Int64, on date: LocalDate, grant: Visibility.Grant) throws -> [SeatOccupancy] {
        // A seat is listed once it has had a holder on or before `date` (or never had one), and
        // until it is abolished.
        let rows = try Row.fetchAll(
            cached: db,
            sql: """
                SELECT s.*, o.name AS organisationName, h.startDate AS since,
                       p.id AS personId, p.partnershipId AS personPartnershipId, p.fullName, p.honorific, p.initials,
                       p.organisationId AS personOrganisationId, p.email,
                       (SELECT j.title FROM jobTitle j WHERE j.personId = p.id AND j.startDate <= :date
                        AND (j.endDate IS NULL OR j.endDate >= :date) ORDER BY j.startDate DESC LIMIT 1) AS jobTitle
                FROM seat s
                LEFT JOIN organisation o ON o.id = s.organisationId
                LEFT JOIN seatHolding h ON h.seatId = s.id AND h.startDate <= :date AND (h.endDate IS NULL OR h.endDate >= :date)
                LEFT JOIN person p ON p.id = h.personId
                WHERE s.bodyId = :body AND (s.abolishedOn IS NULL OR s.abolishedOn > :date)
                  AND (EXISTS (SELECT 1 FROM seatHolding e WHERE e.seatId = s.id AND e.startDate <= :date)
                       OR NOT EXISTS (SELECT 1 FROM seatHolding e WHERE e.seatId = s.id))
                ORDER BY s.position, s.id
                """, arguments: ["date": date.iso, "body": bodyID])
        return rows.map { row in
            var holder: Person?
            if let personID = row["personId"] as Int64? {
                holder = Person(
                    id: personID, partnershipID: row["personPartnershipId"], fullName: row["fullName"],
                    honorific: row["honorific"], initials: row["initials"],
                    organisationID: row["personOrganisationId"],
                    email: grant.contactDetails ? row["email"] : nil)
            }
            return SeatOccupancy(
                seat: Rows.seat(row), organisation: row["organisationName"], holder: holder,
                holderJobTitle: row["jobTitle"], since: Rows.date(row["since"]))
        }
    }
}
