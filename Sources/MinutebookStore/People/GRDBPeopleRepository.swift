import GRDB
import MinutebookCore

/// People, organisations and attendance records read from SQLite.
public struct GRDBPeopleRepository: PeopleRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func person(id: Int64, audience: Audience) async throws -> PersonDetail? {
        let detail = try await database.read { db -> PersonDetail? in
            guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM person WHERE id = ?", arguments: [id]) else { return nil }
            let person = Rows.person(row)
            let organisation = try person.organisationID.flatMap {
                try Row.fetchOne(cached: db, sql: "SELECT * FROM organisation WHERE id = ?", arguments: [$0]).map(Rows.organisation)
            }
            let titles = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT j.title, j.startDate, j.endDate, o.name AS organisationName FROM jobTitle j
                    LEFT JOIN organisation o ON o.id = j.organisationId
                    WHERE j.personId = ? ORDER BY j.startDate DESC
                    """, arguments: [id]
            ).compactMap { row -> JobTitle? in
                guard let start = Rows.date(row["startDate"]) else { return nil }
                return JobTitle(
                    title: row["title"], organisation: row["organisationName"], start: start,
                    end: Rows.date(row["endDate"]))
            }
            let seats = try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT h.startDate, h.endDate, s.*, b.id AS b_id, b.partnershipId AS b_partnershipId, b.slug AS b_slug,
                           b.name AS b_name, b.kind AS b_kind, b.reportsToBodyId AS b_reportsToBodyId, b.isPublic AS b_isPublic
                    FROM seatHolding h JOIN seat s ON s.id = h.seatId JOIN body b ON b.id = s.bodyId
                    WHERE h.personId = ? ORDER BY h.startDate DESC, h.id DESC
                    """, arguments: [id]
            ).compactMap { row -> SeatTenure? in
                guard let start = Rows.date(row["startDate"]) else { return nil }
                let body = Body(
                    id: row["b_id"], partnershipID: row["b_partnershipId"], slug: row["b_slug"], name: row["b_name"],
                    kind: BodyKind(rawValue: row["b_kind"]) ?? .board, reportsToBodyID: row["b_reportsToBodyId"],
                    isPublic: row["b_isPublic"])
                return SeatTenure(seat: Rows.seat(row), body: body, start: start, end: Rows.date(row["endDate"]))
            }
            return PersonDetail(person: person, organisation: organisation, jobTitles: titles, seats: seats)
        }
        guard var detail else { return nil }
        // Contact details follow the partnership-wide grant (no body: a member's own-body rights do not apply).
        let grant = Visibility.grant(audience, bodyID: -1, partnershipID: detail.person.partnershipID)
        if !grant.contactDetails { detail.person.email = nil }
        // Seats on bodies the audience may not know of are left out.
        detail.seats = detail.seats.filter { tenure in
            Visibility.canSeeMeeting(
                bodyIsPublic: tenure.body.isPublic,
                grant: Visibility.grant(audience, bodyID: tenure.body.id, partnershipID: tenure.body.partnershipID))
        }
        return detail
    }

    public func organisations(of partnershipID: Int64) async throws -> [Organisation] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db, sql: "SELECT * FROM organisation WHERE partnershipId = ? ORDER BY name",
                arguments: [partnershipID], Rows.organisation)
        }
    }

    public func people(of partnershipID: Int64) async throws -> [Person] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db, sql: "SELECT * FROM person WHERE partnershipId = ? ORDER BY fullName",
                arguments: [partnershipID]
            ).map(Self.withoutContact)
        }
    }

    public func people(named name: String, in partnershipID: Int64) async throws -> [Person] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT * FROM person WHERE partnershipId = ? AND fullName = ? COLLATE NOCASE ORDER BY id
                    """, arguments: [partnershipID, name]
            ).map(Self.withoutContact)
        }
    }

    public func organisation(id: Int64) async throws -> Organisation? {
        try await database.read { db in
            try Row.fetchOne(cached: db, sql: "SELECT * FROM organisation WHERE id = ?", arguments: [id]).map(Rows.organisation)
        }
    }

    private static func withoutContact(_ row: Row) -> Person {
        var person = Rows.person(row)
        person.email = nil
        return person
    }

    public func attendanceStats(personID: Int64, audience: Audience) async throws -> AttendanceStats {
        try await stats(whereClause: "a.personId = ?", argument: personID, audience: audience)
    }

    public func attendanceStats(organisationID: Int64, audience: Audience) async throws -> AttendanceStats {
        try await stats(
            whereClause: "a.personId IN (SELECT id FROM person WHERE organisationId = ?)",
            argument: organisationID, audience: audience)
    }

    /// Counts per body and meeting status in SQL, then keeps what `Visibility` lets the audience see.
    private func stats(whereClause: String, argument: Int64, audience: Audience) async throws -> AttendanceStats {
        let rows = try await database.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT m.bodyId, b.partnershipId, b.isPublic, m.status AS meetingStatus, a.status, count(*) AS n
                    FROM attendance a JOIN meeting m ON m.id = a.meetingId JOIN body b ON b.id = m.bodyId
                    WHERE \(whereClause) AND m.status IN ('held','minutes_drafted','minutes_approved')
                    GROUP BY m.bodyId, m.status, a.status
                    """, arguments: [argument]
            ).map { row in
                StatsRow(
                    bodyID: row["bodyId"], partnershipID: row["partnershipId"], bodyIsPublic: row["isPublic"],
                    meetingStatus: MeetingStatus(rawValue: row["meetingStatus"]),
                    status: AttendanceStatus(rawValue: row["status"]), count: row["n"])
            }
        }
        var counts: [AttendanceStatus: Int] = [:]
        for row in rows {
            guard let status = row.status, let meetingStatus = row.meetingStatus else { continue }
            let grant = Visibility.grant(audience, bodyID: row.bodyID, partnershipID: row.partnershipID)
            guard Visibility.canSeeMeeting(bodyIsPublic: row.bodyIsPublic, grant: grant),
                Visibility.canSeeAttendance(meetingStatus: meetingStatus, grant: grant)
            else { continue }
            counts[status, default: 0] += row.count
        }
        return AttendanceStats(counts: counts)
    }

    private struct StatsRow: Sendable {
        var bodyID: Int64
        var partnershipID: Int64
        var bodyIsPublic: Bool
        var meetingStatus: MeetingStatus?
        var status: AttendanceStatus?
        var count: Int
    }
}
