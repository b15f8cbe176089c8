/// Where a sub-group report is in its life.
public enum SubGroupReportStatus: String, Sendable, Codable, CaseIterable {
    /// Being filled in by the sub-group's chair: private to the sub-group and secretariat.
    case draft
    /// Filed for the board meeting: the secretariat can put it on the agenda.
    case submitted
    /// On the board's agenda as the sub-group's item; public where the board's agenda is public.
    case onAgenda = "on_agenda"

    public var label: String {
        switch self {
        case .draft: "Draft"
        case .submitted: "Submitted"
        case .onAgenda: "On the board's agenda"
        }
    }
}

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

    public init(id: Int64, bodyID: Int64, meetingID: Int64, status: SubGroupReportStatus = .draft, filedOn: LocalDate? = nil,
                lastBoardOn: LocalDate? = nil, author: String = "", operationalUpdate: String = "", strategicUpdate: String = "",
                actionPlanUpdate: String = "", actionsForPartnership: [String] = [], agendaItemID: Int64? = nil) {
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

/// A field of the report form with what is wrong with it.
public struct FieldProblem: Sendable, Equatable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// The template's rules, checked when the chair files the report (a draft may be saved incomplete).
public enum SubGroupReportRules {
    /// Problems that stop the report being filed, in the form's order.
    public static func problemsFiling(_ report: SubGroupReport) -> [FieldProblem] {
        var problems: [FieldProblem] = []
        if report.author.trimmingWhitespace().isEmpty {
            problems.append(FieldProblem(field: "author", message: "Enter the author of the report"))
        }
        if report.filedOn == nil {
            problems.append(FieldProblem(field: "filedOn", message: "Enter the date the report is filed"))
        }
        if let filed = report.filedOn, let last = report.lastBoardOn, last > filed {
            problems.append(FieldProblem(field: "lastBoardOn", message: "The last board meeting must be on or before the date filed"))
        }
        let sections = [report.operationalUpdate, report.strategicUpdate, report.actionPlanUpdate]
        if sections.allSatisfy({ $0.trimmingWhitespace().isEmpty }) {
            problems.append(FieldProblem(field: "operationalUpdate",
                                         message: "Enter at least one of the operational, strategic or action plan updates"))
        }
        return problems
    }

    /// The filing deadline: the day reports are due for the board meeting's pack, by the one rule
    /// the agenda page and the pack use (`MeetingDeadlines.reports`: working days, weekends and
    /// England and Wales bank holidays skipped).
    public static func deadline(for meetingDate: LocalDate, policy: DeadlinePolicy = .standard) -> LocalDate {
        MeetingDeadlines(meeting: meetingDate, policy: policy).reports
    }

    public static func isLate(filedOn: LocalDate, meetingDate: LocalDate, policy: DeadlinePolicy = .standard) -> Bool {
        filedOn > deadline(for: meetingDate, policy: policy)
    }
}

/// "Who leads on what": a theme with its lead. A seat-based entry follows the seat, so it shows the
/// seat's current holder and stays current when people change.
public struct DirectoryEntry: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var theme: String
    public var seatID: Int64?
    public var seatTitle: String?
    public var personID: Int64?
    public var personName: String?
    public var organisationName: String?
    /// The organisation chosen on the entry itself (otherwise the seat's or the person's).
    public var organisationID: Int64?
    /// Shown only to audiences whose grant includes contact details.
    public var email: String?
    public var phone: String?

    public init(id: Int64, partnershipID: Int64, theme: String, seatID: Int64? = nil, seatTitle: String? = nil,
                personID: Int64? = nil, personName: String? = nil, organisationName: String? = nil,
                email: String? = nil, phone: String? = nil, organisationID: Int64? = nil) {
        self.id = id
        self.organisationID = organisationID
        self.partnershipID = partnershipID
        self.theme = theme
        self.seatID = seatID
        self.seatTitle = seatTitle
        self.personID = personID
        self.personName = personName
        self.organisationName = organisationName
        self.email = email
        self.phone = phone
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}
