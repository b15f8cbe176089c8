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
