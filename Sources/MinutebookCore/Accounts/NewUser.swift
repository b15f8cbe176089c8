/// What it takes to create an account (the password travels separately, already hashed).
public struct NewUser: Sendable, Equatable {
    public var email: String
    public var role: UserRole
    public var partnershipID: Int64?
    public var personID: Int64?

    public init(email: String, role: UserRole, partnershipID: Int64? = nil, personID: Int64? = nil) {
        self.email = email
        self.role = role
        self.partnershipID = partnershipID
        self.personID = personID
    }

    /// The problems with this account, each as (field, message) a form or the CLI can show.
    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if let problem = EmailAddress.problem(with: email) { problems.append(("email", problem)) }
        if role != .administrator && partnershipID == nil {
            problems.append(("partnership", "Choose the partnership a \(role.rawValue) account belongs to"))
        }
        return problems
    }
}
