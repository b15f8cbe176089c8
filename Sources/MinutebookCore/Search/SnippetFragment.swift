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
