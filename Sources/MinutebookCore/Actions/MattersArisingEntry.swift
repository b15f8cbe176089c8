/// The Matters Arising report (DOMAIN.md, "Matters Arising"): before each meeting, every action still
/// outstanding from earlier meetings of the body, one entry per minute, in the columns of the hand-made
/// report: minute number, date and title | what was resolved | update.
public struct MattersArisingEntry: Sendable, Equatable, Codable {
    /// Identifies the entry across drafts: `m<minuteID>` for a minute's actions, `c<entryID>` for an
    /// entry carried forward from an older report, `n<entryID>` for one the secretariat added.
    public var key: String
    public var minute: MinuteNumber?
    public var minuteID: Int64?
    public var meetingDate: LocalDate?
    public var title: String
    public var resolved: String
    public var owners: [String]
    public var update: String
    public var status: ActionStatus
    public var part: AgendaPart
    /// The actions behind the entry (empty for carried-forward or added entries).
    public var actionIDs: [Int64]
    /// The secretariat changed the drafted text.
    public var isEdited: Bool
    /// What the meeting decided about the entry of a published report, once recorded.
    public var outcome: MattersArisingOutcome?
    /// The entry's actions are private (named individuals, safeguarding detail): the whole entry,
    /// owners and updates included, needs the Part 2 grant. A minute's private actions make an entry
    /// of their own.
    public var isPrivate = false
    /// The minute's meeting has approved minutes; otherwise what was resolved is quoted from draft
    /// minutes and printed "draft, subject to approval".
    public var minutesApproved = true

    public init(
        key: String, minute: MinuteNumber?, minuteID: Int64?, meetingDate: LocalDate?, title: String, resolved: String,
        owners: [String], update: String, status: ActionStatus, part: AgendaPart = .one, actionIDs: [Int64] = [],
        isEdited: Bool = false, outcome: MattersArisingOutcome? = nil
    ) {
        self.outcome = outcome
        self.key = key
        self.minute = minute
        self.minuteID = minuteID
        self.meetingDate = meetingDate
        self.title = title
        self.resolved = resolved
        self.owners = owners
        self.update = update
        self.status = status
        self.part = part
        self.actionIDs = actionIDs
        self.isEdited = isEdited
    }

    /// "Minute 186a" as the report's first column prints it.
    public var minuteLabel: String { minute.map { "Minute \($0.text)" } ?? "" }

    /// The words every edition prints beside what was resolved in draft minutes.
    public static let draftMark = "Draft, subject to approval"
}
