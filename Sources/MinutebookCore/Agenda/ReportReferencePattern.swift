/// A partnership's own pattern of report reference numbers, e.g. `CSD{yy}{nnn}` for CSD18054:
/// literal text, `{yy}` or `{yyyy}` for the year and a run of `n` for the zero-padded serial.
public struct ReportReferencePattern: Sendable, Equatable {
    public let pattern: String
    enum Token: Equatable { case literal(String), year2, year4, serial(Int) }
    let tokens: [Token]

    public init(_ pattern: String) throws {
        var tokens: [Token] = []
        var rest = Substring(pattern)
        var literal = ""
        while let first = rest.first {
            if first == "{", let close = rest.firstIndex(of: "}") {
                let name = rest[rest.index(after: rest.startIndex)..<close]
                let token: Token
                if name == "yy" {
                    token = .year2
                } else if name == "yyyy" {
                    token = .year4
                } else if !name.isEmpty,
                    name.allSatisfy({ $0 == "n" })
                {
                    token = .serial(name.count)
                } else {
                    throw DomainError.invalid("report reference pattern \(pattern): unknown field {\(name)}; use {yy}, {yyyy} or {nnn}")
                }
                if !literal.isEmpty { tokens.append(.literal(literal)); literal = "" }
                tokens.append(token)
                rest = rest[rest.index(after: close)...]
            } else {
                literal.append(first)
                rest = rest.dropFirst()
            }
        }
        if !literal.isEmpty { tokens.append(.literal(literal)) }
        guard tokens.contains(where: { if case .serial = $0 { true } else { false } }) else {
            throw DomainError.invalid("report reference pattern \(pattern) has no serial number field such as {nnn}")
        }
        self.pattern = pattern
        self.tokens = tokens
    }

    /// The year and serial of `reference`, or nil when it does not follow the pattern.
    public func parse(_ reference: String) -> (year: Int?, serial: Int)? {
        var rest = Substring(reference.filter { $0 != " " })
        var year: Int?
        var serial: Int?
        for token in tokens {
            switch token {
            case .literal(let text):
                let compact = String(text.filter { $0 != " " })
                guard rest.uppercased().hasPrefix(compact.uppercased()) else { return nil }
                rest = rest.dropFirst(compact.count)
            case .year2, .year4:
                let width = token == .year2 ? 2 : 4
                let digits = rest.prefix(width)
                guard digits.count == width, let value = Int(digits) else { return nil }
                year = width == 2 ? 2000 + value : value
                rest = rest.dropFirst(width)
            case .serial(let width):
                let digits = rest.prefix(while: \.isNumber)
                guard digits.count >= width, let value = Int(digits) else { return nil }
                serial = value
                rest = rest.dropFirst(digits.count)
            }
        }
        guard rest.isEmpty, let serial else { return nil }
        return (year, serial)
    }

    /// The reference after every one in `existing` of the same year (serial 1 for a new year).
    public func next(year: Int, existing: [String]) -> String {
        let used = existing.compactMap(parse).filter { $0.year == nil || $0.year == year }.map(\.serial)
        let serial = (used.max() ?? 0) + 1
        return tokens.map { token -> String in
            switch token {
            case .literal(let text): text
            case .year2: String(String(year).suffix(2))
            case .year4: String(year)
            case .serial(let width):
                String(repeating: "0", count: max(0, width - String(serial).count)) + String(serial)
            }
        }.joined()
    }
}
