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

/// Part 1 items are public; Part 2 items are exempt and seen by members only.
public enum AgendaPart: Int, Codable, Sendable, CaseIterable {
    case one = 1
    case two = 2
}

/// How a person took part in a meeting (the contract's `status`).
public enum AttendanceStatus: String, Codable, Sendable, CaseIterable {
    case present
    case virtual
    case alsoPresent = "also_present"
    case apologies
    case substitute
    case absent

    public var label: String {
        switch self {
        case .present: "Present"
        case .virtual: "Attended virtually"
        case .alsoPresent: "Also present"
        case .apologies: "Apologies"
        case .substitute: "Substitute"
        case .absent: "Absent"
        }
    }

    /// Counts towards a person's attendance record.
    public var attended: Bool { self == .present || self == .virtual || self == .substitute || self == .alsoPresent }
}

/// A chairing position at a meeting (the contract's `position`).
public enum ChairPosition: String, Codable, Sendable, CaseIterable {
    case chairman
    case viceChairman = "vice_chairman"
    case coChair = "co_chair"

    public var label: String {
        switch self {
        case .chairman: "Chairman"
        case .viceChairman: "Vice-Chairman"
        case .coChair: "Co-Chair"
        }
    }
}

/// The role a seat carries on a body.
public enum SeatRole: String, Codable, Sendable, CaseIterable {
    case chairman
    case viceChairman = "vice_chairman"
    case coChair = "co_chair"
    case member
    case secretariat
    case adviser
    case guest

    public var label: String {
        switch self {
        case .chairman: "Chairman"
        case .viceChairman: "Vice-Chairman"
        case .coChair: "Co-Chair"
        case .member: "Member"
        case .secretariat: "Secretariat"
        case .adviser: "Adviser"
        case .guest: "Invited guest"
        }
    }
}

/// A body is the main board of a partnership or a sub-group reporting to another body.
public enum BodyKind: String, Codable, Sendable, CaseIterable {
    case board
    case subGroup = "sub_group"
}

/// Where an action stands.
public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case open
    case inProgress = "in_progress"
    case done
    case dropped
    case superseded

    /// Still to be chased in Matters Arising.
    public var isOutstanding: Bool { self == .open || self == .inProgress }

    public var label: String {
        switch self {
        case .open: "Open"
        case .inProgress: "In progress"
        case .done: "Done"
        case .dropped: "Dropped"
        case .superseded: "Superseded"
        }
    }
}

/// What an account may do in its partnership.
public enum UserRole: String, Codable, Sendable, CaseIterable {
    case administrator
    case secretariat
    case member
    case officer
}
