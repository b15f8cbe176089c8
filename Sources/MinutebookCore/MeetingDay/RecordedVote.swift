/// A vote on a motion at an item, as recorded.
public struct RecordedVote: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var agendaItemID: Int64
    public var motion: String
    public var kind: VoteKind
    public var tally: VoteTally
    public var outcome: VoteOutcome
    /// Voting members present and the quorum, when the vote was taken.
    public var presentVoting: Int
    public var quorum: Int
    /// The roll call of a recorded vote (empty for a show of hands).
    public var ballots: [Ballot]

    public init(
        id: Int64, agendaItemID: Int64, motion: String, kind: VoteKind, tally: VoteTally, outcome: VoteOutcome,
        presentVoting: Int, quorum: Int, ballots: [Ballot] = []
    ) {
        self.id = id
        self.agendaItemID = agendaItemID
        self.motion = motion
        self.kind = kind
        self.tally = tally
        self.outcome = outcome
        self.presentVoting = presentVoting
        self.quorum = quorum
        self.ballots = ballots
    }

    /// "For 7, against 2, abstentions 1: carried on the chair's casting vote."
    public var summary: String {
        var text = "For \(tally.votesFor), against \(tally.against), abstentions \(tally.abstentions): \(outcome.label.lowercased())"
        if let casting = tally.castingVote { text += " on the chair's casting vote \(casting == .votedFor ? "for" : "against")" }
        return text + "."
    }

    /// "Recorded vote on the motion “That the figures be noted”. For 3, against 1, abstentions 0: carried."
    /// as the minutes print it (page, document, pack).
    public var sentence: String {
        "\(kind == .recorded ? "Recorded vote" : "Vote") on the motion “\(motion)”. \(summary)"
    }

    /// "(4 voting members present; quorum 3.)"
    public var quorumNote: String { "(\(presentVoting) voting members present; quorum \(quorum).)" }

    /// The roll call as the minutes print it: "Orla Finch: For".
    public var rollCall: [String] { ballots.map { "\($0.name): \($0.choice.label)" } }
}
