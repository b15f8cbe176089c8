/// A body's settings (`minutebook body add|edit`). Its name changes only by renaming, which keeps the old one.
public struct BodySettings: Sendable, Equatable {
    public var name: String
    public var slug: String
    public var kind: BodyKind
    /// The body it reports to (a sub-group's board); nil for the main board.
    public var reportsToBodyID: Int64?
    /// Public meetings appear on the public pages; a private body's meetings never do.
    public var isPublic: Bool
    /// The body's own quorum for votes; nil: the default rule (`Quorum.required`).
    public var quorum: Int?

    public init(name: String, slug: String, kind: BodyKind, reportsToBodyID: Int64? = nil, isPublic: Bool = true, quorum: Int? = nil) {
        self.quorum = quorum
        self.name = name.trimmed
        self.slug = slug.trimmed
        self.kind = kind
        self.reportsToBodyID = reportsToBodyID
        self.isPublic = isPublic
    }

    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if name.isEmpty || name.count > 200 { problems.append(("name", "Enter the body's name (up to 200 characters)")) }
        if !Slug.isValid(slug) { problems.append(("slug", "The short name '\(slug)' may hold only lower-case letters, digits and dashes")) }
        if let quorum, !(1...500).contains(quorum) {
            problems.append(("quorum", "Enter the quorum as a whole number from 1 to 500, or leave it blank for the default"))
        }
        return problems
    }
}
