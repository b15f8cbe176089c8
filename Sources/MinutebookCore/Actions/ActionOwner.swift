/// Who owns an action: a person, a seat (whoever holds it), an organisation, or a code not yet matched.
public struct ActionOwner: Sendable, Equatable, Codable {
    /// The store's row id of this ownership, when read from the store (succession updates it).
    public var id: Int64?
    public var personID: Int64?
    public var seatID: Int64?
    public var organisationID: Int64?
    /// The Action column's initials as printed ("LG").
    public var code: String?
    /// The person, seat title, organisation or body, for display.
    public var name: String?
    /// A whole body owns the action ("Group", "All" in the Action column): `name` is the body's name.
    public var bodyID: Int64?

    public init(
        id: Int64? = nil, personID: Int64? = nil, seatID: Int64? = nil, organisationID: Int64? = nil, code: String? = nil,
        name: String? = nil, bodyID: Int64? = nil
    ) {
        self.id = id
        self.personID = personID
        self.seatID = seatID
        self.organisationID = organisationID
        self.code = code
        self.name = name
        self.bodyID = bodyID
    }

    /// The code as the Action column prints it: the stored code, else initials of the name.
    public var displayCode: String {
        if let code, !code.isEmpty { return code }
        return name.map(Person.initials(of:)) ?? "?"
    }
}

extension ActionOwner {
    /// The name to print: the person, the seat's holder or title, the organisation, else the printed code.
    public var label: String { name ?? code ?? "Unknown" }

    /// Not matched to a person, seat, organisation or body: a code or free text only.
    public var isUnmatched: Bool { personID == nil && seatID == nil && organisationID == nil && bodyID == nil }

    /// Action-column words that mean the whole body, not a person ("Group", "All"): the importer reads
    /// them as owners, and they print as the body's name.
    public static let collectiveCodes: Set<String> = ["Group", "All", "Board", "Partnership", "Members"]

    /// Whether written owner text names the whole body: a collective code, with or without "the"
    /// ("the Group", "all members"), in any case.
    public static func namesWholeBody(_ text: String) -> Bool {
        var words = text.split(separator: " ").map { $0.lowercased() }
        if words.first == "the" { words.removeFirst() }
        if words.count == 2, words[0] == "all", words[1] == "members" { return true }
        guard words.count == 1, let word = words.first else { return false }
        return collectiveCodes.contains { $0.lowercased() == word }
    }

    /// An owner matched to nobody whose printed code or text names the whole body is the body that
    /// owns the action, printed by its name rather than as a person called "Group".
    public func resolvingBody(text: String?, body: (id: Int64, name: String)?) -> ActionOwner {
        guard isUnmatched, let body, let words = text ?? code, Self.namesWholeBody(words) else { return self }
        var owner = self
        owner.bodyID = body.id
        owner.name = body.name
        return owner
    }
}
