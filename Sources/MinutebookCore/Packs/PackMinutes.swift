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

        public init(
            number: String, title: String, part: AgendaPart, text: String, resolutions: [String], postMeetingNote: String? = nil,
            resolutionPlaces: [Int?] = []
        ) {
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

    public init(
        meetingDate: LocalDate, start: LocalTime?, present: [String], alsoPresent: [String], entries: [Entry],
        isDraft: Bool = false
    ) {
        self.isDraft = isDraft
        self.meetingDate = meetingDate
        self.start = start
        self.present = present
        self.alsoPresent = alsoPresent
        self.entries = entries
    }
}
