import GRDB
import MinutebookCore

/// Search over the FTS5 index of migration "v5-search", filtered through `searchEntry` ("v10-search-entries").
/// The audience's cut is made in SQL from `Visibility`'s own decisions (see `SearchVisibility`), so ranking,
/// counting and paging only ever see rows the audience may see.
///
/// One pass ranks and counts every visible match (bm25 and the meeting's date, no text read); the page's
/// rows are chosen here, and only they are read whole and given snippets in a second, short query.
public struct GRDBSearchRepository: SearchRepository {
    let database: AppDatabase
    /// How many matching index rows one search ranks at most (see `SearchResults.rankedCandidates`).
    let rankedCandidates: Int

    public init(database: AppDatabase, rankedCandidates: Int = SearchResults.rankedCandidates) {
        self.database = database
        self.rankedCandidates = max(1, rankedCandidates)
    }

    public func search(_ query: SearchQuery, audience: Audience) async throws -> SearchResults {
        try query.validate()
        guard let match = query.expression.fts5 else { return SearchResults(query: query, hits: [], total: 0) }
        let rankedCandidates = self.rankedCandidates
        return try await database.read { db in
            let bodies = try SearchVisibility.bodies(db, partnership: query.partnership, body: query.body)
            guard let visible = SearchVisibility.predicate(for: bodies, audience: audience) else {
                return SearchResults(query: query, hits: [], total: 0)
            }
            var conditions = ["search_fts MATCH ?", visible.sql]
            var arguments: StatementArguments = [match]
            arguments += visible.arguments
            if !query.kinds.isEmpty && query.kinds.count < SearchKind.allCases.count {
                let kinds = SearchKind.allCases.filter(query.kinds.contains)
                conditions.append("e.kind IN (" + kinds.map { _ in "?" }.joined(separator: ",") + ")")
                arguments += StatementArguments(kinds.map(\.rawValue))
            }
            if let from = query.fromYear {
                conditions.append("m.date >= ?")
                arguments += ["\(from)-01-01"]
            }
            if let to = query.toYear {
                conditions.append("m.date <= ?")
                arguments += ["\(to)-12-31"]
            }
            // A very broad match ranks only the most recently recorded candidates. One FTS-only query
            // (no ranking, no visibility) finds the row just past the cap, if there is one; FTS5 then
            // seeks to that rowid floor. (A prefix query merges its terms' doclists once per query run.)
            let cap = rankedCandidates
            let floor = try Int64.fetchOne(
                db,
                sql: """
                    SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?
                    """, arguments: [match, cap])
            let isCapped = floor != nil
            if let floor {
                conditions.append("f.rowid > ?")
                arguments += [floor]
            }
            let ranking = try db.cachedStatement(
                sql: """
                    SELECT f.rowid, bm25(search_fts, 4.0, 1.0), m.date
                    FROM search_fts f
                    JOIN searchEntry e ON e.id = f.rowid
                    JOIN meeting m ON m.id = e.meetingId
                    WHERE \(conditions.joined(separator: " AND "))
                    """)
            var page = RankedPage(size: query.offset + query.limit)
            let cursor = try Row.fetchCursor(ranking, arguments: arguments)
            while let row = try cursor.next() {
                page.consider(RankedMatch(rank: row[1], date: row[2], id: row[0]))
            }
            let chosen = page.ordered.dropFirst(query.offset)
            guard !chosen.isEmpty else { return SearchResults(query: query, hits: [], total: page.total, isCapped: isCapped) }
            var pageArguments: StatementArguments = [String(SnippetFragment.openMarker), String(SnippetFragment.closeMarker), match]
            pageArguments += StatementArguments(chosen.map(\.id))
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT s.rowid AS hit, s.kind, s.sourceId, s.meetingId, s.part, s.number, s.title,
                           m.date, m.status, b.slug AS bodySlug, b.name AS bodyName,
                           p.slug AS partnershipSlug, p.name AS partnershipName,
                           snippet(search_fts, -1, ?, ?, '…', 28) AS snippet
                    FROM search_fts s
                    JOIN meeting m ON m.id = s.meetingId
                    JOIN body b ON b.id = m.bodyId
                    JOIN partnership p ON p.id = b.partnershipId
                    WHERE search_fts MATCH ? AND s.rowid IN (\(chosen.map { _ in "?" }.joined(separator: ",")))
                    """, arguments: pageArguments)
            let byID = Dictionary(rows.map { ($0["hit"] as Int64, $0) }, uniquingKeysWith: { first, _ in first })
            let hits = chosen.compactMap { match in byID[match.id].flatMap { SearchVisibility.hit($0, rank: match.rank) } }
            return SearchResults(query: query, hits: hits, total: page.total, isCapped: isCapped)
        }
    }
}

/// A visible match as ranked: bm25 (lower is better), then the later meeting, then the index row.
struct RankedMatch {
    var rank: Double
    var date: String
    var id: Int64

    func precedes(_ other: RankedMatch) -> Bool {
        if rank != other.rank { return rank < other.rank }
        if date != other.date { return date > other.date }
        return id < other.id
    }
}

/// The best `size` matches seen so far, in order, and how many were seen: a bounded insertion for the
/// usual first pages, a full sort once a deep page asks for more than a few hundred.
struct RankedPage {
    let size: Int
    private(set) var matches: [RankedMatch] = []
    private(set) var total = 0
    private var sorted = true

    init(size: Int) {
        self.size = size
        matches.reserveCapacity(min(size, 256) + 1)
    }

    mutating func consider(_ match: RankedMatch) {
        total += 1
        guard size > 0 else { return }
        if size > 256 {
            matches.append(match)
            sorted = false
            return
        }
        if matches.count == size, let last = matches.last, !match.precedes(last) { return }
        var low = 0, high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if matches[middle].precedes(match) { low = middle + 1 } else { high = middle }
        }
        matches.insert(match, at: low)
        if matches.count > size { matches.removeLast() }
    }

    /// The kept matches, best first.
    var ordered: [RankedMatch] {
        sorted ? matches : Array(matches.sorted { $0.precedes($1) }.prefix(size))
    }
}

/// Turns `Visibility` into an SQL condition over `searchEntry e JOIN meeting m`.
enum SearchVisibility {
    struct BodyRow {
        var id: Int64
        var partnershipID: Int64
        var isPublic: Bool
    }

    static func bodies(_ db: Database, partnership: String?, body: String?) throws -> [BodyRow] {
        var sql = "SELECT b.id, b.partnershipId, b.isPublic FROM body b JOIN partnership p ON p.id = b.partnershipId WHERE 1"
        var arguments: StatementArguments = []
        if let partnership {
            sql += " AND p.slug = ?"
            arguments += [partnership]
        }
        if let body {
            sql += " AND b.slug = ?"
            arguments += [body]
        }
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map {
            BodyRow(id: $0["id"], partnershipID: $0["partnershipId"], isPublic: $0["isPublic"])
        }
    }

    /// The condition for `audience` over `bodies`, or nil when it may see nothing of them.
    /// Bodies are grouped by grant; for each grant the allowed (part, status) pairs are listed by
    /// asking `Visibility` about every pair, so the SQL cannot drift from the rule.
    static func predicate(for bodies: [BodyRow], audience: Audience) -> (sql: String, arguments: StatementArguments)? {
        var groups: [(grant: Visibility.Grant, bodyIDs: [Int64])] = []
        for body in bodies {
            let grant = Visibility.grant(audience, bodyID: body.id, partnershipID: body.partnershipID)
            guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else { continue }
            if let index = groups.firstIndex(where: { $0.grant == grant }) {
                groups[index].bodyIDs.append(body.id)
            } else {
                groups.append((grant, [body.id]))
            }
        }
        guard !groups.isEmpty else { return nil }
        var clauses: [String] = []
        var arguments: StatementArguments = []
        for (grant, bodyIDs) in groups {
            var kinds: [String] = []
            var kindArguments: StatementArguments = []
            // Minutes, decisions and agenda items are always "published" in the index; documents carry the flag.
            for (kindSQL, pairs) in [
                (
                    "e.kind IN ('minute','decision')",
                    allowedPairs(publishedFlags: [true]) { part, status, _ in
                        Visibility.canSeeMinutes(part: part, meetingStatus: status, grant: grant)
                    }
                ),
                (
                    "e.kind = 'agenda'",
                    allowedPairs(publishedFlags: [true]) { part, status, _ in
                        Visibility.canSeeItem(part: part, meetingStatus: status, grant: grant)
                    }
                ),
                (
                    "e.kind = 'document'",
                    allowedPairs(publishedFlags: [false, true]) { part, status, published in
                        Visibility.canSeeDocument(part: part, isPublished: published, meetingStatus: status, grant: grant)
                    }
                )
            ] where !pairs.isEmpty {
                kinds.append(
                    "(\(kindSQL) AND (e.part, e.published, m.status) IN (VALUES "
                        + pairs.map { _ in "(?,?,?)" }.joined(separator: ",") + "))")
                for pair in pairs { kindArguments += [pair.part.rawValue, pair.published ? 1 : 0, pair.status.rawValue] }
            }
            guard !kinds.isEmpty else { continue }
            clauses.append(
                "(m.bodyId IN (" + bodyIDs.map { _ in "?" }.joined(separator: ",") + ") AND ("
                    + kinds.joined(separator: " OR ") + "))")
            arguments += StatementArguments(bodyIDs)
            arguments += kindArguments
        }
        guard !clauses.isEmpty else { return nil }
        return ("(" + clauses.joined(separator: " OR ") + ")", arguments)
    }

    private struct Pair {
        var part: AgendaPart
        var published: Bool
        var status: MeetingStatus
    }

    private static func allowedPairs(publishedFlags: [Bool], _ allowed: (AgendaPart, MeetingStatus, Bool) -> Bool) -> [Pair] {
        var pairs: [Pair] = []
        for part in AgendaPart.allCases {
            for status in MeetingStatus.allCases {
                for published in publishedFlags where allowed(part, status, published) {
                    pairs.append(Pair(part: part, published: published, status: status))
                }
            }
        }
        return pairs
    }

    static func hit(_ row: Row, rank: Double) -> SearchHit? {
        guard let kind = SearchKind(rawValue: row["kind"]),
            let date = LocalDate(iso: row["date"] as String),
            let status = MeetingStatus(rawValue: row["status"]),
            let part = AgendaPart(rawValue: row["part"])
        else { return nil }
        return SearchHit(
            kind: kind, sourceID: row["sourceId"], meetingID: row["meetingId"], meetingDate: date,
            meetingStatus: status, partnershipSlug: row["partnershipSlug"], partnershipName: row["partnershipName"],
            bodySlug: row["bodySlug"], bodyName: row["bodyName"], number: row["number"], title: row["title"],
            part: part, snippet: SnippetFragment.parse(row["snippet"] ?? ""), rank: rank)
    }
}
