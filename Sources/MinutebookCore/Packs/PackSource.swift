/// Which pack: the public pack holds Part 1 only; the members' pack adds Part 2.
public enum PackEdition: String, Sendable, CaseIterable, Codable {
    case `public`
    case members

    /// What the edition may carry, through the one visibility rule: never Part 2 in public, and the
    /// not-yet-approved minutes of the previous meeting in both (they are approved at this meeting).
    public var grant: Visibility.Grant {
        switch self {
        case .public: Visibility.Grant(partTwo: false, drafts: true, contactDetails: false, edit: false)
        case .members: Visibility.Grant(partTwo: true, drafts: true, contactDetails: true, edit: false)
        }
    }

    public var label: String {
        switch self {
        case .public: "Public pack"
        case .members: "Members' pack"
        }
    }
}

/// A member addressed on the cover sheet: the holder of one of the body's seats on the date of issue.
public struct PackMember: Sendable, Equatable {
    public var name: String
    public var jobTitle: String?
    public var role: SeatRole
    public var email: String?

    public init(name: String, jobTitle: String? = nil, role: SeatRole = .member, email: String? = nil) {
        self.name = name
        self.jobTitle = jobTitle
        self.role = role
        self.email = email
    }
}

/// "Contact for this Agenda".
public struct PackContact: Sendable, Equatable {
    public var name: String
    public var phone: String?
    public var email: String?

    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}

/// The minutes of the previous meeting, as printed in the pack for approval.
public struct PackMinutes: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var number: String
        public var title: String
        public var part: AgendaPart
        public var text: String
        public var resolutions: [String]
        /// Where each resolution stands in `text` (see `MinuteLayout`); nil: after the text.
        public var resolutionPlaces: [Int?]
        public var postMeetingNote: String?
        /// The Action column: each action's owner codes ("LG/TG") and the index of the resolution it carries out.
        public var actions: [(codes: String, resolution: Int?)] = []
        /// Votes taken and declarations of interest made at the item.
        public var votes: [RecordedVote] = []
        public var declarations: [InterestDeclaration] = []

        public static func == (a: Entry, b: Entry) -> Bool {
            a.number == b.number && a.title == b.title && a.part == b.part && a.text == b.text && a.resolutions == b.resolutions
                && a.resolutionPlaces == b.resolutionPlaces && a.postMeetingNote == b.postMeetingNote
                && a.actions.map(\.codes) == b.actions.map(\.codes) && a.actions.map(\.resolution) == b.actions.map(\.resolution)
                && a.votes == b.votes && a.declarations == b.declarations
        }

        public init(number: String, title: String, part: AgendaPart, text: String, resolutions: [String], postMeetingNote: String? = nil,
                    resolutionPlaces: [Int?] = []) {
            self.resolutionPlaces = resolutionPlaces
            self.number = number
            self.title = title
            self.part = part
            self.text = text
            self.resolutions = resolutions
            self.postMeetingNote = postMeetingNote
        }
    }

    public var meetingDate: LocalDate
    public var start: LocalTime?
    public var end: LocalTime?
    /// Whether these minutes were approved (else the pack prints them as a draft, for approval).
    public var isApproved = false
    /// The chair's signature, when the minutes were approved and signed.
    public var signature: MinutesSignature?
    /// "Name, (role)" lines for present / virtual / also present.
    public var present: [String]
    public var alsoPresent: [String]
    public var entries: [Entry]
    /// The meeting's minutes are not yet approved: every edition prints them "draft, subject to
    /// approval" (`Visibility.quotedInNextPapers`).
    public var isDraft: Bool

    public init(meetingDate: LocalDate, start: LocalTime?, present: [String], alsoPresent: [String], entries: [Entry],
                isDraft: Bool = false) {
        self.isDraft = isDraft
        self.meetingDate = meetingDate
        self.start = start
        self.present = present
        self.alsoPresent = alsoPresent
        self.entries = entries
    }
}

/// Everything the pack of one meeting prints, as one edition may see it.
public struct PackSource: Sendable, Equatable {
    public var partnershipName: String
    public var agenda: Agenda
    public var contact: PackContact?
    public var members: [PackMember]
    public var previousMinutes: PackMinutes?
    public var issueDate: LocalDate
    public var edition: PackEdition
    public var deadlines: MeetingDeadlines

    public init(partnershipName: String, agenda: Agenda, contact: PackContact?, members: [PackMember], previousMinutes: PackMinutes?,
                issueDate: LocalDate, edition: PackEdition, deadlines: MeetingDeadlines) {
        self.partnershipName = partnershipName
        self.agenda = agenda
        self.contact = contact
        self.members = members
        self.previousMinutes = previousMinutes
        self.issueDate = issueDate
        self.edition = edition
        self.deadlines = deadlines
    }
}

/// Reads what a pack needs in one consistent snapshot.
public protocol PackRepository: Sendable {
    /// The meeting of a body (slug or name) on a date; throws `.notFound` with a readable message.
    func meetingID(body: String, date: LocalDate) async throws -> Int64
    /// The pack's content for `edition`, with members addressed as seat holders on `issueDate`.
    func packSource(meetingID: Int64, edition: PackEdition, issueDate: LocalDate) async throws -> PackSource
    /// The members to tell of the pack: holders of the body's seats on the meeting date, with their
    /// e-mail addresses (nil when the directory has none).
    func recipients(meetingID: Int64) async throws -> [PackMember]
}
