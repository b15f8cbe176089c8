public struct DeclarationInput: Sendable, Equatable {
    public var agendaItemID: Int64
    public var personID: Int64?
    public var name: String
    public var kind: InterestKind
    public var text: String

    public init(agendaItemID: Int64, personID: Int64?, name: String, kind: InterestKind, text: String) {
        self.agendaItemID = agendaItemID
        self.personID = personID
        self.name = name
        self.kind = kind
        self.text = text
    }
}
