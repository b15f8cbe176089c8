/// Accounts. Passwords reach the repository already hashed (bcrypt, in Web), so Core and Store never
/// see a plain password. Each method is one intention and one transaction; writes are audited.
public protocol UserRepository: Sendable {
    /// Creates an account; a duplicate email or a broken rule is a `DomainError`.
    func create(_ user: NewUser, passwordHash: String, by editor: Editor) async throws -> User
    func user(id: Int64) async throws -> User?
    func user(email: String) async throws -> User?
    /// The account and its stored hash, for signing in (disabled accounts included: the caller refuses them).
    func credentials(email: String) async throws -> (user: User, passwordHash: String)?
    /// Accounts of one partnership, or every account when `partnershipID` is nil, by email.
    func users(in partnershipID: Int64?) async throws -> [User]
    func changePasswordHash(of userID: Int64, to passwordHash: String, by editor: Editor) async throws
    func setDisabled(_ disabled: Bool, userID: Int64, by editor: Editor) async throws
    /// The bodies on which `personID` holds a seat on `date`: what makes a member a member.
    func bodiesSeated(personID: Int64, on date: LocalDate) async throws -> Set<Int64>
}

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

/// A live session as a request sees it: the account, the form token and the bodies seated today.
public struct SignedInSession: Sendable, Equatable {
    public var user: User
    public var csrfToken: String
    public var bodiesSeated: Set<Int64>

    public init(user: User, csrfToken: String, bodiesSeated: Set<Int64>) {
        self.user = user
        self.csrfToken = csrfToken
        self.bodiesSeated = bodiesSeated
    }
}
