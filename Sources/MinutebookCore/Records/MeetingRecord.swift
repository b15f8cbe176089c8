/// The meeting record of `docs/meeting-record.md`: what the importer prints, what the API returns
/// for a meeting and what `minutebook export` writes. Field names are part of the contract.
public struct MeetingRecord: Codable, Sendable, Equatable {
    public var body: String
    public var date: LocalDate
    public var start: LocalTime?
    public var end: LocalTime?
    public var venue: String?
    public var attendance: [Attendee]
    public var items: [Item]
    public var nextMeeting: NextMeeting?
    /// The earlier meeting whose minutes this meeting agreed as a correct record, when its
    /// "Minutes of the previous meeting" item says so.
    public var approvesMinutesOf: ApprovedMinutes?
    public var warnings: [String]

    public init(
        body: String, date: LocalDate, start: LocalTime? = nil, end: LocalTime? = nil, venue: String? = nil,
        attendance: [Attendee] = [], items: [Item] = [], nextMeeting: NextMeeting? = nil, warnings: [String] = []
    ) {
        self.body = body
        self.date = date
        self.start = start
        self.end = end
        self.venue = venue
        self.attendance = attendance
        self.items = items
        self.nextMeeting = nextMeeting
        self.warnings = warnings
    }

    enum CodingKeys: String, CodingKey {
        case body, date, start, end, venue, attendance, items
        case nextMeeting = "next_meeting"
        case approvesMinutesOf = "approves_minutes_of"
        case warnings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        body = try c.decode(String.self, forKey: .body)
        date = try c.decode(LocalDate.self, forKey: .date)
        start = try c.decodeIfPresent(LocalTime.self, forKey: .start)
        end = try c.decodeIfPresent(LocalTime.self, forKey: .end)
        venue = try c.decodeIfPresent(String.self, forKey: .venue)
        attendance = try c.decodeIfPresent([Attendee].self, forKey: .attendance) ?? []
        items = try c.decodeIfPresent([Item].self, forKey: .items) ?? []
        nextMeeting = try c.decodeIfPresent(NextMeeting.self, forKey: .nextMeeting)
        approvesMinutesOf = try c.decodeIfPresent(ApprovedMinutes.self, forKey: .approvesMinutesOf)
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }

    public struct Attendee: Codable, Sendable, Equatable {
        public var name: String
        /// Job title or role as printed beside the name.
        public var role: String?
        public var organisation: String?
        public var status: AttendanceStatus
        public var position: ChairPosition?
        public var substituteFor: String?
        /// The minute during which a member arrived late or left early ("193"), when recorded.
        public var arrivedDuring: String?
        public var leftDuring: String?

        public init(
            name: String, role: String? = nil, organisation: String? = nil, status: AttendanceStatus,
            position: ChairPosition? = nil, substituteFor: String? = nil, arrivedDuring: String? = nil,
            leftDuring: String? = nil
        ) {
            self.arrivedDuring = arrivedDuring
            self.leftDuring = leftDuring
            self.name = name
            self.role = role
            self.organisation = organisation
            self.status = status
            self.position = position
            self.substituteFor = substituteFor
        }

        enum CodingKeys: String, CodingKey {
            case name, role, organisation, status, position
            case substituteFor = "substitute_for"
            case arrivedDuring = "arrived_during"
            case leftDuring = "left_during"
        }
    }

    public struct Item: Codable, Sendable, Equatable {
        /// The minute number as printed, with its letter ("186a"); nil for minutes without numbers.
        public var number: String?
        public var title: String
        public var part: AgendaPart
        public var text: String
        public var resolutions: [String]
        /// Where each resolution stands in the minute: how many paragraphs of `text` (paragraphs are
        /// separated by a blank line) come before it. Empty, or absent in JSON, when every resolution
        /// follows the whole text. `text` never repeats a resolution: the record holds each decision once.
        public var resolutionPlaces: [Int] = []
        public var actions: [Action]
        public var postMeetingNotes: [String]
        /// A report reference printed under the heading (e.g. "CSD18054").
        public var reportReference: String?
        /// Votes taken at the item and declarations of interest in it (recorded at the meeting).
        public var votes: [Vote] = []
        public var declarations: [Declaration] = []

        public init(
            number: String?, title: String, part: AgendaPart = .one, text: String = "",
            resolutions: [String] = [], actions: [Action] = [], postMeetingNotes: [String] = [],
            reportReference: String? = nil, resolutionPlaces: [Int] = []
        ) {
            self.resolutionPlaces = resolutionPlaces
            self.number = number
            self.title = title
            self.part = part
            self.text = text
            self.resolutions = resolutions
            self.actions = actions
            self.postMeetingNotes = postMeetingNotes
            self.reportReference = reportReference
        }

        enum CodingKeys: String, CodingKey {
            case number, title, part, text, resolutions, actions
            case resolutionPlaces = "resolution_places"
            case postMeetingNotes = "post_meeting_notes"
            case reportReference = "report_reference"
            case votes, declarations
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            number = try c.decodeIfPresent(String.self, forKey: .number)
            title = try c.decode(String.self, forKey: .title)
            part = try c.decodeIfPresent(AgendaPart.self, forKey: .part) ?? .one
            text = try c.decodeIfPresent(String.self, forKey: .text) ?? ""
            resolutions = try c.decodeIfPresent([String].self, forKey: .resolutions) ?? []
            resolutionPlaces = try c.decodeIfPresent([Int].self, forKey: .resolutionPlaces) ?? []
            actions = try c.decodeIfPresent([Action].self, forKey: .actions) ?? []
            postMeetingNotes = try c.decodeIfPresent([String].self, forKey: .postMeetingNotes) ?? []
            reportReference = try c.decodeIfPresent(String.self, forKey: .reportReference)
            votes = try c.decodeIfPresent([Vote].self, forKey: .votes) ?? []
            declarations = try c.decodeIfPresent([Declaration].self, forKey: .declarations) ?? []
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(number, forKey: .number)
            try c.encode(title, forKey: .title)
            try c.encode(part, forKey: .part)
            try c.encode(text, forKey: .text)
            try c.encode(resolutions, forKey: .resolutions)
            if !resolutionPlaces.isEmpty { try c.encode(resolutionPlaces, forKey: .resolutionPlaces) }
            try c.encode(actions, forKey: .actions)
            if !postMeetingNotes.isEmpty { try c.encode(postMeetingNotes, forKey: .postMeetingNotes) }
            try c.encodeIfPresent(reportReference, forKey: .reportReference)
            if !votes.isEmpty { try c.encode(votes, forKey: .votes) }
            if !declarations.isEmpty { try c.encode(declarations, forKey: .declarations) }
        }
    }

    public struct Action: Codable, Sendable, Equatable {
        /// Owner codes as printed in the Action column ("LG", "TG") or names as written.
        public var owners: [String]
        /// People the importer matched the codes to, in the same order; absent until matched.
        public var ownerNames: [String]?
        public var text: String
        public var due: LocalDate?
        public var status: ActionStatus?

        public init(
            owners: [String], ownerNames: [String]? = nil, text: String, due: LocalDate? = nil,
            status: ActionStatus? = nil
        ) {
            self.owners = owners
            self.ownerNames = ownerNames
            self.text = text
            self.due = due
            self.status = status
        }

        enum CodingKeys: String, CodingKey {
            case owners
            case ownerNames = "owner_names"
            case text, due, status
        }
    }

    /// Which minutes a meeting approved: those of a dated meeting, or of the body's previous one
    /// (the text did not say when it was). Written as the ISO date or `"previous"`.
    public enum ApprovedMinutes: Codable, Sendable, Equatable {
        case meeting(LocalDate)
        case previousMeeting

        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            if text == "previous" { self = .previousMeeting; return }
            guard let date = LocalDate(iso: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "expected a date or \"previous\""))
            }
            self = .meeting(date)
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.singleValueContainer()
            switch self {
            case .meeting(let date): try c.encode(date.iso)
            case .previousMeeting: try c.encode("previous")
            }
        }
    }

    public struct NextMeeting: Codable, Sendable, Equatable {
        public var date: LocalDate
        public var start: LocalTime?
        public init(date: LocalDate, start: LocalTime? = nil) {
            self.date = date
            self.start = start
        }
    }
}
