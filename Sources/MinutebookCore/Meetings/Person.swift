public struct Person: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var fullName: String
    public var honorific: String?
    /// Initials as used in Action columns ("RV"); derived from the name when not set.
    public var initials: String
    public var organisationID: Int64?
    /// Private: shown only to audiences whose grant includes contact details.
    public var email: String?

    public init(
        id: Int64, partnershipID: Int64, fullName: String, honorific: String? = nil, initials: String? = nil,
        organisationID: Int64? = nil, email: String? = nil
    ) {
        self.id = id
        self.partnershipID = partnershipID
        self.fullName = fullName
        self.honorific = honorific
        self.initials = initials ?? Person.initials(of: fullName)
        self.organisationID = organisationID
        self.email = email
    }

    /// "Rob Vale" → "RV"; "Mary-Jane O'Neil" → "MO".
    public static func initials(of name: String) -> String {
        String(
            name.split(whereSeparator: { $0 == " " }).compactMap { $0.first(where: \.isLetter) }.map { Character($0.uppercased()) }
                .prefix(3))
    }
}
