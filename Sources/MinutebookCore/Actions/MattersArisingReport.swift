/// A drafted (or saved, or published) report for one meeting of a body.
public struct MattersArisingReport: Sendable, Equatable, Codable {
    public enum State: String, Sendable, Codable {
        /// Worked out from the live actions; nothing saved yet.
        case drafted
        /// The secretariat saved an edited draft.
        case saved
        /// Published as an agenda item of the meeting; fixed.
        case published
    }

    public var bodyID: Int64
    public var bodyName: String
    public var meetingID: Int64?
    public var date: LocalDate
    public var state: State
    public var entries: [MattersArisingEntry]
    public var agendaItemID: Int64?

    public init(
        bodyID: Int64, bodyName: String, meetingID: Int64?, date: LocalDate, state: State = .drafted,
        entries: [MattersArisingEntry], agendaItemID: Int64? = nil
    ) {
        self.bodyID = bodyID
        self.bodyName = bodyName
        self.meetingID = meetingID
        self.date = date
        self.state = state
        self.entries = entries
        self.agendaItemID = agendaItemID
    }

    /// The entries `grant` may see (the one rule, `Visibility.mattersArisingEntry`): Part 2 entries and
    /// private actions only with Part 2 rights; entries quoting draft minutes stay, marked as drafts.
    public func visible(to grant: Visibility.Grant) -> MattersArisingReport {
        var copy = self
        copy.entries = entries.filter {
            Visibility.canSeeMattersArisingEntry(part: $0.part, isPrivate: $0.isPrivate, grant: grant)
        }
        return copy
    }
}
