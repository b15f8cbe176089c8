/// A minute number as printed: a running number and an optional sub-item letter ("186", "186a").
public struct MinuteNumber: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let number: Int
    /// Lower-case sub-item letter(s), empty for a main item.
    public let letter: String

    public init(_ number: Int, letter: String = "") {
        self.number = number
        self.letter = letter.lowercased()
    }

    /// Parses "186", "186a", "186 a", "186(a)", "46 (a)", "15A". Returns nil for anything else.
    public init?(parsing text: some StringProtocol) {
        var digits = ""
        var rest = Substring(text)
        while let c = rest.first, c == " " || c == "\t" { rest = rest.dropFirst() }
        while let c = rest.last, c == " " || c == "\t" { rest = rest.dropLast() }
        while let c = rest.first, c.isASCII, c.isNumber {
            digits.append(c)
            rest = rest.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 6, let n = Int(digits) else { return nil }
        var letters = ""
        for c in rest where !(c == " " || c == "(" || c == ")" || c == "\t") {
            guard c.isASCII, c.isLetter else { return nil }
            letters.append(c)
        }
        guard letters.count <= 2 else { return nil }
        self.init(n, letter: letters)
    }

    /// "186a"
    public var text: String { "\(number)\(letter)" }
    public var description: String { text }
    public var isSubItem: Bool { !letter.isEmpty }

    public static func < (a: MinuteNumber, b: MinuteNumber) -> Bool {
        if a.number != b.number { return a.number < b.number }
        if a.letter.count != b.letter.count { return a.letter.count < b.letter.count }
        return a.letter < b.letter
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let n = MinuteNumber(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "'\(text)' is not a minute number such as 186 or 186a"))
        }
        self = n
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(text)
    }

    /// The letter for the n-th sub-item (0 → "a", 25 → "z", 26 → "aa").
    public static func subItemLetter(_ index: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        if index < 26 { return String(letters[max(0, index)]) }
        return String(letters[(index / 26 - 1) % 26]) + String(letters[index % 26])
    }
}
