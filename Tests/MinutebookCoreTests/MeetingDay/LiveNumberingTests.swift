import Testing

@testable import MinutebookCore

@Suite("Minute numbers given as items are taken")
struct LiveNumberingTests {
    /// Takes agenda items in the order given, as the meeting does, opening at `first`.
    func take(_ agendaNumbers: [String?], first: Int = 192) -> [String] {
        var taken: [LiveNumbering.Taken] = []
        for agendaNumber in agendaNumbers {
            let number = LiveNumbering.next(agendaNumber: agendaNumber, after: taken, first: first)
            taken.append(.init(agendaNumber: agendaNumber, number: number))
        }
        return taken.map(\.number.text)
    }

    @Test("items taken in agenda order run on from the first number, sub-items lettered under their main item")
    func inOrder() {
        #expect(take(["1", "2", "2a", "2b", "3"]) == ["192", "193", "193a", "193b", "194"])
    }

    @Test("an item taken out of order takes the next number when it is reached, and nothing repeats or gaps")
    func outOfOrder() {
        #expect(take(["1", "4", "2", "3"]) == ["192", "193", "194", "195"])
    }

    @Test("a sub-item taken before its main item is numbered as a main item; later sub-items of that main item letter under it")
    func subItemFirst() {
        #expect(take(["1", "2b", "2", "2a"]) == ["192", "193", "194", "194a"])
    }

    @Test("a new municipal year opens at the partnership's first number")
    func firstOfYear() {
        #expect(take(["1", "2"], first: 1) == ["1", "2"])
    }

    @Test("items with no printed number are main items")
    func unnumbered() {
        #expect(take([nil, nil, "3a"]) == ["192", "193", "194"])
    }
}

@Suite("Votes, quorum and the chair's casting vote")
struct VoteRuleTests {
    @Test(
        "the quorum is a quarter of the voting seats rounded up, at least three, never more than the seats",
        arguments: zip([1, 2, 3, 8, 12, 13, 20], [1, 2, 3, 3, 3, 4, 5]))
    func quorum(_ seats: Int, _ expected: Int) {
        #expect(Quorum.required(votingSeats: seats) == expected)
    }

    @Test("a body's own quorum replaces the default rule, never more than its voting seats; a bad setting is refused in words")
    func quorumSetting() {
        #expect(Quorum.required(votingSeats: 12, setting: 5) == 5)
        #expect(Quorum.required(votingSeats: 12, setting: 2) == 2)
        #expect(Quorum.required(votingSeats: 4, setting: 9) == 4)
        #expect(Quorum.required(votingSeats: 12, setting: nil) == 3)
        #expect(
            VoteTally(votesFor: 1, against: 1, abstentions: 0, castingVote: .votedFor)
                .problems(presentVoting: 2, votingSeats: 12, quorumSetting: 2).isEmpty)
        #expect(Quorum.problem(setting: "") == nil && Quorum.problem(setting: " 6 ") == nil)
        #expect(Quorum.problem(setting: "six") != nil && Quorum.problem(setting: "0") != nil && Quorum.problem(setting: "501") != nil)
    }

    @Test(
        "more for than against carries, more against loses, a tie goes with the casting vote and falls without one",
        arguments: zip(
            [
                VoteTally(votesFor: 5, against: 2, abstentions: 1),
                VoteTally(votesFor: 2, against: 5, abstentions: 0),
                VoteTally(votesFor: 3, against: 3, abstentions: 0, castingVote: .votedFor),
                VoteTally(votesFor: 3, against: 3, abstentions: 0, castingVote: .against),
                VoteTally(votesFor: 3, against: 3, abstentions: 2)
            ],
            [VoteOutcome.carried, .lost, .carried, .lost, .lost]))
    func outcome(_ tally: VoteTally, _ expected: VoteOutcome) {
        #expect(tally.outcome == expected)
    }

    @Test("a vote is refused when the meeting is inquorate, counts more voters than are present, or casts a vote with no tie")
    func problems() {
        #expect(
            VoteTally(votesFor: 1, against: 1, abstentions: 0).problems(presentVoting: 2, votingSeats: 12).first?
                .contains("not quorate") == true)
        #expect(
            VoteTally(votesFor: 4, against: 1, abstentions: 0).problems(presentVoting: 4, votingSeats: 12).first?
                .contains("only 4 voting members") == true)
        #expect(
            VoteTally(votesFor: 3, against: 1, abstentions: 0, castingVote: .votedFor).problems(presentVoting: 4, votingSeats: 12)
                == ["The chair gives a casting vote only when the votes are tied."])
        #expect(VoteTally(votesFor: 2, against: 2, abstentions: 0, castingVote: .votedFor).problems(presentVoting: 4, votingSeats: 12).isEmpty)
    }

    @Test("late arrivals count from the minute they arrived during; early leavers stop counting at the minute they left during")
    func presence() {
        let at = MinuteNumber(194)
        #expect(Quorum.isPresent(at: at, arrivedDuring: MinuteNumber(193), leftDuring: nil))
        #expect(Quorum.isPresent(at: at, arrivedDuring: MinuteNumber(194), leftDuring: nil))
        #expect(!Quorum.isPresent(at: at, arrivedDuring: MinuteNumber(195), leftDuring: nil))
        #expect(!Quorum.isPresent(at: at, arrivedDuring: nil, leftDuring: MinuteNumber(194)))
        #expect(Quorum.isPresent(at: at, arrivedDuring: nil, leftDuring: MinuteNumber(195)))
        #expect(!Quorum.votes(status: .present, seatRole: .secretariat))
        #expect(Quorum.votes(status: .substitute, seatRole: .member))
        #expect(!Quorum.votes(status: .apologies, seatRole: .chairman))
    }

    @Test("a recorded vote's counts come from its ballots")
    func ballots() {
        let tally = VoteTally(ballots: [.votedFor, .votedFor, .against, .abstain])
        #expect(tally == VoteTally(votesFor: 2, against: 1, abstentions: 1))
    }
}
