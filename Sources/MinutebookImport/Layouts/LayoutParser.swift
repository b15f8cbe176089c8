import MinutebookCore

/// A minute heading as a layout parser found it.
public struct Heading: Sendable, Equatable {
    public var number: MinuteNumber?
    /// The number as printed (before OCR repair), for warnings.
    public var printed: String?
    public var title: String
    public var line: Int
    /// Text printed on the heading's line after the title (extraction joined them).
    public var rest: String?
    /// The number as the record shows it, when it is a reference rather than a minute number ("CSP/23/04").
    public var display: String? = nil
    /// Owner codes printed in the Action column on the heading's own line (a table row whose cell
    /// is top-aligned); they pair with the minute's first decision, as codes printed below it do.
    public var codes: [String]? = nil
}

/// A paragraph of minute text, with the owner codes printed beside it in an Action column.
public struct Paragraph: Sendable, Equatable {
    public var text: String
    public var line: Int
    public var codes: [String]?
    public var codesLine: Int?
}

extension Paragraph {
    /// The paragraph a line begins, with the owner codes printed beside it, if any.
    init(starting text: String, line: Int, codes: [String]?) {
        self.init(text: text, line: line, codes: codes, codesLine: codes == nil ? nil : line)
    }

    /// A wrapped line joined on; its owner codes, if any, are added to the paragraph's.
    mutating func append(_ more: String, line: Int, codes moreCodes: [String]?) {
        text = Paragraphs.join(text, more)
        if let moreCodes {
            codes = (codes ?? []) + moreCodes
            codesLine = line
        }
    }
}

/// What a layout parser reads from the body of the minutes, in document order.
public enum MinutesEvent: Sendable, Equatable {
    case heading(Heading)
    case paragraph(Paragraph)
    /// Owner codes standing alone in the Action column, belonging to the minute above.
    case codes([String], line: Int)
}

/// One parser per layout family. Each scores how well a document fits its layout and turns the
/// body of the minutes into events; the `LayoutChooser` takes the best.
public protocol LayoutParser: Sendable {
    var name: String { get }
    /// 0 (this is not my layout) ... 1 (certainly mine).
    func confidence(_ lines: ArraySlice<Line>, census: LayoutCensus) -> Double
    func events(_ lines: ArraySlice<Line>) -> [MinutesEvent]
}

/// Picks the layout parser with the highest confidence.
public struct LayoutChooser: Sendable {
    public let parsers: [any LayoutParser]

    public init(parsers: [any LayoutParser] = LayoutChooser.standard) { self.parsers = parsers }

    public static let standard: [any LayoutParser] = [
        ColumnMinutesParser(), FlowMinutesParser(), NumberedParagraphParser(), UnnumberedMinutesParser(),
        StructuredMinutesParser()
    ]

    public func choose(_ lines: ArraySlice<Line>) -> (parser: any LayoutParser, confidence: Double) {
        var best: (parser: any LayoutParser, confidence: Double) = (parsers[0], -1)
        let census = LayoutCensus(lines)
        for p in parsers {
            let c = p.confidence(lines, census: census)
            if c > best.confidence { best = (p, c) }
        }
        return best
    }
}
