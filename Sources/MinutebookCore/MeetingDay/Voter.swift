/// A voting member in the room at an item.
public struct Voter: Sendable, Equatable {
    public var personID: Int64?
    public var name: String
    public init(personID: Int64?, name: String) {
        self.personID = personID
        self.name = name
    }
}
