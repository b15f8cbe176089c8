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
