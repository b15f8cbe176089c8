/// What the secretariat submits when taking attendance, drafting and approving minutes.

/// One line of the attendance list as recorded.
public struct AttendanceInput: Sendable, Equatable {
    public var personID: Int64?
    public var seatID: Int64?
    public var name: String
    public var roleText: String?
    public var status: AttendanceStatus
    public var position: ChairPosition?
    public var substituteForPersonID: Int64?
    public var substituteForName: String?

    public init(personID: Int64? = nil, seatID: Int64? = nil, name: String, roleText: String? = nil,
                status: AttendanceStatus, position: ChairPosition? = nil,
                substituteForPersonID: Int64? = nil, substituteForName: String? = nil) {
        self.personID = personID
        self.seatID = seatID
        self.name = name
        self.roleText = roleText
        self.status = status
        self.position = position
        self.substituteForPersonID = substituteForPersonID
        self.substituteForName = substituteForName
    }
}

/// An action as edited with its minute: an existing one (with `id`) or a new one.
public struct ActionInput: Sendable, Equatable {
    public var id: Int64?
    public var text: String
    public var due: LocalDate?
    /// Owners picked from the partnership's people.
    public var ownerPersonIDs: [Int64]
    /// Owners typed in that match nobody: kept as written and flagged until matched.
    public var freeTextOwners: [String]
    public var isPrivate: Bool

    public init(id: Int64? = nil, text: String, due: LocalDate? = nil, ownerPersonIDs: [Int64] = [],
                freeTextOwners: [String] = [], isPrivate: Bool = false) {
        self.id = id
        self.text = text
        self.due = due
        self.ownerPersonIDs = ownerPersonIDs
        self.freeTextOwners = freeTextOwners
        self.isPrivate = isPrivate
    }
}

/// A draft minute as saved: narrative, decisions in order, post-meeting note and actions.
public struct MinuteEdit: Sendable, Equatable {
    public var minuteID: Int64
    public var text: String
    public var postMeetingNote: String?
    public var resolutions: [String]
    public var actions: [ActionInput]

    public init(minuteID: Int64, text: String, postMeetingNote: String? = nil, resolutions: [String] = [], actions: [ActionInput] = []) {
        self.minuteID = minuteID
        self.text = text
        self.postMeetingNote = postMeetingNote
        self.resolutions = resolutions
        self.actions = actions
    }
}

/// The approval of a meeting's minutes at a later meeting.
public struct MinutesApproval: Sendable, Equatable {
    /// The meeting at which the minutes were agreed (normally the body's next meeting).
    public var atMeetingID: Int64?
    public var date: LocalDate
    /// Who proposed them as a correct record.
    public var proposer: String
    public var note: String

    public static let standardNote = "Agreed and signed as a correct record"

    /// The day the approval is recorded: minutes are approved at a meeting that has happened.
    public var recordedOn: LocalDate

    public init(atMeetingID: Int64?, date: LocalDate, proposer: String, note: String = MinutesApproval.standardNote,
                recordedOn: LocalDate) {
        self.atMeetingID = atMeetingID
        self.date = date
        self.proposer = proposer
        self.note = note
        self.recordedOn = recordedOn
    }

    /// The meetings at which the minutes of a meeting on `meetingDate` may be recorded as approved: the
    /// body's later meetings that have taken place (on or before `today`). The approval form offers
    /// these and the store refuses any other, so minutes never turn public on a future date.
    public static func approvingMeetings(for meetingDate: LocalDate, among dates: [LocalDate], today: LocalDate) -> [LocalDate] {
        dates.filter { $0 > meetingDate && $0 <= today }.sorted()
    }
}

/// A correction recorded against approved minutes (never an edit of them).
public struct MinuteCorrection: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var minuteID: Int64
    public var text: String
    public var recordedAtMeetingID: Int64?
    public var createdAt: String

    public init(id: Int64, minuteID: Int64, text: String, recordedAtMeetingID: Int64?, createdAt: String) {
        self.id = id
        self.minuteID = minuteID
        self.text = text
        self.recordedAtMeetingID = recordedAtMeetingID
        self.createdAt = createdAt
    }
}

/// A recorded approval, as the meeting page prints it.
public struct ApprovalRecord: Sendable, Equatable {
    public var date: LocalDate?
    public var atMeetingDate: LocalDate?
    public var proposer: String?
    public var note: String?

    public init(date: LocalDate?, atMeetingDate: LocalDate?, proposer: String?, note: String?) {
        self.date = date
        self.atMeetingDate = atMeetingDate
        self.proposer = proposer
        self.note = note
    }
}
