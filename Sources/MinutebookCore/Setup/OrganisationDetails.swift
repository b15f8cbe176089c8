/// An organisation's details (`minutebook organisation add|edit`).
public struct OrganisationDetails: Sendable, Equatable {
    public var name: String
    public var abbreviation: String?

    public init(name: String, abbreviation: String? = nil) {
        self.name = name.trimmed
        self.abbreviation = abbreviation?.trimmed.nilIfEmpty
    }

    public var problems: [(field: String, message: String)] {
        name.isEmpty || name.count > 200 ? [("name", "Enter the organisation's name (up to 200 characters)")] : []
    }
}
