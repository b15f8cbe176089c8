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
