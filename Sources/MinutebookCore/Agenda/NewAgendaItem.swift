/// An agenda item to be written: what drafting, editing and the supplementary agenda produce.
public struct NewAgendaItem: Sendable, Equatable {
    public var title: String
    public var level: Int
    public var kind: StandingItemKind?
    public var description: String?
    public var part: AgendaPart
    public var exemptReason: String?
    public var leadOfficer: String?
    public var reportReference: String?
    public var expectsReport: Bool
    public var isSupplementary: Bool
    public var forwardPlanItemID: Int64?

    public init(
        title: String, level: Int = 0, kind: StandingItemKind? = nil, description: String? = nil,
        part: AgendaPart = .one, exemptReason: String? = nil, leadOfficer: String? = nil,
        reportReference: String? = nil, expectsReport: Bool = false, isSupplementary: Bool = false,
        forwardPlanItemID: Int64? = nil
    ) {
        self.title = title
        self.level = level
        self.kind = kind
        self.description = description
        self.part = part
        self.exemptReason = exemptReason
        self.leadOfficer = leadOfficer
        self.reportReference = reportReference
        self.expectsReport = expectsReport
        self.isSupplementary = isSupplementary
        self.forwardPlanItemID = forwardPlanItemID
    }

    /// Field problems, as (field, message) for forms and the CLI.
    public var problems: [(field: String, message: String)] {
        var problems: [(String, String)] = []
        if title.trimmed.isEmpty { problems.append(("title", "Enter the item's title")) }
        if !(0...1).contains(level) { problems.append(("level", "An item is either numbered or a lettered sub-item")) }
        if part == .two && (exemptReason ?? "").trimmed.isEmpty {
            problems.append(("exemptReason", "Give the exempt reason for a Part 2 item"))
        }
        return problems
    }
}
