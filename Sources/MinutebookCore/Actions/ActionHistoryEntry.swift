/// One entry of an action's history: an update typed by its owner, a status change, a succession.
public struct ActionHistoryEntry: Sendable, Equatable, Codable {
    /// UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`; orders the history.
    public var at: String
    public var authorName: String?
    public var text: String
    public var statusFrom: ActionStatus?
    public var statusTo: ActionStatus?
    public var via: ActionUpdateChannel

    public init(
        at: String, authorName: String? = nil, text: String, statusFrom: ActionStatus? = nil,
        statusTo: ActionStatus? = nil, via: ActionUpdateChannel
    ) {
        self.at = at
        self.authorName = authorName
        self.text = text
        self.statusFrom = statusFrom
        self.statusTo = statusTo
        self.via = via
    }

    /// The day of the entry, from its timestamp.
    public var date: LocalDate? { LocalDate(iso: at.prefix(10)) }

    /// An update a person wrote (not a bare status change, not a forwarding note).
    public var isWrittenUpdate: Bool { via != .succession && via != .meeting && !text.isEmpty }

    /// The author as the history shows it, to members too: never a sign-in e-mail (issue 17, item 13).
    /// Entries written before accounts were named by role carry the e-mail; they show the secretariat.
    public var shownAuthor: String {
        guard let name = authorName, !name.isEmpty else { return "Unknown" }
        return name.contains("@") ? UserRole.secretariat.label : name
    }
}
