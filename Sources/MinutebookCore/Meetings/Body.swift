public struct Body: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var slug: String
    public var name: String
    public var kind: BodyKind
    public var reportsToBodyID: Int64?
    public var isPublic: Bool

    public init(
        id: Int64, partnershipID: Int64, slug: String, name: String, kind: BodyKind,
        reportsToBodyID: Int64? = nil, isPublic: Bool = true
    ) {
        self.id = id
        self.partnershipID = partnershipID
        self.slug = slug
        self.name = name
        self.kind = kind
        self.reportsToBodyID = reportsToBodyID
        self.isPublic = isPublic
    }
}
