/// Signed-in sessions and sign-in throttling: bookkeeping, not audited records.
/// Tokens reach the repository already hashed (SHA-256), so a copy of the database cannot sign in.
public protocol SessionRepository: Sendable {
    /// Opens a session lasting `lifetimeMinutes`.
    func open(userID: Int64, tokenHash: String, csrfToken: String, lifetimeMinutes: Int) async throws
    /// The live session of a token hash, with its account (nil when unknown, expired or disabled).
    func session(tokenHash: String) async throws -> (user: User, csrfToken: String)?
    /// The live session with its account and the bodies the account's person sits on `date`, in one
    /// read: what every signed-in request needs before its page.
    func signedIn(tokenHash: String, on date: LocalDate) async throws -> SignedInSession?
    func close(tokenHash: String) async throws
    /// Closes every session of an account (after a password change, except `keeping`).
    func closeAll(userID: Int64, keeping tokenHash: String?) async throws
    /// Decides, in one transaction, whether a sign-in attempt for `email` from `address` may be
    /// evaluated under `throttle`, and if so records it (as a failure until settled).
    func claimAttempt(email: String, address: String, throttle: SignInThrottle) async throws -> SignInTurn
    /// Settles a claimed attempt: a success clears the account's failures; a failure stays counted.
    func settleAttempt(_ attemptID: Int64, email: String, succeeded: Bool) async throws
}
