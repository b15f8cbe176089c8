/// A body with the names it had before (newest first), which search and the importer still know.
public struct BodyEntry: Sendable, Equatable {
    public var body: Body
    public var reportsTo: String?
    public var formerNames: [String]
    /// The body's own quorum; nil: the default rule.
    public var quorum: Int?

    public init(body: Body, reportsTo: String? = nil, formerNames: [String] = [], quorum: Int? = nil) {
        self.quorum = quorum
        self.body = body
        self.reportsTo = reportsTo
        self.formerNames = formerNames
    }
}
