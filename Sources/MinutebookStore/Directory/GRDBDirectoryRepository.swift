import GRDB
import MinutebookCore

public struct GRDBDirectoryRepository: DirectoryRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func partnerships() async throws -> [Partnership] {
        try await database.read { db in
            try Row.fetchAll(cached: db, sql: "SELECT * FROM partnership ORDER BY name", Rows.partnership)
        }
    }

    public func partnership(slug: String) async throws -> Partnership? {
        try await database.read { db in
            try Row.fetchOne(cached: db, sql: "SELECT * FROM partnership WHERE slug = ?", arguments: [slug]).map(Rows.partnership)
        }
    }

    public func bodies(of partnershipID: Int64) async throws -> [Body] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT * FROM body WHERE partnershipId = ? ORDER BY kind = 'sub_group', name
                    """, arguments: [partnershipID], Rows.body)
        }
    }

    public func body(slug: String, in partnershipID: Int64) async throws -> Body? {
        try await database.read { db in
            try Row.fetchOne(
                cached: db, sql: "SELECT * FROM body WHERE partnershipId = ? AND slug = ?",
                arguments: [partnershipID, slug]
            ).map(Rows.body)
        }
    }

    public func partnershipAndBody(partnership: String, body: String) async throws -> (Partnership?, Body?) {
        try await database.read { db in
            guard
                let partnership = try Row.fetchOne(
                    cached: db, sql: "SELECT * FROM partnership WHERE slug = ?",
                    arguments: [partnership]
                ).map(Rows.partnership)
            else { return (nil, nil) }
            let body = try Row.fetchOne(
                cached: db, sql: "SELECT * FROM body WHERE partnershipId = ? AND slug = ?",
                arguments: [partnership.id, body]
            ).map(Rows.body)
            return (partnership, body)
        }
    }

    public func meetings(of bodyID: Int64, audience: Audience, limit: Int) async throws -> [Meeting] {
        try await database.read { db in
            try Row.fetchAll(
                cached: db,
                sql: """
                    SELECT * FROM meeting WHERE bodyId = ? ORDER BY date DESC LIMIT ?
                    """, arguments: [bodyID, limit], Rows.meeting)
        }
    }
}

/// Row → Core value conversions shared by the GRDB repositories.
public enum Rows {
    public static func partnership(_ row: Row) -> Partnership {
        Partnership(
            id: row["id"], slug: row["slug"], name: row["name"],
            yearStart: MunicipalYearStart(month: row["yearStartMonth"], day: row["yearStartDay"]) ?? .may,
            firstMinuteNumber: row["firstMinuteNumber"])
    }

    public static func body(_ row: Row) -> Body {
        Body(
            id: row["id"], partnershipID: row["partnershipId"], slug: row["slug"], name: row["name"],
            kind: BodyKind(rawValue: row["kind"]) ?? .board, reportsToBodyID: row["reportsToBodyId"],
            isPublic: row["isPublic"])
    }

    public static func meeting(_ row: Row) -> Meeting {
        let date = LocalDate(iso: row["date"] as String) ?? LocalDate(dayNumber: 0)
        return Meeting(
            id: row["id"], bodyID: row["bodyId"], date: date,
            start: (row["startTime"] as String?).flatMap { LocalTime(hhmm: $0) },
            end: (row["endTime"] as String?).flatMap { LocalTime(hhmm: $0) },
            venue: row["venue"], virtualLink: row["virtualLink"],
            status: MeetingStatus(rawValue: row["status"]) ?? .scheduled,
            municipalYear: MunicipalYear(startYear: row["municipalYear"]), sequence: row["sequence"] ?? 0)
    }

    public static func person(_ row: Row) -> Person {
        Person(
            id: row["id"], partnershipID: row["partnershipId"], fullName: row["fullName"], honorific: row["honorific"],
            initials: row["initials"], organisationID: row["organisationId"], email: row["email"])
    }
}
