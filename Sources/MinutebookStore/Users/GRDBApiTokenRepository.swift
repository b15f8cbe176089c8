import Foundation
import GRDB
import MinutebookCore

public struct GRDBApiTokenRepository: ApiTokenRepository {
    let database: AppDatabase

    public init(database: AppDatabase) { self.database = database }

    public func create(userID: Int64, name: String, tokenHash: String, by editor: Editor) async throws {
        let label = name.trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty else { throw DomainError.invalid("give the token a name, such as the script that uses it") }
        try await database.write(as: Actor(editor)) { db in
            guard try Bool.fetchOne(cached: db, sql: "SELECT 1 FROM user WHERE id = ?", arguments: [userID]) == true else {
                throw DomainError.notFound("there is no account \(userID)")
            }
            try db.execute(
                sql: "INSERT INTO apiToken (userId, name, tokenHash) VALUES (?, ?, ?)",
                arguments: [userID, label, tokenHash])
        }
    }

    public func user(tokenHash: String) async throws -> User? {
        try await database.read { db in
            try Row.fetchOne(
                cached: db,
                sql: """
                    SELECT user.* FROM apiToken JOIN user ON user.id = apiToken.userId
                    WHERE apiToken.tokenHash = ? AND apiToken.revokedAt IS NULL AND user.isDisabled = 0
                    """, arguments: [tokenHash]
            ).map(GRDBUserRepository.user)
        }
    }
}
