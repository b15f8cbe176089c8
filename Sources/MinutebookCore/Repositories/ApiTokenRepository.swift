/// Bearer tokens for the JSON API. Only hashes are stored; the token is shown once when created.
public protocol ApiTokenRepository: Sendable {
    /// Records a new token (its SHA-256 in hex) for `userID`, named so its owner can tell tokens apart.
    func create(userID: Int64, name: String, tokenHash: String, by editor: Editor) async throws
    /// The enabled user of an unrevoked token; nil otherwise.
    func user(tokenHash: String) async throws -> User?
}
