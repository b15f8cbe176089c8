/// Where an item of a body's forward plan (work programme) stands.
public enum ForwardPlanStatus: String, Codable, Sendable, CaseIterable {
    case proposed
    case scheduled
    case deferred
    case taken
    case dropped

    public var label: String {
        switch self {
        case .proposed: "Proposed"
        case .scheduled: "Scheduled"
        case .deferred: "Deferred"
        case .taken: "Taken"
        case .dropped: "Dropped"
        }
    }

    /// Still waiting to be taken at a meeting.
    public var isOpen: Bool { self == .proposed || self == .scheduled || self == .deferred }
}

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

    public init(id: Int64, bodyID: Int64, title: String, proposer: String, leadOfficer: String? = nil,
                targetMeetingID: Int64? = nil, targetDate: LocalDate? = nil, status: ForwardPlanStatus = .proposed,
                part: AgendaPart = .one, exemptReason: String? = nil, notes: String? = nil, indicatorID: Int64? = nil) {
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

    public init(title: String, proposer: String, leadOfficer: String? = nil, targetMeetingID: Int64? = nil,
                part: AgendaPart = .one, exemptReason: String? = nil, notes: String? = nil, indicatorID: Int64? = nil) {
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

/// One change of a forward-plan item's status or target meeting: its history.
public struct ForwardPlanMove: Sendable, Equatable, Codable {
    public var at: String
    public var from: ForwardPlanStatus?
    public var to: ForwardPlanStatus
    public var fromDate: LocalDate?
    public var toDate: LocalDate?
    public var reason: String?

    public init(at: String, from: ForwardPlanStatus?, to: ForwardPlanStatus, fromDate: LocalDate? = nil,
                toDate: LocalDate? = nil, reason: String? = nil) {
        self.at = at
        self.from = from
        self.to = to
        self.fromDate = fromDate
        self.toDate = toDate
        self.reason = reason
    }
}

extension String {
    /// Without leading and trailing spaces and newlines (Core has no Foundation).
    var trimmed: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
