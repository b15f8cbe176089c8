/// One organisation's actions across a partnership's bodies, counted by state: the overview by organisation.
public struct OrganisationActionCounts: Sendable, Equatable {
    public var organisationID: Int64
    public var name: String
    public var open: Int
    public var inProgress: Int
    /// Open or in progress, and past the due date (also counted in `open` or `inProgress`).
    public var overdue: Int
    public var done: Int
    /// Dropped or superseded.
    public var closedOtherwise: Int

    public init(
        organisationID: Int64, name: String, open: Int = 0, inProgress: Int = 0, overdue: Int = 0, done: Int = 0,
        closedOtherwise: Int = 0
    ) {
        self.organisationID = organisationID
        self.name = name
        self.open = open
        self.inProgress = inProgress
        self.overdue = overdue
        self.done = done
        self.closedOtherwise = closedOtherwise
    }

    public var total: Int { open + inProgress + done + closedOtherwise }
}
