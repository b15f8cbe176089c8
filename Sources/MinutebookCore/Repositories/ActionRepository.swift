/// The action tracker: actions and their history. Each method is one intention and one transaction;
/// reads take the `Audience` and apply `Visibility`.
public protocol ActionRepository: Sendable {
    /// Actions matching `filter` that `audience` may see, newest meeting first.
    func actions(_ filter: ActionFilter, audience: Audience) async throws -> [TrackedAction]
    /// One action of a body of partnership `partnershipID`, with its minute, resolution, owners and
    /// history; nil when unknown, of another partnership, or not visible to `audience`.
    func action(id: Int64, in partnershipID: Int64, audience: Audience) async throws -> TrackedAction?
    /// Records an update (and optionally a status change) on an action.
    func recordUpdate(on actionID: Int64, text: String, status: ActionStatus?, via: ActionUpdateChannel,
                      by editor: ActionEditor) async throws
    /// Changes the status of many actions at once, all or none; returns how many changed.
    func changeStatus(of actionIDs: [Int64], to status: ActionStatus, note: String, by editor: ActionEditor) async throws -> Int
    /// Open, in progress, overdue and done actions per partner organisation of the partnership, as
    /// `audience` may see them.
    func organisationOverview(partnershipID: Int64, today: LocalDate, audience: Audience) async throws -> [OrganisationActionCounts]
}

/// The Matters Arising report of a meeting: drafted from the open actions, saved, published as an
/// agenda item, and the meeting's outcomes recorded on it.
public protocol MattersArisingRepository: Sendable {
    /// The Matters Arising report for the meeting of `bodyID` on `date`: the saved or published one
    /// if there is one, else a fresh draft (the meeting need not exist yet).
    func mattersArising(bodyID: Int64, date: LocalDate, audience: Audience) async throws -> MattersArisingReport
    /// Saves the secretariat's edited draft of the meeting's report.
    func saveMattersArising(meetingID: Int64, entries: [MattersArising.SavedEntry], by editor: ActionEditor) async throws
    /// Publishes the report as an agenda item of the meeting; returns the item's id.
    func publishMattersArising(meetingID: Int64, by editor: ActionEditor) async throws -> Int64
    /// Records what the meeting decided for each entry (by entry key): closed entries close their actions.
    func recordOutcomes(meetingID: Int64, outcomes: [String: MattersArisingOutcome], by editor: ActionEditor) async throws
    /// The meeting of `bodyID` on `date`, if there is one.
    func meetingID(bodyID: Int64, date: LocalDate) async throws -> Int64?
}

/// Threads: a matter across meetings, a later minute linked to the earlier one it reports back on.
public protocol ThreadRepository: Sendable {
    /// Links a later minute to the earlier one it reports back on.
    func linkThread(earlierMinuteID: Int64, laterMinuteID: Int64, by editor: ActionEditor) async throws
    /// Removes the direct link between two minutes of a thread (a link made by mistake).
    func unlinkThread(_ minuteID: Int64, from otherMinuteID: Int64, by editor: ActionEditor) async throws
    /// The minutes linked directly to `minuteID`, earlier or later.
    func threadNeighbours(of minuteID: Int64) async throws -> Set<Int64>
    /// Every minute of the thread `minuteID` belongs to, oldest first, that `audience` may see.
    func thread(of minuteID: Int64, audience: Audience) async throws -> [ThreadMinute]
    /// A minute as the thread page names it, with its body and partnership, if `audience` may see it.
    func minuteReference(id minuteID: Int64, audience: Audience) async throws -> (minute: MinuteReference, bodyID: Int64, partnershipID: Int64)?
    /// Minutes of the same body from later meetings, not yet in the thread, nearest first (at most `limit`).
    func laterMinutes(than minuteID: Int64, limit: Int) async throws -> [MinuteReference]
}

extension ThreadRepository {
    /// Later minutes a matter can be linked to, at most 300.
    public func laterMinutes(than minuteID: Int64) async throws -> [MinuteReference] {
        try await laterMinutes(than: minuteID, limit: 300)
    }
}

/// One minute of a thread: a matter that came back to later meetings.
public struct ThreadMinute: Sendable, Equatable {
    public var minute: MinuteReference
    public var text: String
    public var resolutions: [String]

    public init(minute: MinuteReference, text: String, resolutions: [String]) {
        self.minute = minute
        self.text = text
        self.resolutions = resolutions
    }
}

/// History the packs settled: what was concluded about each action (and undone by the secretariat),
/// and the bulk close for what no pack settles.
public protocol ActionHistoryRepository: Sendable {
    /// What the packs led the store to conclude about an action (an update kept it open, left out of
    /// a report it was settled, an agenda item answered it), each with its document and line, oldest first.
    func inferences(actionID: Int64) async throws -> [StoredInference]
    /// The secretariat takes an inference back: the action is as it was before it, and the inference
    /// is never drawn again.
    func undoInference(id: Int64, by editor: ActionEditor) async throws
    /// Every still-open action of the body's meetings before `date`: counted, and closed when `apply`
    /// (each with a history line, audited as the editor). Returns the count.
    func closeActions(bodyID: Int64, before date: LocalDate, apply: Bool, by editor: ActionEditor,
                      via channel: ActionUpdateChannel) async throws -> Int
}
