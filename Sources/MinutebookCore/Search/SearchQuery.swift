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

    public init(
        text: String, partnership: String? = nil, body: String? = nil, fromYear: Int? = nil, toYear: Int? = nil,
        kinds: Set<SearchKind> = [], offset: Int = 0, limit: Int = 20
    ) {
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
