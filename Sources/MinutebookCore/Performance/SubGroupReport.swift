/// A sub-group's report to the board, in the template every sub-group uses.
public struct SubGroupReport: Sendable, Equatable, Identifiable {
    public var id: Int64
    /// The sub-group reporting.
    public var bodyID: Int64
    /// The board meeting it is for.
    public var meetingID: Int64
    public var status: SubGroupReportStatus
    public var filedOn: LocalDate?
    /// Date of the last board meeting the report covers from.
    public var lastBoardOn: LocalDate?
    public var author: String
    public var operationalUpdate: String
    public var strategicUpdate: String
    public var actionPlanUpdate: String
    /// Each entry proposes a resolution of the board.
    public var actionsForPartnership: [String]
    /// The agenda item it became, once on the agenda.
    public var agendaItemID: Int64?

    public init(
        id: Int64, bodyID: Int64, meetingID: Int64, status: SubGroupReportStatus = .draft, filedOn: LocalDate? = nil,
        lastBoardOn: LocalDate? = nil, author: String = "", operationalUpdate: String = "", strategicUpdate: String = "",
        actionPlanUpdate: String = "", actionsForPartnership: [String] = [], agendaItemID: Int64? = nil
    ) {
        self.id = id
        self.bodyID = bodyID
        self.meetingID = meetingID
        self.status = status
        self.filedOn = filedOn
        self.lastBoardOn = lastBoardOn
        self.author = author
        self.operationalUpdate = operationalUpdate
        self.strategicUpdate = strategicUpdate
        self.actionPlanUpdate = actionPlanUpdate
        self.actionsForPartnership = actionsForPartnership
        self.agendaItemID = agendaItemID
    }

    /// The board's proposed resolutions, one per "action for the partnership".
    public var proposedResolutions: [String] {
        actionsForPartnership.map { SubGroupReport.resolutionText(for: $0) }
    }

    /// "RESOLVED that the Partnership support the proposal for ...": the action as the board would
    /// resolve it, with any leading "The Partnership is asked to" folded in.
    public static func resolutionText(for action: String) -> String {
        var text = action.trimmingWhitespace()
        for lead in ["The Partnership is asked to ", "the Partnership is asked to ", "Partnership to ", "To "] where text.hasPrefix(lead) {
            text.removeFirst(lead.count)
        }
        if let first = text.first, first.isUppercase, !(text.dropFirst().first?.isUppercase ?? false) {
            text = first.lowercased() + text.dropFirst()
        }
        if text.hasSuffix(".") { text.removeLast() }
        return "RESOLVED that the Partnership \(text)."
    }
}
