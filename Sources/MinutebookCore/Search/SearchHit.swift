/// One match, with what a results page or the API needs to show and link it.
public struct SearchHit: Sendable, Equatable {
    public var kind: SearchKind
    /// Row id of the minute, resolution, agenda item or document.
    public var sourceID: Int64
    public var meetingID: Int64
    public var meetingDate: LocalDate
    public var meetingStatus: MeetingStatus
    public var partnershipSlug: String
    public var partnershipName: String
    public var bodySlug: String
    public var bodyName: String
    /// The minute number or agenda item number as printed ("180", "15a"), if any.
    public var number: String?
    public var title: String
    public var part: AgendaPart
    /// The best-matching passage; matched words are marked.
    public var snippet: [SnippetFragment]
    /// bm25 rank: lower is better.
    public var rank: Double

    public init(
        kind: SearchKind, sourceID: Int64, meetingID: Int64, meetingDate: LocalDate, meetingStatus: MeetingStatus,
        partnershipSlug: String, partnershipName: String, bodySlug: String, bodyName: String, number: String?,
        title: String, part: AgendaPart, snippet: [SnippetFragment], rank: Double
    ) {
        self.kind = kind
        self.sourceID = sourceID
        self.meetingID = meetingID
        self.meetingDate = meetingDate
        self.meetingStatus = meetingStatus
        self.partnershipSlug = partnershipSlug
        self.partnershipName = partnershipName
        self.bodySlug = bodySlug
        self.bodyName = bodyName
        self.number = number
        self.title = title
        self.part = part
        self.snippet = snippet
        self.rank = rank
    }

    /// The snippet as plain text.
    public var snippetText: String { snippet.map(\.text).joined() }
}
