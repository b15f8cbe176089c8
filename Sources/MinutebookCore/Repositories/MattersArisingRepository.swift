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
