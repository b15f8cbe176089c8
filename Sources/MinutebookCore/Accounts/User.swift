/// An account that signs in to the web app. Its role decides, through `Visibility`, what it may see.
public struct User: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var email: String
    public var role: UserRole
    /// The partnership the account belongs to; nil only for administrators of every partnership.
    public var partnershipID: Int64?
    /// The person the account belongs to (members and officers), whose seats make them a member.
    public var personID: Int64?
    public var isDisabled: Bool
    /// ISO 8601 timestamp (UTC) as stored.
    public var createdAt: String

    public init(id: Int64, email: String, role: UserRole, partnershipID: Int64? = nil, personID: Int64? = nil,
                isDisabled: Bool = false, createdAt: String = "") {
        self.id = id
        self.email = email
        self.role = role
        self.partnershipID = partnershipID
        self.personID = personID
        self.isDisabled = isDisabled
        self.createdAt = createdAt
    }
}

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

/// Who makes a change, as the repositories record it in the audit trail.
public enum Editor: Sendable, Equatable {
    /// A signed-in account.
    case user(id: Int64, email: String)
    /// A tool or process ("cli:user add:alice", "demo-generator").
    case tool(String)

    /// The name written into every audit row of this editor's changes ("user:7:clerk@example.org").
    public var auditName: String {
        switch self {
        case .user(let id, let email): "user:\(id):\(email)"
        case .tool(let name): name
        }
    }
}

public enum EmailAddress {
    /// Nil when `text` looks like an address ("name@host"), else a message saying what to fix.
    public static func problem(with text: String) -> String? {
        if text.isEmpty { return "Enter an email address" }
        if text.utf8.count > 254 { return "Email address must be 254 characters or fewer" }
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty,
              !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "<" || $0 == ">" }) else {
            return "Enter an email address in the correct format, like name@example.org"
        }
        return nil
    }
}

/// The password rule: long enough to resist guessing, short enough for bcrypt (72 bytes).
public enum PasswordPolicy {
    public static let minimumLength = 10
    public static let maximumBytes = 72

    /// Nil when `password` is acceptable, else a message saying what to fix.
    public static func problem(with password: String) -> String? {
        if password.isEmpty { return "Enter a password" }
        if password.count < minimumLength { return "Password must be \(minimumLength) characters or more" }
        if password.utf8.count > maximumBytes { return "Password must be \(maximumBytes) bytes or fewer" }
        return nil
    }
}

extension UserRole {
    public var label: String {
        switch self {
        case .administrator: "Administrator"
        case .secretariat: "Secretariat"
        case .member: "Member"
        case .officer: "Officer"
        }
    }
}
