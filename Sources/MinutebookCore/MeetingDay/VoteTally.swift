/// The figures of a vote and the rule that turns them into an outcome.
public struct VoteTally: Sendable, Equatable, Codable {
    public var votesFor: Int
    public var against: Int
    public var abstentions: Int
    /// The chair's casting vote, given only on a tie (for or against).
    public var castingVote: VoteChoice?

    public init(votesFor: Int, against: Int, abstentions: Int, castingVote: VoteChoice? = nil) {
        self.votesFor = votesFor
        self.against = against
        self.abstentions = abstentions
        self.castingVote = castingVote
    }

    /// The counts of a recorded vote's ballots.
    public init(ballots: [VoteChoice], castingVote: VoteChoice? = nil) {
        self.init(
            votesFor: ballots.filter { $0 == .votedFor }.count, against: ballots.filter { $0 == .against }.count,
            abstentions: ballots.filter { $0 == .abstain }.count, castingVote: castingVote)
    }

    public var isTie: Bool { votesFor == against }
    public var voters: Int { votesFor + against + abstentions }

    /// More for than against carries; more against loses; a tie goes the way of the chair's casting
    /// vote, and without one the motion falls.
    public var outcome: VoteOutcome {
        if votesFor != against { return votesFor > against ? .carried : .lost }
        return castingVote == .votedFor ? .carried : .lost
    }

    /// What is wrong with these figures for a meeting with `presentVoting` voting members in the
    /// room out of `votingSeats`; empty when the vote may be recorded.
    public func problems(presentVoting: Int, votingSeats: Int, quorumSetting: Int? = nil) -> [String] {
        var problems: [String] = []
        let quorum = Quorum.required(votingSeats: votingSeats, setting: quorumSetting)
        if presentVoting < quorum {
            problems.append(
                "The meeting is not quorate for this vote: \(presentVoting) of \(votingSeats) voting members are present and \(quorum) are needed.")
        }
        if votesFor < 0 || against < 0 || abstentions < 0 { problems.append("Vote counts cannot be negative.") }
        if voters > presentVoting {
            problems.append("\(voters) votes were counted but only \(presentVoting) voting members are present.")
        }
        if castingVote == .abstain { problems.append("A casting vote is for or against.") }
        if castingVote != nil && !isTie { problems.append("The chair gives a casting vote only when the votes are tied.") }
        return problems
    }
}
