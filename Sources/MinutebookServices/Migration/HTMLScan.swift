import Foundation

/// A forgiving walk through an HTML page: start tags with their attributes, end tags and text, in
/// order. Enough to read the handful of ModernGov page structures the migration needs; scripts and
/// styles are skipped, entities decoded, and nothing is ever rejected.
struct HTMLScan {
    enum Token: Equatable {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    static func tokens(_ html: String) -> [Token] {
        var out: [Token] = []
        let s = Array(html.unicodeScalars)
        var i = 0
        var text = ""
        func flushText() {
            let t = decode(text).split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            if !t.isEmpty { out.append(.text(t)) }
            text = ""
        }
        while i < s.count {
            guard s[i] == "<" else { text.unicodeScalars.append(s[i]); i += 1; continue }
            // A comment or doctype: skipped.
            if i + 3 < s.count, s[i + 1] == "!" {
                let close: [Unicode.Scalar] = s[i + 2] == "-" && s[i + 3] == "-" ? ["-", "-", ">"] : [">"]
                var j = i + 2
                while j < s.count, !(Array(s[j..<min(j + close.count, s.count)]) == close) { j += 1 }
                i = min(j + close.count, s.count)
                continue
            }
            var j = i + 1
            var quote: Unicode.Scalar?
            while j < s.count {
                if let q = quote { if s[j] == q { quote = nil } } else if s[j] == "\"" || s[j] == "'" { quote = s[j] } else if s[j] == ">" { break }
                j += 1
            }
            let inner = String(String.UnicodeScalarView(s[(i + 1)..<min(j, s.count)]))
            i = min(j + 1, s.count)
            flushText()
            if inner.hasPrefix("/") {
                out.append(.end(inner.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()))
                continue
            }
            let (name, attributes) = tag(inner)
            guard !name.isEmpty else { continue }
            out.append(.start(name, attributes))
            if name == "script" || name == "style" {
                // Raw text up to the closing tag.
                let closing = "</\(name)"
                var k = i
                while k < s.count {
                    if s[k] == "<", k + closing.count <= s.count,
                        String(String.UnicodeScalarView(s[k..<(k + closing.count)])).lowercased() == closing
                    {
                        break
                    }
                    k += 1
                }
                i = k
            }
        }
        flushText()
        return out
    }

    static func tag(_ inner: String) -> (String, [String: String]) {
        let chars = Array(inner.trimmingCharacters(in: CharacterSet(charactersIn: "/ \t\n\r")))
        var k = 0
        while k < chars.count, !chars[k].isWhitespace { k += 1 }
        let name = String(chars[0..<k]).lowercased()
        var attributes: [String: String] = [:]
        while k < chars.count {
            while k < chars.count, chars[k].isWhitespace || chars[k] == "/" { k += 1 }
            var e = k
            while e < chars.count, chars[e] != "=", !chars[e].isWhitespace { e += 1 }
            let key = String(chars[k..<e]).lowercased()
            k = e
            while k < chars.count, chars[k].isWhitespace { k += 1 }
            var value = ""
            if k < chars.count, chars[k] == "=" {
                k += 1
                while k < chars.count, chars[k].isWhitespace { k += 1 }
                if k < chars.count, chars[k] == "\"" || chars[k] == "'" {
                    let q = chars[k]
                    var v = k + 1
                    while v < chars.count, chars[v] != q { v += 1 }
                    value = String(chars[(k + 1)..<min(v, chars.count)])
                    k = v + 1
                } else {
                    var v = k
                    while v < chars.count, !chars[v].isWhitespace { v += 1 }
                    value = String(chars[k..<v])
                    k = v
                }
            }
            if !key.isEmpty { attributes[key] = decode(value) }
        }
        return (name, attributes)
    }

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        let named: [String: String] = [
            "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "#39": "'",
            "ndash": "–", "mdash": "—", "pound": "£"
        ]
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(10).firstIndex(of: ";") {
                let entity = String(after[..<semi])
                if let v = named[entity.lowercased()] {
                    out += v
                } else if entity.hasPrefix("#"), let n = entity.hasPrefix("#x") ? UInt32(entity.dropFirst(2), radix: 16) : UInt32(entity.dropFirst()),
                    let scalar = Unicode.Scalar(n)
                {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "&" + entity + ";"
                }
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }
}

extension [String: String] {
    /// Whether the `class` attribute names `name` among its classes.
    func hasClass(_ name: String) -> Bool {
        (self["class"] ?? "").split(separator: " ").contains { $0.lowercased() == name.lowercased() }
    }
}
