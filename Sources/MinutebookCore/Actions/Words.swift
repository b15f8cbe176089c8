/// Word likeness for matching report entries and agenda items to minutes.
enum Words {
    /// Words that say nothing about the subject.
    static let common: Set<String> = [
        "the", "and", "that", "this", "with", "from", "for", "was", "were", "would", "should", "update", "updates",
        "meeting", "next", "group", "report", "item", "resolved", "agreed", "noted", "provided", "brought", "verbal",
        "concerning", "about", "been", "have", "had", "further", "into", "onto", "also", "sub"
    ]

    static func significant(_ text: String) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        func flush() {
            if current.count >= 3, !common.contains(current) { words.insert(current) }
            current = ""
        }
        for c in text.lowercased() {
            if c.isLetter || c.isNumber { current.append(c) } else { flush() }
        }
        flush()
        return words
    }

    /// Shared significant words over the smaller set's size (0 when either is empty).
    static func likeness(_ a: String, _ b: String) -> Double {
        let x = significant(a), y = significant(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return Double(x.intersection(y).count) / Double(min(x.count, y.count))
    }
}
