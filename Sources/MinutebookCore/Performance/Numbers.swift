/// Number formatting without Foundation: thousands separators, fixed decimals, half away from zero.
public enum Numbers {
    public static func isWhole(_ value: Double) -> Bool { value == value.rounded() }

    public static func format(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return String(value) }
        let whole = Int(scaled) / Int(scale)
        let fraction = Int(scaled) % Int(scale)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        var out = (value < 0 && scaled > 0 ? "-" : "") + grouped
        if decimals > 0 {
            let f = String(fraction)
            out += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return out
    }

    /// "+12.5%", "-29.0%", "0.0%".
    public static func signedPercent(_ value: Double) -> String {
        let text = format(value, decimals: 1)
        return (value > 0 && text != "0.0" ? "+" : "") + text + "%"
    }

    /// Parses a plain decimal figure as typed in a spreadsheet: "1,234", "12.5", "-3", "45%".
    /// Returns nil for anything else (words, two points, empty).
    public static func parse(_ text: some StringProtocol) -> Double? {
        var s = String(text.filter { $0 != "," && $0 != " " })
        if s.hasSuffix("%") { s.removeLast() }
        guard !s.isEmpty else { return nil }
        var seenDigit = false, seenPoint = false
        for (i, c) in s.enumerated() {
            if c == "-" && i == 0 { continue }
            if c == "." && !seenPoint { seenPoint = true; continue }
            guard c.isASCII, c.isNumber else { return nil }
            seenDigit = true
        }
        guard seenDigit, let value = Double(s), value.isFinite else { return nil }
        return value
    }
}
