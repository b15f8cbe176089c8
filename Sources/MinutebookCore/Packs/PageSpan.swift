/// The pages an item's papers take in a pack, printed as the agenda prints them: "Page 4" for one
/// page, "Pages 5 - 16" for more (DOMAIN.md, "The meeting cycle"). The print edition's CSS spells the
/// same two forms (`PackDocument.printStyle`); the render step marks the one-page ranges.
public struct PageSpan: Sendable, Equatable {
    public var first: Int
    public var last: Int

    public init(_ range: ClosedRange<Int>) {
        first = range.lowerBound
        last = range.upperBound
    }

    public var isSinglePage: Bool { first == last }

    /// "Page 4", "Pages 5 - 16".
    public var label: String { isSinglePage ? "Page \(first)" : "Pages \(first) - \(last)" }

    /// In a sentence: "page 4", "pages 5 to 16".
    public var inWords: String { isSinglePage ? "page \(first)" : "pages \(first) to \(last)" }
}
