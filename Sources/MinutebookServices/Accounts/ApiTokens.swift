import MinutebookCore

/// Issuing API tokens: 256 random bits, shown once, stored as a SHA-256 hash.
public enum ApiTokens {
    public static func issue(userID: Int64, name: String, repository: any ApiTokenRepository, by editor: Editor) async throws -> String {
        let token = Tokens.random()
        try await repository.create(userID: userID, name: name, tokenHash: Tokens.sha256Hex(token), by: editor)
        return token
    }
}
