/// Who may vote at an item: the voting members present at its minute, against the body's voting seats.
public struct VoterRoll: Sendable, Equatable {
    public var voters: [Voter]
    public var votingSeats: Int
    /// The body's own quorum, when it sets one (`Quorum.required`).
    public var quorumSetting: Int?
    public init(voters: [Voter], votingSeats: Int, quorumSetting: Int? = nil) {
        self.quorumSetting = quorumSetting
        self.voters = voters
        self.votingSeats = votingSeats
    }
    public var quorum: Int { Quorum.required(votingSeats: votingSeats, setting: quorumSetting) }
    public var isQuorate: Bool { voters.count >= quorum }
}
