/// An action as edited with its minute: an existing one (with `id`) or a new one.
public struct ActionInput: Sendable, Equatable {
    public var id: Int64?
    public var text: String
    public var due: LocalDate?
    /// Owners picked from the partnership's people.
    public var ownerPersonIDs: [Int64]
    /// Owners typed in that match nobody: kept as written and flagged until matched.
    public var freeTextOwners: [String]
    public var isPrivate: Bool

    public init(
        id: Int64? = nil, text: String, due: LocalDate? = nil, ownerPersonIDs: [Int64] = [],
        freeTextOwners: [String] = [], isPrivate: Bool = false
    ) {
        self.id = id
        self.text = text
        self.due = due
        self.ownerPersonIDs = ownerPersonIDs
        self.freeTextOwners = freeTextOwners
        self.isPrivate = isPrivate
    }
}
