/// Who may vote, and whether enough of them are in the room.
///
/// The voting members of a body are the holders of its chairing and member seats (secretariat,
/// advisers and invited guests do not vote); a substitute votes in the place of the member they stand
/// in for. A body may set its own quorum (its terms of reference); without one the quorum is a quarter
/// of the voting seats, rounded up, but never fewer than three (the statutory default for council
/// committees). Either way it is never more than the body's voting seats.
public enum Quorum {
    public static let votingRoles: Set<SeatRole> = [.chairman, .viceChairman, .coChair, .member]

    /// How many voting members must be present for a body with `votingSeats` seats.
    public static func required(votingSeats: Int, setting: Int? = nil) -> Int {
        guard votingSeats > 0 else { return 1 }
        if let setting { return min(votingSeats, max(1, setting)) }
        return min(votingSeats, max(3, (votingSeats + 3) / 4))
    }

    /// The default rule in words, for the body settings page.
    public static let defaultRule = "a quarter of the voting seats, rounded up, and at least three"

    /// What is wrong with a quorum typed on the body settings page (empty: the default rule).
    public static func problem(setting text: String) -> String? {
        let text = text.trimmed
        guard !text.isEmpty else { return nil }
        guard let n = Int(text), n >= 1, n <= 500 else { return "Enter the quorum as a whole number from 1 to 500, or leave it blank for the default" }
        return nil
    }

    /// Whether an attendance line counts as a voting member in the room at all.
    public static func votes(status: AttendanceStatus, seatRole: SeatRole?) -> Bool {
        guard let seatRole, votingRoles.contains(seatRole) else { return false }
        return status == .present || status == .virtual || status == .substitute
    }

    /// Present for minute `number`, given the minute during which they arrived late (present from it
    /// on) and the minute during which they left early (absent from it on).
    public static func isPresent(at number: MinuteNumber, arrivedDuring: MinuteNumber?, leftDuring: MinuteNumber?) -> Bool {
        if let arrived = arrivedDuring, number < arrived { return false }
        if let left = leftDuring, number >= left { return false }
        return true
    }
}

/// A vote on a motion: counted by a show of hands, or recorded by name (roll call).
public enum VoteKind: String, Codable, Sendable, CaseIterable {
    case showOfHands = "show_of_hands"
    case recorded

    public var label: String {
        switch self {
        case .showOfHands: "Show of hands"
        case .recorded: "Recorded vote"
        }
    }
}

/// How one member voted in a recorded vote, or which way the chair's casting vote went.
public enum VoteChoice: String, Codable, Sendable, CaseIterable {
    case votedFor = "for"
    case against
    case abstain

    public var label: String {
        switch self {
        case .votedFor: "For"
        case .against: "Against"
        case .abstain: "Abstained"
        }
    }
}

public enum VoteOutcome: String, Codable, Sendable, CaseIterable {
    case carried
    case lost

    public var label: String {
        switch self {
        case .carried: "Carried"
        case .lost: "Lost"
        }
    }
}

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
        self.init(votesFor: ballots.filter { $0 == .votedFor }.count, against: ballots.filter { $0 == .against }.count,
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
            problems.append("The meeting is not quorate for this vote: \(presentVoting) of \(votingSeats) voting members are present and \(quorum) are needed.")
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
