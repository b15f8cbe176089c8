/// One member's vote in a recorded vote.
public struct Ballot: Sendable, Equatable, Codable {
    public var personID: Int64?
    public var name: String
    public var choice: VoteChoice

    public init(personID: Int64? = nil, name: String, choice: VoteChoice) {
        self.personID = personID
        self.name = name
        self.choice = choice
    }
}
