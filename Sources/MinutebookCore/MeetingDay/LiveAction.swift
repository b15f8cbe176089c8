/// An action agreed at the meeting: its owner is a person or a seat (whoever holds it).
public struct LiveAction: Sendable, Equatable, Codable {
    public var text: String
    public var due: LocalDate?
    public var ownerPersonID: Int64?
    public var ownerSeatID: Int64?

    public init(text: String, due: LocalDate? = nil, ownerPersonID: Int64? = nil, ownerSeatID: Int64? = nil) {
        self.text = text
        self.due = due
        self.ownerPersonID = ownerPersonID
        self.ownerSeatID = ownerSeatID
    }
}
