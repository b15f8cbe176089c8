/// Where a meeting is in its cycle. The order is the order of the cycle.
public enum MeetingStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case scheduled
    case agendaPublished = "agenda_published"
    case held
    case minutesDrafted = "minutes_drafted"
    case minutesApproved = "minutes_approved"
    case cancelled

    private var rank: Int { MeetingStatus.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: MeetingStatus, b: MeetingStatus) -> Bool { a.rank < b.rank }

    public var label: String {
        switch self {
        case .scheduled: "Scheduled"
        case .agendaPublished: "Agenda published"
        case .held: "Held"
        case .minutesDrafted: "Minutes drafted"
        case .minutesApproved: "Minutes approved"
        case .cancelled: "Cancelled"
        }
    }
}
