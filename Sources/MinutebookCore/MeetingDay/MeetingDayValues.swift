/// What the secretariat records while the meeting happens: the register, each item's notes,
/// resolutions and actions, votes and declarations of interest.

/// One line of the live register: an attendance line, with the minutes during which a member
/// arrived late or left early (named by the agenda item then being taken).
public struct RegisterEntry: Sendable, Equatable {
    public var attendance: AttendanceInput
    public var arrivedDuringItemID: Int64?
    public var leftDuringItemID: Int64?

    public init(_ attendance: AttendanceInput, arrivedDuringItemID: Int64? = nil, leftDuringItemID: Int64? = nil) {
        self.attendance = attendance
        self.arrivedDuringItemID = arrivedDuringItemID
        self.leftDuringItemID = leftDuringItemID
    }
}

/// An action agreed at the meeting: its owner is a person or a seat (whoever holds it).
public struct LiveAction: Sendable, Equatable, Codable {
    public var text: String
    public var due: LocalDate?
    public var ownerPersonID: Int64?
    public var ownerSeatID: Int64?

    public init(text: String, due: LocalDate? = nil, ownerPersonID: Int64? = nil, ownerSeatID: Int64? = nil) {
        self.text = text
        self.due = due
        self.ownerPersonID = ownerPersonID
        self.ownerSeatID = ownerSeatID
    }
}

/// One save of an item's notes. `version` is the version the clerk's copy started from: a save over
/// someone else's later save is refused (a `.conflict`), never applied.
public struct LiveItemEdit: Sendable, Equatable {
    public var agendaItemID: Int64
    public var version: Int
    public var notes: String
    public var resolutions: [String]
    public var actions: [LiveAction]

    public init(agendaItemID: Int64, version: Int, notes: String, resolutions: [String] = [], actions: [LiveAction] = []) {
        self.agendaItemID = agendaItemID
        self.version = version
        self.notes = notes
        self.resolutions = resolutions
        self.actions = actions
    }
}

/// An agenda item as the meeting takes it.
public struct LiveItem: Sendable, Equatable {
    public var agendaItem: AgendaItem
    public var state: LiveItemState
    public var number: MinuteNumber?
    public var notes: String
    /// 0 until first saved; each save adds one.
    public var version: Int
    public var resolutions: [String]
    public var actions: [LiveAction]
    public var votes: [RecordedVote]
    public var declarations: [InterestDeclaration]

    public init(agendaItem: AgendaItem, state: LiveItemState = .pending, number: MinuteNumber? = nil, notes: String = "",
                version: Int = 0, resolutions: [String] = [], actions: [LiveAction] = [], votes: [RecordedVote] = [],
                declarations: [InterestDeclaration] = []) {
        self.agendaItem = agendaItem
        self.state = state
        self.number = number
        self.notes = notes
        self.version = version
        self.resolutions = resolutions
        self.actions = actions
        self.votes = votes
        self.declarations = declarations
    }
}

/// A meeting in progress (or closed): its items in agenda order.
public struct LiveMeeting: Sendable, Equatable {
    public var meetingID: Int64
    public var openedAt: String
    public var closedAt: String?
    public var items: [LiveItem]

    public init(meetingID: Int64, openedAt: String, closedAt: String? = nil, items: [LiveItem]) {
        self.meetingID = meetingID
        self.openedAt = openedAt
        self.closedAt = closedAt
        self.items = items
    }

    public var isClosed: Bool { closedAt != nil }
    /// Items not yet taken, deferred or withdrawn: the meeting cannot close while any remain.
    public var pending: [LiveItem] { items.filter { $0.state == .pending } }
    /// Items in the order of their minute numbers.
    public var numbered: [LiveItem] { items.filter { $0.number != nil }.sorted { ($0.number ?? MinuteNumber(0)) < ($1.number ?? MinuteNumber(0)) } }
}

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

    public init(id: Int64, agendaItemID: Int64, motion: String, kind: VoteKind, tally: VoteTally, outcome: VoteOutcome,
                presentVoting: Int, quorum: Int, ballots: [Ballot] = []) {
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

public enum InterestKind: String, Codable, Sendable, CaseIterable {
    case pecuniary
    case other

    public var label: String {
        switch self {
        case .pecuniary: "Pecuniary interest"
        case .other: "Other interest"
        }
    }
}

/// A member's declaration of interest in an item.
public struct InterestDeclaration: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var agendaItemID: Int64
    public var personID: Int64?
    public var name: String
    public var kind: InterestKind
    public var text: String

    public init(id: Int64, agendaItemID: Int64, personID: Int64?, name: String, kind: InterestKind, text: String) {
        self.id = id
        self.agendaItemID = agendaItemID
        self.personID = personID
        self.name = name
        self.kind = kind
        self.text = text
    }

    /// "Ada Quill declared a pecuniary interest: Owns a shop on the high street" as the minutes print it.
    public var sentence: String {
        "\(name) declared a \(kind == .pecuniary ? "pecuniary" : "non-pecuniary") interest: \(text)"
    }
}

public struct DeclarationInput: Sendable, Equatable {
    public var agendaItemID: Int64
    public var personID: Int64?
    public var name: String
    public var kind: InterestKind
    public var text: String

    public init(agendaItemID: Int64, personID: Int64?, name: String, kind: InterestKind, text: String) {
        self.agendaItemID = agendaItemID
        self.personID = personID
        self.name = name
        self.kind = kind
        self.text = text
    }
}

/// A voting member in the room at an item.
public struct Voter: Sendable, Equatable {
    public var personID: Int64?
    public var name: String
    public init(personID: Int64?, name: String) {
        self.personID = personID
        self.name = name
    }
}

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
