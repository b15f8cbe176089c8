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
            problems.append(
                FieldProblem(
                    field: "operationalUpdate",
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
