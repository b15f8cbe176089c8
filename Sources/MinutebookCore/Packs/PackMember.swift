/// A member addressed on the cover sheet: the holder of one of the body's seats on the date of issue.
public struct PackMember: Sendable, Equatable {
    public var name: String
    public var jobTitle: String?
    public var role: SeatRole
    public var email: String?

    public init(name: String, jobTitle: String? = nil, role: SeatRole = .member, email: String? = nil) {
        self.name = name
        self.jobTitle = jobTitle
        self.role = role
        self.email = email
    }
}
