/// A vote to record: a show of hands gives the counts, a recorded vote the ballots.
public struct VoteInput: Sendable, Equatable {
    public var agendaItemID: Int64
    public var motion: String
    public var kind: VoteKind
    public var tally: VoteTally
    public var ballots: [Ballot]

    public init(agendaItemID: Int64, motion: String, kind: VoteKind, tally: VoteTally, ballots: [Ballot] = []) {
        self.agendaItemID = agendaItemID
        self.motion = motion
        self.kind = kind
        self.tally = tally
        self.ballots = ballots
    }
}
