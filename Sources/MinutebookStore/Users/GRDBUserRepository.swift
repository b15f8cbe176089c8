import GRDB
import MinutebookCore

public struct GRDBUserRepository: UserRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func create(_ new: NewUser, passwordHash: String, by editor: Editor) async throws -> User {
        if let problem = new.problems.first { throw DomainError.invalid(problem.message) }
        do {
            return try await database.write(as: Actor(editor)) { db in
                if let partnershipID = new.partnershipID,
                    try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM partnership WHERE id = ?", arguments: [partnershipID]) == nil
                {
                    throw DomainError.notFound("no partnership with id \(partnershipID)")
                }
                if let personID = new.personID {
                    let owner = try Int64.fetchOne(cached: db, sql: "SELECT partnershipId FROM person WHERE id = ?", arguments: [personID])
                    guard let owner else { throw DomainError.notFound("no person with id \(personID)") }
                    if let partnershipID = new.partnershipID, owner != partnershipID {
                        throw DomainError.invalid("that person belongs to another partnership")
                    }
                }
                try db.execute(
                    sql: """
                        INSERT INTO user (email, passwordHash, role, partnershipId, personId) VALUES (?, ?, ?, ?, ?)
                        """, arguments: [new.email, passwordHash, new.role.rawValue, new.partnershipID, new.personID])
                let id = db.lastInsertedRowID
                guard let row = try Row.fetchOne(cached: db, sql: "SELECT * FROM user WHERE id = ?", arguments: [id]) else {
                    throw DomainError.notFound("the new account could not be read back")
                }
                return Self.user(row)
            }
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_UNIQUE {
            throw DomainError.conflict("an account for \(new.email) already exists")
        } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
            throw DomainError.invalid("the account breaks a rule of the database: \(error.message ?? "constraint failed")")
        }
    }

    public func user(id: Int64) async throws -> User? {
        try await database.read { db in
            try Row.fetchOne(cached: db, sql: "SELECT * FROM user WHERE id = ?", arguments: [id]).map(Self.user)
        }
    }

    public func user(email: String) async throws -> User? {
        try await database.read { db in
            try Row.fetchOne(cached: db, sql: "SELECT * FROM user WHERE email = ?", arguments: [email]).map(Self.user)
        }
    }

    public func credentials(email: String) async throws -> (user: User, passwordHash: String)? {
        try await database.read { db in
            try Row.fetchOne(cached: db, sql: "SELECT * FROM user WHERE email = ?", arguments: [email])
                .map { (Self.user($0), $0["passwordHash"] as String) }
        }
    }

    public func users(in partnershipID: Int64?) async throws -> [User] {
        try await database.read { db in
            if let partnershipID {
                return try Row.fetchAll(
                    cached: db, sql: "SELECT * FROM user WHERE partnershipId = ? ORDER BY email",
                    arguments: [partnershipID]
                ).map(Self.user)
            }
            return try Row.fetchAll(cached: db, sql: "SELECT * FROM user ORDER BY email").map(Self.user)
        }
    }

    public func changePasswordHash(of userID: Int64, to passwordHash: String, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try db.execute(sql: "UPDATE user SET passwordHash = ? WHERE id = ?", arguments: [passwordHash, userID])
            if db.changesCount == 0 { throw DomainError.notFound("no account with id \(userID)") }
        }
    }

    public func setDisabled(_ disabled: Bool, userID: Int64, by editor: Editor) async throws {
        try await database.write(as: Actor(editor)) { db in
            try db.execute(sql: "UPDATE user SET isDisabled = ? WHERE id = ?", arguments: [disabled, userID])
            if db.changesCount == 0 { throw DomainError.notFound("no account with id \(userID)") }
            if disabled { try db.execute(sql: "DELETE FROM session WHERE userId = ?", arguments: [userID]) }
        }
    }

    public func bodiesSeated(personID: Int64, on date: LocalDate) async throws -> Set<Int64> {
        try await database.read { db in try Self.bodiesSeated(personID: personID, on: date, db) }
    }

    static func bodiesSeated(personID: Int64, on date: LocalDate, _ db: Database) throws -> Set<Int64> {
        Set(
            try Int64.fetchAll(
                cached: db,
                sql: """
                    SELECT DISTINCT seat.bodyId FROM seatHolding
                    JOIN seat ON seat.id = seatHolding.seatId
                    WHERE seatHolding.personId = ? AND seatHolding.startDate <= ?
                      AND (seatHolding.endDate IS NULL OR seatHolding.endDate >= ?)
                      AND (seat.abolishedOn IS NULL OR seat.abolishedOn >= ?)
                    """, arguments: [personID, date.iso, date.iso, date.iso]))
    }

    static func user(_ row: Row) -> User {
        User(
            id: row["id"], email: row["email"], role: UserRole(rawValue: row["role"]) ?? .officer,
            partnershipID: row["partnershipId"], personID: row["personId"], isDisabled: row["isDisabled"],
            createdAt: row["createdAt"])
    }
}

extension Actor {
    /// The audit actor of a Core `Editor`.
    public init(_ editor: Editor) { self.init(editor.auditName) }
}
