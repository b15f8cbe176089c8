/// Who may sign a meeting's approved minutes.
public struct MinutesSigner: Sendable, Equatable {
    public var personID: Int64
    public var name: String
    public var capacity: String

    public init(personID: Int64, name: String, capacity: String) {
        self.personID = personID
        self.name = name
        self.capacity = capacity
    }
}
