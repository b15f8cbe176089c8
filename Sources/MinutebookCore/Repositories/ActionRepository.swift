/// Actions, their history, succession and the Matters Arising report. Each method is one intention
/// and one transaction; reads take the `Audience` and apply `Visibility`.
public protocol ActionRepository: Sendable {
    /// Actions matching `filter` that `audience` may see, newest meeting first.
    func actions(_ filter: ActionFilter, audience: Audience) async throws -> [TrackedAction]
    /// One action with its minute, resolution, owners and history, or nil when unknown or not visible.
    func action(id: Int64, audience: Audience) async throws -> TrackedAction?
    /// Records an update (and optionally a status change) on an action.
    func recordUpdate(on actionID: Int64, text: String, status: ActionStatus?, via: ActionUpdateChannel,
                      by editor: ActionEditor) async throws
    /// Changes the status of many actions at once, all or none; returns how many changed.
    func changeStatus(of actionIDs: [Int64], to status: ActionStatus, note: String, by editor: ActionEditor) async throws -> Int
    /// Ends the current holding of `seatID`, starts `successorID`'s, and forwards the open actions.
    func passSeat(_ seatID: Int64, to successorID: Int64, on date: LocalDate, by editor: ActionEditor) async throws -> [Succession.Forwarding]

    /// The Matters Arising report for the meeting of `bodyID` on `date`: the saved or published one
    /// if there is one, else a fresh draft (the meeting need not exist yet).
    func mattersArising(bodyID: Int64, date: LocalDate, audience: Audience) async throws -> MattersArisingReport
    /// Saves the secretariat's edited draft of the meeting's report.
    func saveMattersArising(meetingID: Int64, entries: [MattersArising.SavedEntry], by editor: ActionEditor) async throws
    /// Publishes the report as an agenda item of the meeting; returns the item's id.
    func publishMattersArising(meetingID: Int64, by editor: ActionEditor) async throws -> Int64
    /// Records what the meeting decided for each entry (by entry key): closed entries close their actions.
    func recordOutcomes(meetingID: Int64, outcomes: [String: MattersArisingOutcome], by editor: ActionEditor) async throws

    /// Links a later minute to the earlier one it reports back on.
    func linkThread(earlierMinuteID: Int64, laterMinuteID: Int64, by editor: ActionEditor) async throws
    /// Removes the direct link between two minutes of a thread (a link made by mistake).
    func unlinkThread(_ minuteID: Int64, from otherMinuteID: Int64, by editor: ActionEditor) async throws
    /// The minutes linked directly to `minuteID`, earlier or later.
    func threadNeighbours(of minuteID: Int64) async throws -> Set<Int64>
    /// Every minute of the thread `minuteID` belongs to, oldest first, that `audience` may see.
    func thread(of minuteID: Int64, audience: Audience) async throws -> [ThreadMinute]
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
