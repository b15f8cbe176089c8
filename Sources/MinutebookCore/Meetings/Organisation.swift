public struct Organisation: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var name: String
    public var abbreviation: String?

    public init(id: Int64, partnershipID: Int64, name: String, abbreviation: String? = nil) {
        self.id = id
        self.partnershipID = partnershipID
        self.name = name
        self.abbreviation = abbreviation
    }
}
