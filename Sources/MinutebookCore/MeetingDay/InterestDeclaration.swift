/// A member's declaration of interest in an item.
public struct InterestDeclaration: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var agendaItemID: Int64
    public var personID: Int64?
    public var name: String
    public var kind: InterestKind
    public var text: String

    public init(id: Int64, agendaItemID: Int64, personID: Int64?, name: String, kind: InterestKind, text: String) {
        self.id = id
        self.agendaItemID = agendaItemID
        self.personID = personID
        self.name = name
        self.kind = kind
        self.text = text
    }

    /// "Ada Quill declared a pecuniary interest: Owns a shop on the high street" as the minutes print it.
    public var sentence: String {
        "\(name) declared a \(kind == .pecuniary ? "pecuniary" : "non-pecuniary") interest: \(text)"
    }
}
