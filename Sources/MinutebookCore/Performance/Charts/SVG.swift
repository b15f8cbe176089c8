/// Small helpers for drawing SVG as text: every piece of data text goes through `escape`.
enum SVG {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab/newline are not allowed in XML 1.0.
                if c.value < 0x20 && c != "\t" && c != "\n" { continue }
                out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// Coordinates with at most one decimal, no exponent.
    static func n(_ value: Double) -> String {
        let r = (value * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : Numbers.format(r, decimals: 1).replacingCommas()
    }

    /// A "nice" upper bound for an axis from 0: 1, 2, 2.5 or 5 × 10^k at or above `value`.
    static func niceMaximum(_ value: Double) -> Double {
        guard value > 0, value.isFinite else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        for step in [1.0, 2.0, 2.5, 5.0, 10.0] where step * magnitude >= value {
            return step * magnitude
        }
        return 10 * magnitude
    }

    /// Ids used inside an SVG must be unique on the page and safe in attributes.
    static func safeID(_ text: String) -> String {
        let mapped = text.unicodeScalars.map { c -> Character in
            (c.properties.isAlphabetic && c.isASCII) || ("0"..."9").contains(c) || c == "-" ? Character(c) : "-"
        }
        let id = String(mapped)
        return id.isEmpty ? "chart" : (id.first?.isLetter == true ? id : "c-" + id)
    }
}

extension String {
    func replacingCommas() -> String { String(filter { $0 != "," }) }
}
