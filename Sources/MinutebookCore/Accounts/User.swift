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

    public init(
        id: Int64, email: String, role: UserRole, partnershipID: Int64? = nil, personID: Int64? = nil,
        isDisabled: Bool = false, createdAt: String = ""
    ) {
        self.id = id
        self.email = email
        self.role = role
        self.partnershipID = partnershipID
        self.personID = personID
        self.isDisabled = isDisabled
        self.createdAt = createdAt
    }
}
