public struct Seat: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    /// The role that defines the seat ("Borough Police Commander"), so successors are known.
    public var title: String
    public var organisationID: Int64?
    public var role: SeatRole

    public init(id: Int64, bodyID: Int64, title: String, organisationID: Int64? = nil, role: SeatRole = .member) {
        self.id = id
        self.bodyID = bodyID
        self.title = title
        self.organisationID = organisationID
        self.role = role
    }
}
