import MinutebookCore

/// Repairs minute numbering that extraction damaged: a heading that lost its number takes the one
/// its neighbours leave free, a missing sub-item is reported, and minutes that extraction put out
/// of order are put back in number order (with a warning, since their text may have moved too).
enum Numbering {
    static func repair(_ drafts: inout [MinuteDraft], warnings: inout [String]) {
        let numbered = drafts.filter { $0.number != nil }.count
        guard numbered * 2 > drafts.count else { return }
        // Unnumbered headings between numbered ones.
        for i in drafts.indices where drafts[i].number == nil {
            let previous = drafts[..<i].last(where: { $0.number != nil })?.number
            let next = drafts[(i + 1)...].first(where: { $0.number != nil })?.number
            var guess: MinuteNumber?
            if let p = previous, let n = next {
                if n.number - p.number == 2 {
                    guess = MinuteNumber(p.number + 1)
                } else if n.number == p.number + 1, p.isSubItem || drafts[..<i].contains(where: { $0.number?.number == p.number }) {
                    let letter = p.isSubItem ? nextLetter(p.letter) : "a"
                    guess = MinuteNumber(p.number, letter: letter)
                }
            }
            if let g = guess, !drafts.contains(where: { $0.number == g }) {
                drafts[i].number = g
                warnings.append("line \(drafts[i].line): minute '\(drafts[i].title)' has no number; read as \(g.text) from its neighbours")
            } else {
                warnings.append("line \(drafts[i].line): minute '\(drafts[i].title)' has no number")
            }
        }
        // Missing sub-items (172b then 172d).
        let numbers = drafts.compactMap(\.number).sorted()
        for (a, b) in zip(numbers, numbers.dropFirst()) where a.number == b.number && a.isSubItem && b.isSubItem {
            var letter = nextLetter(a.letter)
            while letter != b.letter && letter.count <= b.letter.count && letter < b.letter {
                warnings.append("minute \(a.number)\(letter) is missing between \(a.text) and \(b.text)")
                letter = nextLetter(letter)
            }
        }
        // Out of order: put back in number order.
        let inOrder = zip(drafts, drafts.dropFirst()).allSatisfy { a, b in
            guard let x = a.number, let y = b.number else { return true }
            return x < y
        }
        if !inOrder, drafts.allSatisfy({ $0.number != nil }) {
            for (a, b) in zip(drafts, drafts.dropFirst()) {
                if let x = a.number, let y = b.number, y < x {
                    warnings.append(
                        "line \(b.line): minute \(y.text) comes after \(x.text); the extraction scrambled this part, so text near it may belong to a neighbouring minute"
                    )
                }
            }
            drafts.sort { ($0.number ?? MinuteNumber(0)) < ($1.number ?? MinuteNumber(0)) }
        }
    }

    static func nextLetter(_ letter: String) -> String {
        guard let s = letter.unicodeScalars.last, let next = Unicode.Scalar(s.value + 1) else { return "a" }
        return letter.isEmpty ? "a" : String(letter.dropLast()) + String(Character(next))
    }

    /// The minute an action log row refers to: "4", "4.2" (paragraph of minute 4), "172b".
    static func draftIndex(for ref: String?, in drafts: [MinuteDraft]) -> Int? {
        guard let ref else { return nil }
        let head = ref.split(separator: ".").first.map(String.init) ?? ref
        guard let n = Normalizer.minuteNumber(ref.contains(".") ? head : ref) ?? Normalizer.minuteNumber(head) else { return nil }
        return drafts.firstIndex { $0.number == n } ?? drafts.firstIndex { $0.number?.number == n.number }
    }
}
