/// Everything about one meeting that a page, the API or an export shows, already filtered for one
/// `Audience` by `Visibility` (see `MeetingDetail.visible(to:)`). Repositories build it unfiltered and
/// return only the filtered value, so nothing downstream decides what may be seen.
public struct MeetingDetail: Sendable, Equatable {
    public var meeting: Meeting
    public var body: Body
    public var partnership: Partnership
    /// What the audience this detail was filtered for may see of the body.
    public var grant: Visibility.Grant
    public var agenda: [AgendaItem]
    public var attendance: [AttendanceEntry]
    public var minutes: [MinuteDetail]
    public var documents: [DocumentInfo]
    /// The body's next meeting after this one (not cancelled), if any.
    public var nextMeeting: Meeting?
    /// Part 2 items, minutes or documents the audience may not see; pages say "n exempt items".
    public var withheldCount: Int

    public init(meeting: Meeting, body: Body, partnership: Partnership, grant: Visibility.Grant = .everything,
                agenda: [AgendaItem] = [], attendance: [AttendanceEntry] = [], minutes: [MinuteDetail] = [],
                documents: [DocumentInfo] = [], nextMeeting: Meeting? = nil, withheldCount: Int = 0) {
        self.meeting = meeting
        self.body = body
        self.partnership = partnership
        self.grant = grant
        self.agenda = agenda
        self.attendance = attendance
        self.minutes = minutes
        self.documents = documents
        self.nextMeeting = nextMeeting
        self.withheldCount = withheldCount
    }

    /// Whether the minutes shown are a draft (not yet approved at the next meeting).
    public var minutesAreDraft: Bool { meeting.status != .minutesApproved && !minutes.isEmpty }
}

/// What the meeting page reads in one transaction: the partnership and body named in its address,
/// the meeting as the audience may see it, its approval and corrections, and (for those who may edit)
/// the body's later meeting dates. A nil field means the address named nothing there.
public struct MeetingPageRecord: Sendable, Equatable {
    public var partnership: Partnership?
    public var body: Body?
    public var detail: MeetingDetail?
    public var approval: ApprovalRecord?
    public var corrections: [MinuteCorrection]
    /// Later meetings of the body, for the approval form; empty unless the audience may edit.
    public var laterMeetings: [LocalDate]
    /// The latest issue of the meeting's agenda pack, if issued (the page links it).
    public var packIssue: PackIssue?

    public init(partnership: Partnership? = nil, body: Body? = nil, detail: MeetingDetail? = nil, approval: ApprovalRecord? = nil,
                corrections: [MinuteCorrection] = [], laterMeetings: [LocalDate] = []) {
        self.partnership = partnership
        self.body = body
        self.detail = detail
        self.approval = approval
        self.corrections = corrections
        self.laterMeetings = laterMeetings
    }
}

/// One line of the attendance list.
public struct AttendanceEntry: Sendable, Equatable, Codable {
    public var personID: Int64?
    public var name: String
    /// Job title as printed beside the name on the day.
    public var role: String?
    public var organisation: String?
    public var status: AttendanceStatus
    public var position: ChairPosition?
    public var substituteFor: String?
    /// Private contact detail: only present when the grant includes contact details.
    public var email: String?
    /// The minute during which a member arrived late, or left early (recorded at the meeting).
    public var arrivedDuring: MinuteNumber?
    public var leftDuring: MinuteNumber?

    public init(personID: Int64? = nil, name: String, role: String? = nil, organisation: String? = nil,
                status: AttendanceStatus, position: ChairPosition? = nil, substituteFor: String? = nil, email: String? = nil,
                arrivedDuring: MinuteNumber? = nil, leftDuring: MinuteNumber? = nil) {
        self.arrivedDuring = arrivedDuring
        self.leftDuring = leftDuring
        self.personID = personID
        self.name = name
        self.role = role
        self.organisation = organisation
        self.status = status
        self.position = position
        self.substituteFor = substituteFor
        self.email = email
    }
}

/// A minute with its decisions and the actions arising.
public struct MinuteDetail: Sendable, Equatable {
    public var minute: Minute
    public var resolutions: [Resolution]
    public var actions: [ActionDetail]
    /// Votes taken at the item (recorded at the meeting), seen with the minute that records them.
    public var votes: [RecordedVote]
    /// Declarations of interest in the item, seen with the minute that records them.
    public var declarations: [InterestDeclaration]

    public init(minute: Minute, resolutions: [Resolution] = [], actions: [ActionDetail] = [], votes: [RecordedVote] = [],
                declarations: [InterestDeclaration] = []) {
        self.minute = minute
        self.resolutions = resolutions
        self.actions = actions
        self.votes = votes
        self.declarations = declarations
    }
}

/// An action with its owners and its latest update.
public struct ActionDetail: Sendable, Equatable {
    public var action: Action
    public var owners: [ActionOwner]
    public var latestUpdate: ActionUpdate?
    /// Private actions (named individuals, safeguarding) are seen only with the Part 2 grant.
    public var isPrivate: Bool

    public init(action: Action, owners: [ActionOwner] = [], latestUpdate: ActionUpdate? = nil, isPrivate: Bool = false) {
        self.action = action
        self.owners = owners
        self.latestUpdate = latestUpdate
        self.isPrivate = isPrivate
    }
}

/// Who owns an action: a person, a seat (whoever holds it), an organisation, or a code not yet matched.
public struct ActionOwner: Sendable, Equatable, Codable {
    /// The store's row id of this ownership, when read from the store (succession updates it).
    public var id: Int64?
    public var personID: Int64?
    public var seatID: Int64?
    public var organisationID: Int64?
    /// The Action column's initials as printed ("LG").
    public var code: String?
    /// The person, seat title, organisation or body, for display.
    public var name: String?
    /// A whole body owns the action ("Group", "All" in the Action column): `name` is the body's name.
    public var bodyID: Int64?

    public init(id: Int64? = nil, personID: Int64? = nil, seatID: Int64? = nil, organisationID: Int64? = nil, code: String? = nil,
                name: String? = nil, bodyID: Int64? = nil) {
        self.id = id
        self.personID = personID
        self.seatID = seatID
        self.organisationID = organisationID
        self.code = code
        self.name = name
        self.bodyID = bodyID
    }

    /// The code as the Action column prints it: the stored code, else initials of the name.
    public var displayCode: String {
        if let code, !code.isEmpty { return code }
        return name.map(Person.initials(of:)) ?? "?"
    }
}

/// One entry in an action's update history.
public struct ActionUpdate: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var actionID: Int64
    /// ISO 8601 timestamp (UTC) as stored.
    public var at: String
    public var authorName: String?
    public var text: String
    public var statusFrom: ActionStatus?
    public var statusTo: ActionStatus?

    public init(id: Int64, actionID: Int64, at: String, authorName: String? = nil, text: String,
                statusFrom: ActionStatus? = nil, statusTo: ActionStatus? = nil) {
        self.id = id
        self.actionID = actionID
        self.at = at
        self.authorName = authorName
        self.text = text
        self.statusFrom = statusFrom
        self.statusTo = statusTo
    }
}

/// A document's metadata (never its content).
public struct DocumentInfo: Sendable, Equatable, Codable, Identifiable {
    public var id: Int64
    public var agendaItemID: Int64?
    public var title: String
    public var filename: String
    public var mediaType: String
    public var byteCount: Int
    public var sha256: String
    public var version: Int
    public var part: AgendaPart
    public var isPublished: Bool

    public init(id: Int64, agendaItemID: Int64?, title: String, filename: String, mediaType: String, byteCount: Int,
                sha256: String, version: Int = 1, part: AgendaPart = .one, isPublished: Bool = false) {
        self.id = id
        self.agendaItemID = agendaItemID
        self.title = title
        self.filename = filename
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.sha256 = sha256
        self.version = version
        self.part = part
        self.isPublished = isPublished
    }
}
