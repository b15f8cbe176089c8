/// How a minute reads in order: its narrative paragraphs with each decision at its place. The record
/// holds a decision once (in `resolution`, never also in the text), with how many paragraphs come
/// before it; every printed form (meeting page, pack, minutes document) lays a minute out through here.
public enum MinuteLayout {
    public enum Block: Sendable, Equatable {
        case paragraph(String)
        /// Decisions standing together at one place ("RESOLVED that: 1 ... 2 ...").
        case resolutions([String])
    }

    /// The paragraphs of a minute's text: blocks separated by a blank line, empty ones skipped.
    public static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                if !current.isEmpty { result.append(current.joined(separator: "\n")); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { result.append(current.joined(separator: "\n")) }
        return result
    }

    /// The minute in reading order; a decision without a place (or one past the end) follows the text.
    public static func blocks(text: String, decisions: [(text: String, place: Int?)]) -> [Block] {
        let paragraphs = paragraphs(text)
        var blocks: [Block] = []
        var placed = decisions.enumerated().map {
            (
                index: $0.offset, text: $0.element.text,
                place: min($0.element.place ?? paragraphs.count, paragraphs.count)
            )
        }
        placed.sort { ($0.place, $0.index) < ($1.place, $1.index) }
        var next = 0
        func flush(upTo place: Int) {
            var group: [String] = []
            while next < placed.count && placed[next].place <= place {
                group.append(placed[next].text)
                next += 1
            }
            if !group.isEmpty { blocks.append(.resolutions(group)) }
        }
        for (i, paragraph) in paragraphs.enumerated() {
            flush(upTo: i)
            blocks.append(.paragraph(paragraph))
        }
        flush(upTo: paragraphs.count)
        return blocks
    }

    public static func blocks(text: String, resolutions: [Resolution]) -> [Block] {
        blocks(text: text, decisions: resolutions.sorted { $0.position < $1.position }.map { ($0.text, $0.place) })
    }
}
