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

    public init(
        agendaItem: AgendaItem, state: LiveItemState = .pending, number: MinuteNumber? = nil, notes: String = "",
        version: Int = 0, resolutions: [String] = [], actions: [LiveAction] = [], votes: [RecordedVote] = [],
        declarations: [InterestDeclaration] = []
    ) {
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
