import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Word's automatic numbering (`w:numPr`): minute numbers and sub-items that Word draws from
/// `word/numbering.xml` instead of storing in the text. Each numbered paragraph gets its label
/// ("175", "175a", "(b)", "1.2") written in front, as if typed, so the layout parsers see it.
/// Paragraph styles that carry numbering (`word/styles.xml`) count too.
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = "%1."
    }

    /// Levels of each abstract numbering definition.
    var abstracts: [String: [Int: Level]] = [:]
    /// numId → abstractNumId, and the restarts a numId asks for.
    var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    /// Style id → (numId, level) of styles that number their paragraphs.
    var styles: [String: (numID: String, level: Int)] = [:]
    /// Current counters per abstract definition and level.
    private var counters: [String: [Int: Int]] = [:]
    private var restarted = Set<String>()

    init() {}

    init(numbering: Data?, styles: Data?) {
        if let numbering {
            let reader = NumberingXML()
            let parser = XMLParser(data: numbering)
            parser.delegate = reader
            if parser.parse() {
                abstracts = reader.abstracts
                instances = reader.instances
            }
        }
        if let styles {
            let reader = StylesXML()
            let parser = XMLParser(data: styles)
            parser.delegate = reader
            if parser.parse() { self.styles = reader.styles }
        }
    }

    var isEmpty: Bool { abstracts.isEmpty }

    /// The label of the next paragraph numbered `numID` at `level`, counting it; nil for no label.
    mutating func label(numID: String, level: Int) -> String? {
        guard numID != "0", let instance = instances[numID], let levels = abstracts[instance.abstract],
            let current = levels[level]
        else { return nil }
        var counts = counters[instance.abstract] ?? [:]
        if !instance.starts.isEmpty, restarted.insert(numID).inserted {
            for (l, start) in instance.starts { counts[l] = start - 1 }
        }
        counts[level] = (counts[level] ?? ((levels[level]?.start ?? 1) - 1)) + 1
        for deeper in counts.keys where deeper > level { counts[deeper] = nil }
        counters[instance.abstract] = counts
        if current.format == "bullet" { return "•" }
        if current.format == "none" { return nil }
        var label = current.text
        for l in 0...level {
            let value = counts[l] ?? levels[l]?.start ?? 1
            label = label.replacingOccurrences(of: "%\(l + 1)", with: Self.format(value, levels[l]?.format ?? "decimal"))
        }
        let trimmed = label.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func format(_ value: Int, _ format: String) -> String {
        switch format {
        case "lowerLetter": return letters(value)
        case "upperLetter": return letters(value).uppercased()
        case "lowerRoman": return roman(value).lowercased()
        case "upperRoman": return roman(value)
        default: return String(value)
        }
    }

    static func letters(_ value: Int) -> String {
        guard value >= 1 else { return String(value) }
        let letter = Character(UnicodeScalar(UInt8(97 + (value - 1) % 26)))
        return String(repeating: letter, count: (value - 1) / 26 + 1)
    }

    static func roman(_ value: Int) -> String {
        guard value >= 1, value < 4000 else { return String(value) }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
            (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")
        ]
        var n = value
        var out = ""
        for (v, s) in table { while n >= v { out += s; n -= v } }
        return out
    }
}

/// `word/numbering.xml`: abstract definitions (start, format, text per level) and the numIds using them.
final class NumberingXML: NSObject, XMLParserDelegate {
    var abstracts: [String: [Int: WordNumbering.Level]] = [:]
    var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
    private var abstractID: String?
    private var numID: String?
    private var level: Int?
    private var overrideLevel: Int?

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let value = attributes["w:val"]
        switch name {
        case "w:abstractNum": abstractID = attributes["w:abstractNumId"]
        case "w:num": numID = attributes["w:numId"]
        case "w:lvl":
            level = attributes["w:ilvl"].flatMap { Int($0) }
            if let abstractID, let level { abstracts[abstractID, default: [:]][level] = WordNumbering.Level() }
        case "w:start":
            if let abstractID, let level, let start = value.flatMap({ Int($0) }) { abstracts[abstractID]?[level]?.start = start }
        case "w:numFmt":
            if let abstractID, let level, let value { abstracts[abstractID]?[level]?.format = value }
        case "w:lvlText":
            if let abstractID, let level, let value { abstracts[abstractID]?[level]?.text = value }
        case "w:abstractNumId":
            if let numID, let value { instances[numID] = (value, [:]) }
        case "w:lvlOverride": overrideLevel = attributes["w:ilvl"].flatMap { Int($0) }
        case "w:startOverride":
            if let numID, let overrideLevel, let start = value.flatMap({ Int($0) }) { instances[numID]?.starts[overrideLevel] = start }
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch name {
        case "w:abstractNum": abstractID = nil
        case "w:num": numID = nil
        case "w:lvl": level = nil
        case "w:lvlOverride": overrideLevel = nil
        default: break
        }
    }
}

/// `word/styles.xml`: paragraph styles whose definition numbers the paragraph.
final class StylesXML: NSObject, XMLParserDelegate {
    var styles: [String: (numID: String, level: Int)] = [:]
    private var styleID: String?
    private var numID: String?
    private var level = 0

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        switch name {
        case "w:style": styleID = attributes["w:styleId"]; numID = nil; level = 0
        case "w:numId": numID = attributes["w:val"]
        case "w:ilvl": level = attributes["w:val"].flatMap { Int($0) } ?? 0
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "w:style" {
            if let styleID, let numID { styles[styleID] = (numID, level) }
            styleID = nil
        }
    }
}
