/// One line of a document after tokenizing: its number in the source (for warnings) and its
/// columns. A line that began with a tab or a wide gap has an empty first cell, so a minute number
/// column and a right-hand Action column stay where the document put them.
public struct Line: Sendable, Equatable {
    /// 1-based line number in the text the reader produced (for text files, the file's own lines).
    public let number: Int
    /// Trimmed columns, split on tabs (and on wide runs of spaces in PDF layout text); trailing
    /// empty columns dropped, a leading empty column kept.
    public let cells: [String]
    /// Set on the first line after a form feed.
    public var startsPage: Bool
    /// Set when the source marked the line as a heading (Markdown `#`, HTML `<h2>`, a Word heading style).
    public var isMarkedHeading = false

    /// Readers put this character at the start of a line the source marks as a heading.
    public static let headingMark: UInt8 = 0x1E

    public init(number: Int, cells: [String], startsPage: Bool = false) {
        self.number = number
        self.cells = cells
        var joined = ""
        for cell in cells where !cell.isEmpty {
            if !joined.isEmpty { joined += " " }
            joined += cell
        }
        self.text = joined
        self.startsPage = startsPage
    }

    /// The non-empty columns joined by one space.
    public let text: String

    public var isBlank: Bool { text.isEmpty }

    /// The first non-empty column and its index.
    public var firstFilled: (index: Int, text: String)? {
        for (i, c) in cells.enumerated() where !c.isEmpty { return (i, c) }
        return nil
    }

    /// True when the line starts in a column to the right (first cell empty).
    public var isIndented: Bool { cells.first?.isEmpty ?? false }
}
