/// What a new forward-plan item says.
public struct ForwardPlanProposal: Sendable, Equatable {
    public var title: String
    public var proposer: String
    public var leadOfficer: String?
    /// The meeting it is proposed for, if known (then it is scheduled).
    public var targetMeetingID: Int64?
    public var part: AgendaPart
    public var exemptReason: String?
    public var notes: String?
    /// The indicator escalated, for an item that is one.
    public var indicatorID: Int64?

    public init(
        title: String, proposer: String, leadOfficer: String? = nil, targetMeetingID: Int64? = nil,
        part: AgendaPart = .one, exemptReason: String? = nil, notes: String? = nil, indicatorID: Int64? = nil
    ) {
        self.indicatorID = indicatorID
        self.title = title
        self.proposer = proposer
        self.leadOfficer = leadOfficer
        self.targetMeetingID = targetMeetingID
        self.part = part
        self.exemptReason = exemptReason
        self.notes = notes
    }

    /// Field problems, as (field, message) for forms and the CLI.
    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if title.trimmed.isEmpty { problems.append(("title", "Enter the item's title")) }
        if proposer.trimmed.isEmpty { problems.append(("proposer", "Enter who proposed the item")) }
        if part == .two && (exemptReason ?? "").trimmed.isEmpty {
            problems.append(("exemptReason", "Give the exempt reason for a Part 2 item"))
        }
        return problems
    }
}
