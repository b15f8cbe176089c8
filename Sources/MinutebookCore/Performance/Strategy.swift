/// A partnership's strategy for a span of years (the Community Safety Strategy 2024-27).
public struct Strategy: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    /// The board that owns it; visibility follows this body.
    public var bodyID: Int64
    public var title: String
    public var firstYear: Int
    public var lastYear: Int
    public var isPublished: Bool
    public var priorities: [Priority]

    public init(
        id: Int64, partnershipID: Int64, bodyID: Int64, title: String, firstYear: Int, lastYear: Int,
        isPublished: Bool = false, priorities: [Priority] = []
    ) {
        self.id = id
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.title = title
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.isPublished = isPublished
        self.priorities = priorities
    }

    /// "2024-27"
    public var span: String {
        let tail = lastYear % 100
        return "\(firstYear)-" + (tail < 10 ? "0\(tail)" : "\(tail)")
    }

    /// The title as printed everywhere (its page, the agenda, the pack): the title with its span, unless the
    /// title already names its years ("Strategy 2026-29", "Strategy 2026-2029", "Strategy 2026/29").
    public var fullTitle: String {
        let tail = lastYear % 100
        let short = tail < 10 ? "0\(tail)" : "\(tail)"
        let spellings = [
            "\(firstYear)-\(short)", "\(firstYear)-\(lastYear)", "\(firstYear)/\(short)", "\(firstYear)/\(lastYear)",
            "\(firstYear) - \(short)", "\(firstYear) - \(lastYear)", "\(firstYear) to \(lastYear)", "\(firstYear)–\(short)",
            "\(firstYear)–\(lastYear)"
        ]
        return spellings.contains { title.contains($0) } ? title : "\(title) \(span)"
    }

    public var allActions: [DeliveryAction] { priorities.flatMap { $0.objectives.flatMap(\.actions) } }
}
