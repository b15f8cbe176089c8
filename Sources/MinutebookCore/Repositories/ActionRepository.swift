/// The action tracker: actions and their history. Each method is one intention and one transaction;
/// reads take the `Audience` and apply `Visibility`.
public protocol ActionRepository: Sendable {
    /// Actions matching `filter` that `audience` may see, newest meeting first.
    func actions(_ filter: ActionFilter, audience: Audience) async throws -> [TrackedAction]
    /// One action of a body of partnership `partnershipID`, with its minute, resolution, owners and
    /// history; nil when unknown, of another partnership, or not visible to `audience`.
    func action(id: Int64, in partnershipID: Int64, audience: Audience) async throws -> TrackedAction?
    /// Records an update (and optionally a status change) on an action.
    func recordUpdate(
        on actionID: Int64, text: String, status: ActionStatus?, via: ActionUpdateChannel,
        by editor: ActionEditor) async throws
    /// Changes the status of many actions at once, all or none; returns how many changed.
    func changeStatus(of actionIDs: [Int64], to status: ActionStatus, note: String, by editor: ActionEditor) async throws -> Int
    /// Open, in progress, overdue and done actions per partner organisation of the partnership, as
    /// `audience` may see them.
    func organisationOverview(partnershipID: Int64, today: LocalDate, audience: Audience) async throws -> [OrganisationActionCounts]
}
