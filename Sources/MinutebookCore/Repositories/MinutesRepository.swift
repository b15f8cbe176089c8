/// Taking attendance, drafting, approving and correcting minutes. Each method is one intention and
/// one transaction, audited as `editor`. Approved minutes are fixed: every edit of them throws a
/// `.conflict` DomainError and leaves the database unchanged.
public protocol MinutesRepository: Sendable {
    /// Replaces the meeting's attendance list; a scheduled meeting becomes held.
    func recordAttendance(_ entries: [AttendanceInput], meetingID: Int64, by editor: Editor) async throws
    /// Creates one minute per agenda item, numbered by the partnership's `MinuteNumbering` after the
    /// body's earlier minutes of the municipal year; the meeting's minutes become a draft.
    /// Returns the numbers given.
    func startMinutes(meetingID: Int64, by editor: Editor) async throws -> [MinuteNumber]
    /// Saves one draft minute: narrative, post-meeting note, resolutions (replaced) and actions
    /// (kept by id, added, or removed when left out — refused when a removed action has updates).
    func saveMinute(_ edit: MinuteEdit, by editor: Editor) async throws
    /// Approves the minutes: they are fixed from now on.
    func approveMinutes(meetingID: Int64, _ approval: MinutesApproval, by editor: Editor) async throws
    /// Records a correction of approved minutes as a new note.
    func addCorrection(minuteID: Int64, text: String, recordedAtMeetingID: Int64?, by editor: Editor) async throws
    /// The corrections of a meeting's minutes, oldest first.
    func corrections(meetingID: Int64) async throws -> [MinuteCorrection]
    /// How the minutes were approved (nil while they are a draft).
    func approval(meetingID: Int64) async throws -> ApprovalRecord?
}

/// Attendance across a body's meetings, for the body page's statistics.
public protocol AttendanceRepository: Sendable {
    /// One line per person and meeting of the body's attendance that `audience` may see.
    func attendance(of bodyID: Int64, audience: Audience) async throws -> [AttendanceFact]
}

/// One person's attendance at one meeting.
public struct AttendanceFact: Sendable, Equatable {
    public var meeting: Meeting
    public var bodyName: String
    public var personID: Int64?
    public var name: String
    public var organisationID: Int64?
    public var organisation: String?
    public var status: AttendanceStatus

    public init(meeting: Meeting, bodyName: String, personID: Int64?, name: String, organisationID: Int64?,
                organisation: String?, status: AttendanceStatus) {
        self.meeting = meeting
        self.bodyName = bodyName
        self.personID = personID
        self.name = name
        self.organisationID = organisationID
        self.organisation = organisation
        self.status = status
    }
}

/// Attendance rates, per person or organisation: meetings attended of meetings expected.
public struct AttendanceTally: Sendable, Equatable {
    public var key: String
    public var attended: Int = 0
    public var apologies: Int = 0
    public var absent: Int = 0

    public init(key: String) { self.key = key }

    public var recorded: Int { attended + apologies + absent }

    /// Tallies facts by `key` (person name, organisation), in first-seen order.
    public static func tally(_ facts: [AttendanceFact], by key: (AttendanceFact) -> String?) -> [AttendanceTally] {
        var order: [String] = []
        var byKey: [String: AttendanceTally] = [:]
        for fact in facts {
            guard let k = key(fact) else { continue }
            if byKey[k] == nil { order.append(k); byKey[k] = AttendanceTally(key: k) }
            if fact.status.attended { byKey[k]?.attended += 1 }
            else if fact.status == .apologies { byKey[k]?.apologies += 1 }
            else { byKey[k]?.absent += 1 }
        }
        return order.compactMap { byKey[$0] }
    }
}
