/// Short names used in URLs.
public enum Slug {
    public static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 60 && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// "Safer Bromley Partnership" → "safer-bromley-partnership".
    public static func make(_ name: String) -> String {
        var out = ""
        var dash = false
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c); dash = false } else if !dash && !out.isEmpty { out.append("-"); dash = true }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(60))
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
