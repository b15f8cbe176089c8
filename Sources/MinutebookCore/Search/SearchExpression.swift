/// The search box's query language, turned into an SQLite FTS5 expression that can never be a
/// syntax error: every word and phrase is quoted, operators are recognised only in the forms below,
/// and anything else is treated as words.
///
/// - `mass casualty` — both words, anywhere in the same minute, decision or item
/// - `"mass casualty"` — the exact phrase
/// - `casual*` — words starting with "casual" (casualty, casualties)
/// - `prevent OR channel` — either word
/// - `-draft` — leave out results with that word (needs at least one other word)
///
/// Words are matched on their stem ("casualties" finds "casualty"); case and accents are ignored.
public struct SearchExpression: Sendable, Equatable {
    public enum Term: Sendable, Equatable {
        /// One word or a quoted phrase; `prefix` when it ended with `*`.
        case phrase(String, prefix: Bool)
        /// Either of the terms (written `a OR b`).
        case anyOf([Term])
    }

    /// Terms all of which must match.
    public var required: [Term]
    /// Terms none of which may match.
    public var excluded: [Term]

    /// The longest query text considered; the rest is ignored.
    public static let maximumLength = 500
    /// At most this many terms are used, so that one query cannot cost the server much.
    public static let maximumTerms = 16

    public init(required: [Term] = [], excluded: [Term] = []) {
        self.required = required
        self.excluded = excluded
    }

    /// Parses what a user typed. Never fails: unusable parts are dropped.
    public init(parsing input: String) {
        var required: [Term] = []
        var excluded: [Term] = []
        var pendingOr = false
        var count = 0
        for token in SearchExpression.tokens(of: String(input.prefix(SearchExpression.maximumLength))) {
            if count >= SearchExpression.maximumTerms { break }
            switch token {
            case .or:
                pendingOr = !required.isEmpty
            case .term(let term, let negated):
                count += 1
                if negated {
                    excluded.append(term)
                    pendingOr = false
                } else if pendingOr, let last = required.popLast() {
                    if case .anyOf(let options) = last {
                        required.append(.anyOf(options + [term]))
                    } else {
                        required.append(.anyOf([last, term]))
                    }
                    pendingOr = false
                } else {
                    required.append(term)
                }
            }
        }
        self.required = required
        self.excluded = required.isEmpty ? [] : excluded
    }

    /// Nothing to search for.
    public var isEmpty: Bool { required.isEmpty }

    /// The FTS5 MATCH expression, or nil when there is nothing to search for.
    public var fts5: String? {
        guard !required.isEmpty else { return nil }
        var out = required.map(SearchExpression.fts5).joined(separator: " AND ")
        for term in excluded {
            out += " NOT " + SearchExpression.fts5(term)
        }
        return out
    }

    /// The words of the query, for display ("Results for …").
    public var summary: String {
        func text(_ term: Term) -> String {
            switch term {
            case .phrase(let words, let prefix):
                let quoted = words.contains(" ") ? "\"\(words)\"" : words
                return prefix ? quoted + "*" : quoted
            case .anyOf(let terms):
                return terms.map(text).joined(separator: " OR ")
            }
        }
        return (required.map(text) + excluded.map { "-" + text($0) }).joined(separator: " ")
    }

    private static func fts5(_ term: Term) -> String {
        switch term {
        case .phrase(let words, let prefix):
            let quoted = "\"" + words.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] } + "\""
            return prefix ? quoted + "*" : quoted
        case .anyOf(let terms):
            return "(" + terms.map(fts5).joined(separator: " OR ") + ")"
        }
    }

    private enum Token {
        case term(Term, negated: Bool)
        case or
    }

    /// Splits the input into quoted phrases, words, `OR` and `-` prefixes. A phrase or word keeps
    /// only letters, digits and inner apostrophes/hyphens, so no FTS5 syntax survives.
    private static func tokens(of input: String) -> [Token] {
        var tokens: [Token] = []
        var chars = Array(input)
        chars.append(" ")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace { i += 1; continue }
            var negated = false
            if c == "-" || c == "\u{2212}" {
                negated = true
                i += 1
                if i >= chars.count || chars[i].isWhitespace { continue }
            }
            if chars[i] == "\"" || chars[i] == "\u{201C}" || chars[i] == "\u{201D}" {
                var j = i + 1
                while j < chars.count && !(chars[j] == "\"" || chars[j] == "\u{201C}" || chars[j] == "\u{201D}") { j += 1 }
                let words = normalisedWords(String(chars[(i + 1)..<min(j, chars.count)]))
                i = min(j + 1, chars.count)
                let prefix = i < chars.count && chars[i] == "*"
                if prefix { i += 1 }
                if !words.isEmpty { tokens.append(.term(.phrase(words.joined(separator: " "), prefix: prefix), negated: negated)) }
                continue
            }
            var j = i
            while j < chars.count && !chars[j].isWhitespace && chars[j] != "\"" { j += 1 }
            let raw = String(chars[i..<j])
            i = j
            if raw == "OR" && !negated {
                tokens.append(.or)
                continue
            }
            let prefix = raw.hasSuffix("*")
            let words = normalisedWords(raw)
            guard !words.isEmpty else { continue }
            // "covid-19" or "anti-social" are one phrase of their parts, as the index splits them.
            tokens.append(.term(.phrase(words.joined(separator: " "), prefix: prefix), negated: negated))
        }
        return tokens
    }

    /// The letters-and-digits runs of `text`, as the index tokenizer sees them.
    static func normalisedWords(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
