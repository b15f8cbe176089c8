/// A meeting's agenda as an audience may see it.
public struct Agenda: Sendable, Equatable {
    public var meeting: Meeting
    public var body: Body
    public var entries: [AgendaEntry]

    public init(meeting: Meeting, body: Body, entries: [AgendaEntry]) {
        self.meeting = meeting
        self.body = body
        self.entries = entries
    }

    /// Items added after the pack was issued, printed as a supplementary agenda.
    public var supplementary: [AgendaEntry] { entries.filter(\.isSupplementary) }
}
