/// An item proposed for a future meeting of a body.
public struct ForwardPlanItem: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var bodyID: Int64
    public var title: String
    public var proposer: String
    public var leadOfficer: String?
    public var targetMeetingID: Int64?
    /// The date of the target meeting, for lists.
    public var targetDate: LocalDate?
    public var status: ForwardPlanStatus
    public var part: AgendaPart
    public var exemptReason: String?
    public var notes: String?
    /// The indicator a sub-group escalated, when the item is one: its chart and figures go into the pack.
    public var indicatorID: Int64?

    public init(
        id: Int64, bodyID: Int64, title: String, proposer: String, leadOfficer: String? = nil,
        targetMeetingID: Int64? = nil, targetDate: LocalDate? = nil, status: ForwardPlanStatus = .proposed,
        part: AgendaPart = .one, exemptReason: String? = nil, notes: String? = nil, indicatorID: Int64? = nil
    ) {
        self.indicatorID = indicatorID
        self.id = id
        self.bodyID = bodyID
        self.title = title
        self.proposer = proposer
        self.leadOfficer = leadOfficer
        self.targetMeetingID = targetMeetingID
        self.targetDate = targetDate
        self.status = status
        self.part = part
        self.exemptReason = exemptReason
        self.notes = notes
    }
}
