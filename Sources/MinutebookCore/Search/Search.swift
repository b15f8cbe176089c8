/// What a search may be narrowed to: the kinds of record in the index.
public enum SearchKind: String, Codable, Sendable, CaseIterable {
    /// A minute's heading, narrative and post-meeting note.
    case minute
    /// One resolution ("RESOLVED that …").
    case decision
    /// An agenda item's title.
    case agenda
    /// A document's title and text (reports in the pack).
    case document

    public var label: String {
        switch self {
        case .minute: "Minutes"
        case .decision: "Decisions"
        case .agenda: "Agenda items"
        case .document: "Documents"
        }
    }

    public var singularLabel: String {
        switch self {
        case .minute: "Minute"
        case .decision: "Decision"
        case .agenda: "Agenda item"
        case .document: "Document"
        }
    }
}

/// One search: the query text in the documented language (`SearchExpression`) and its filters.
public struct SearchQuery: Sendable, Equatable {
    public var text: String
    /// Partnership slug; nil searches every partnership.
    public var partnership: String?
    /// Body slug (within `partnership` when given).
    public var body: String?
    /// Calendar years of the meeting date, inclusive.
    public var fromYear: Int?
    public var toYear: Int?
    /// Kinds to include; empty means all.
    public var kinds: Set<SearchKind>
    public var offset: Int
    public var limit: Int

    public static let maximumLimit = 100

    public init(text: String, partnership: String? = nil, body: String? = nil, fromYear: Int? = nil, toYear: Int? = nil,
                kinds: Set<SearchKind> = [], offset: Int = 0, limit: Int = 20) {
        self.text = text
        self.partnership = partnership
        self.body = body
        self.fromYear = fromYear
        self.toYear = toYear
        self.kinds = kinds
        self.offset = max(0, offset)
        self.limit = min(max(1, limit), SearchQuery.maximumLimit)
    }

    public var expression: SearchExpression { SearchExpression(parsing: text) }

    /// Refuses filters that cannot be right, with a message naming the field.
    public func validate() throws {
        for (name, year) in [("from", fromYear), ("to", toYear)] {
            if let year, !(1900...2200).contains(year) {
                throw DomainError.invalid("the \(name) year must be between 1900 and 2200")
            }
        }
        if let fromYear, let toYear, fromYear > toYear {
            throw DomainError.invalid("the from year must not be after the to year")
        }
    }
}

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

    public init(kind: SearchKind, sourceID: Int64, meetingID: Int64, meetingDate: LocalDate, meetingStatus: MeetingStatus,
                partnershipSlug: String, partnershipName: String, bodySlug: String, bodyName: String, number: String?,
                title: String, part: AgendaPart, snippet: [SnippetFragment], rank: Double) {
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

/// A run of snippet text, marked when it matched the query.
public struct SnippetFragment: Sendable, Equatable, Codable {
    public var text: String
    public var isMatch: Bool

    public init(text: String, isMatch: Bool) {
        self.text = text
        self.isMatch = isMatch
    }

    /// Markers the store puts around matches (private-use characters that never occur in text).
    public static let openMarker: Character = "\u{E000}"
    public static let closeMarker: Character = "\u{E001}"

    /// Splits text with markers into fragments; stray markers are dropped.
    public static func parse(_ marked: String) -> [SnippetFragment] {
        var fragments: [SnippetFragment] = []
        var current = ""
        var inMatch = false
        func flush() {
            if !current.isEmpty { fragments.append(SnippetFragment(text: current, isMatch: inMatch)) }
            current = ""
        }
        for ch in marked {
            if ch == openMarker { flush(); inMatch = true } else if ch == closeMarker { flush(); inMatch = false } else { current.append(ch) }
        }
        flush()
        return fragments
    }
}

/// A page of results.
public struct SearchResults: Sendable, Equatable {
    public var query: SearchQuery
    public var hits: [SearchHit]
    /// Matches in total that the audience may see (of the ranked candidates, when `isCapped`).
    public var total: Int
    /// True when the words match more index rows than search ranks (`SearchResults.rankedCandidates`):
    /// then the most recently recorded of them are ranked, and `total` is a lower bound.
    public var isCapped: Bool

    /// How many matching index rows one search ranks at most. Ranking is linear in the matches (bm25
    /// and the visibility check per row, 2-4 µs each here, phrases the most), so a word found everywhere
    /// in a large archive would otherwise take a second; narrowing by partnership, body or years reaches
    /// the rest. 2,500 keeps the broadest phrase near 10 ms on this 2-core box; one partnership's 20 years
    /// rarely reach it.
    public static let rankedCandidates = 2_500

    public init(query: SearchQuery, hits: [SearchHit], total: Int, isCapped: Bool = false) {
        self.query = query
        self.hits = hits
        self.total = total
        self.isCapped = isCapped
    }

    public var hasMore: Bool { query.offset + hits.count < total }
}
