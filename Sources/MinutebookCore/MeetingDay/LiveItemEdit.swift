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
