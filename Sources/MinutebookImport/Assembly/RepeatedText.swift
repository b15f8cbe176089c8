#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Drops text that PDF extraction printed twice where text boxes overlapped: a line whose whole
/// text is part of the longer line next to it in the same block ("noting." above "noting. Members
/// also noted the report ...", and the report's name again below it). Only plain text lines are
/// dropped: never a heading, an Action column code or header, a line with more than one column,
/// or a line shorter than six bytes; each drop is a warning naming both lines.
enum RepeatedText {
    static func repair(_ lines: ArraySlice<Line>, warnings: inout [String]) -> ArraySlice<Line> {
        var drop: [Int] = []
        for k in lines.indices where lines[k].text.utf8.count >= 6 {
            let text = lines[k].text
            for j in [k - 1, k + 1] where j >= lines.startIndex && j < lines.endIndex {
                let other = lines[j]
                // Same block: no blank line or page break between the two. The costlier checks last.
                guard other.text.utf8.count > text.utf8.count, !(j > k ? other.startsPage : lines[k].startsPage),
                    contains(other.text, text), isCandidate(lines[k])
                else { continue }
                drop.append(k)
                warnings.append(
                    "line \(lines[k].number): '\(text.prefix(40))' repeats part of line \(other.number) "
                        + "(the extraction printed it twice); dropped")
                break
            }
        }
        guard !drop.isEmpty else { return lines }
        var kept = lines
        for k in drop.reversed() { kept.remove(at: k) }
        return kept
    }

    static func isCandidate(_ line: Line) -> Bool {
        guard line.cells.lazy.filter({ !$0.isEmpty }).count == 1 else { return false }
        let text = line.text
        return HeadingMatcher.numbered(line) == nil && !Normalizer.isActionHeader(text) && Normalizer.actionCodes(text) == nil
    }

    /// Byte containment: `memchr` to each place the needle's first byte occurs, then `memcmp`.
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        var h = haystack, n = needle
        return h.withUTF8 { hb in
            n.withUTF8 { nb in
                guard let hp = hb.baseAddress, let np = nb.baseAddress, nb.count <= hb.count else { return false }
                let end = hb.count - nb.count + 1
                var from = 0
                while from < end {
                    guard let hit = memchr(hp + from, Int32(np[0]), end - from) else { return false }
                    let at = UnsafeRawPointer(hp).distance(to: UnsafeRawPointer(hit))
                    if memcmp(hp + at, np, nb.count) == 0 { return true }
                    from = at + 1
                }
                return false
            }
        }
    }
}
