/// Which way is better for an indicator.
public enum IndicatorDirection: String, Sendable, Codable, CaseIterable {
    /// More is better (referrals into a service, people completing a programme).
    case higherIsBetter = "up"
    /// Less is better (arson, burglary, re-offending).
    case lowerIsBetter = "down"

    public var label: String { self == .higherIsBetter ? "Higher is better" : "Lower is better" }
}

/// What an indicator counts. Counts add up over months; rates and percentages do not.
public enum IndicatorUnit: String, Sendable, Codable, CaseIterable {
    case count
    case percent
    case ratePerThousand = "rate_per_1000"
    case days
    case pounds

    public var label: String {
        switch self {
        case .count: "Number"
        case .percent: "Percentage"
        case .ratePerThousand: "Rate per 1,000 people"
        case .days: "Days"
        case .pounds: "Pounds"
        }
    }

    /// Whether actuals of successive periods add up to a year's figure.
    public var isAdditive: Bool { self == .count || self == .pounds }

    /// "1,234", "12.5%", "£1,200", "3.2 per 1,000", "14 days".
    public func format(_ value: Double) -> String {
        switch self {
        case .count: Numbers.format(value, decimals: Numbers.isWhole(value) ? 0 : 1)
        case .percent: Numbers.format(value, decimals: 1) + "%"
        case .ratePerThousand: Numbers.format(value, decimals: 1) + " per 1,000"
        case .days: Numbers.format(value, decimals: Numbers.isWhole(value) ? 0 : 1) + " days"
        case .pounds: "£" + Numbers.format(value, decimals: 0)
        }
    }
}

/// Where a figure applies: the partnership's whole area, one ward or beat inside it, or the wider
/// region it is compared with ("borough vs London").
public enum AreaScope: Hashable, Sendable, Codable, Comparable {
    case partnership
    case ward(String)
    case region(String)

    public var kind: String {
        switch self {
        case .partnership: "partnership"
        case .ward: "ward"
        case .region: "region"
        }
    }

    public var name: String {
        switch self {
        case .partnership: ""
        case .ward(let n), .region(let n): n
        }
    }

    public init?(kind: String, name: String) {
        switch kind {
        case "partnership": self = .partnership
        case "ward" where !name.isEmpty: self = .ward(name)
        case "region" where !name.isEmpty: self = .region(name)
        default: return nil
        }
    }

    public static func < (a: AreaScope, b: AreaScope) -> Bool { (a.kind, a.name) < (b.kind, b.name) }
}

/// A performance indicator the partnership tracks. `bodyID` is the body that owns and reports it
/// (a sub-group or the board); visibility follows that body.
public struct Indicator: Sendable, Equatable, Identifiable {
    public var id: Int64
    public var partnershipID: Int64
    public var bodyID: Int64
    /// Stable short code used by imports and URLs ("oss-attendance").
    public var code: String
    public var name: String
    public var unit: IndicatorUnit
    public var direction: IndicatorDirection
    /// Who answers for it ("VAWG Strategic Partnership Manager").
    public var owner: String
    /// Where the figures come from ("Commissioned service quarterly return").
    public var source: String
    public var tolerance: Tolerance
    /// Draft definitions are seen only by those who may see drafts of the owning body.
    public var isPublished: Bool

    public init(id: Int64, partnershipID: Int64, bodyID: Int64, code: String, name: String, unit: IndicatorUnit = .count,
                direction: IndicatorDirection = .higherIsBetter, owner: String = "", source: String = "",
                tolerance: Tolerance = .standard, isPublished: Bool = false) {
        self.id = id
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.code = code
        self.name = name
        self.unit = unit
        self.direction = direction
        self.owner = owner
        self.source = source
        self.tolerance = tolerance
        self.isPublished = isPublished
    }

    /// Codes are lower-case letters, digits and hyphens, as in URLs.
    public static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && code.count <= 60 && code.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }
}

/// One recorded figure: an indicator's value for a month or quarter in an area.
public struct Actual: Sendable, Equatable, Hashable {
    public var indicatorID: Int64
    public var period: ReportingPeriod
    public var area: AreaScope
    public var value: Double
    /// Free note from the provider ("June only: contract started mid-year").
    public var note: String

    public init(indicatorID: Int64, period: ReportingPeriod, area: AreaScope = .partnership, value: Double, note: String = "") {
        self.indicatorID = indicatorID
        self.period = period
        self.area = area
        self.value = value
        self.note = note
    }
}

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
