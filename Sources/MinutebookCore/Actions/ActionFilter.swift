/// Filters of the tracker. Every filter is optional; `bodyID` or `ownerPersonID` keep the query on an index.
public struct ActionFilter: Sendable, Equatable {
    /// Every body of the partnership (the tracker's widest view).
    public var partnershipID: Int64?
    public var bodyID: Int64?
    public var meetingID: Int64?
    public var ownerPersonID: Int64?
    public var ownerOrganisationID: Int64?
    public var ownerSeatID: Int64?
    public var statuses: Set<ActionStatus>
    /// Only actions due on or before this date (and not yet done).
    public var dueBy: LocalDate?
    /// Only actions whose due date has passed on this day.
    public var overdueOn: LocalDate?
    public var limit: Int

    public init(
        partnershipID: Int64? = nil, bodyID: Int64? = nil, meetingID: Int64? = nil, ownerPersonID: Int64? = nil, ownerOrganisationID: Int64? = nil,
        ownerSeatID: Int64? = nil, statuses: Set<ActionStatus> = [], dueBy: LocalDate? = nil, overdueOn: LocalDate? = nil,
        limit: Int = 500
    ) {
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.meetingID = meetingID
        self.ownerPersonID = ownerPersonID
        self.ownerOrganisationID = ownerOrganisationID
        self.ownerSeatID = ownerSeatID
        self.statuses = statuses
        self.dueBy = dueBy
        self.overdueOn = overdueOn
        self.limit = limit
    }
}
