/// Votes and declarations of interest in the meeting record (`docs/meeting-record.md`): optional
/// fields of an item, written only when the meeting recorded some.
extension MeetingRecord {
    public struct Vote: Codable, Sendable, Equatable {
        public var motion: String
        public var kind: VoteKind
        public var votesFor: Int
        public var against: Int
        public var abstentions: Int
        public var castingVote: VoteChoice?
        public var outcome: VoteOutcome
        public var presentVoting: Int
        public var quorum: Int
        /// A recorded vote's roll call: each member and how they voted.
        public var rollCall: [RollCall]

        public struct RollCall: Codable, Sendable, Equatable {
            public var name: String
            public var vote: VoteChoice
            public init(name: String, vote: VoteChoice) {
                self.name = name
                self.vote = vote
            }
        }

        public init(_ vote: RecordedVote) {
            motion = vote.motion
            kind = vote.kind
            votesFor = vote.tally.votesFor
            against = vote.tally.against
            abstentions = vote.tally.abstentions
            castingVote = vote.tally.castingVote
            outcome = vote.outcome
            presentVoting = vote.presentVoting
            quorum = vote.quorum
            rollCall = vote.ballots.map { RollCall(name: $0.name, vote: $0.choice) }
        }

        enum CodingKeys: String, CodingKey {
            case motion, kind, against, abstentions, outcome, quorum
            case votesFor = "for"
            case castingVote = "casting_vote"
            case presentVoting = "present_voting"
            case rollCall = "roll_call"
        }
    }

    public struct Declaration: Codable, Sendable, Equatable {
        public var name: String
        public var kind: InterestKind
        public var text: String
        public init(name: String, kind: InterestKind, text: String) {
            self.name = name
            self.kind = kind
            self.text = text
        }
    }
}
