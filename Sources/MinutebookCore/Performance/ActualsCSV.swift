/// Reads indicator actuals from CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
///
/// The first line is a header naming the columns, in any order, case-insensitively:
/// `indicator` (the indicator's code), `period`, `value` (required) and `area`, `area_type`, `note`
/// (optional). A period is a month `2018-03` or a quarter of the April–March year `Q3 2017/18`
/// (also `2017/18 Q3`). An empty area is the whole partnership area; otherwise `area_type` says
/// `ward` (the default) or `region`.
///
/// An indicator given only by ward is totalled from its wards, or refused when its unit does not add
/// up (`withAreaTotals`).
///
/// The whole file is checked before anything is recorded: the first bad row stops the import with
/// its line number, and nothing from the file is kept.
public enum ActualsCSV {
    public static let header = "indicator,period,area_type,area,value,note"

    public static func parse(_ text: String, indicators: [String: Indicator]) throws -> [Actual] {
        try parse(records: try records(of: text), indicators: indicators)
    }

    /// The same checks over rows already split into fields (a spreadsheet's rows, with their row numbers).
    /// `hasStoredTotal` says whether an area total is already recorded for an indicator and period: ward
    /// figures never replace it.
    public static func parse(
        records: [Record], indicators: [String: Indicator],
        hasStoredTotal: (Int64, ReportingPeriod) throws -> Bool = { _, _ in false }
    ) throws -> [Actual] {
        guard let (headerLine, header) = records.first.map({ ($0.line, $0.fields) }) else {
            throw DomainError.invalid("line 1: the file is empty; the first line must name the columns (\(ActualsCSV.header))")
        }
        let names = header.map { $0.trimmingWhitespace().lowercased() }
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        guard let iIndicator = column("indicator"), let iPeriod = column("period"), let iValue = column("value") else {
            throw DomainError.invalid(
                "line \(headerLine): the header must name the columns indicator, period and value (found: \(names.joined(separator: ", ")))")
        }
        let iArea = column("area"), iAreaType = column("area_type"), iNote = column("note")
        var seen: [String: Int] = [:]
        var actuals: [Actual] = []
        for record in records.dropFirst() {
            let line = record.line
            let fields = record.fields
            if fields.allSatisfy({ $0.trimmingWhitespace().isEmpty }) { continue }
            guard fields.count == names.count else {
                throw DomainError.invalid("line \(line): expected \(names.count) fields as in the header, found \(fields.count)")
            }
            let code = fields[iIndicator].trimmingWhitespace()
            guard let indicator = indicators[code] else {
                throw DomainError.invalid("line \(line): no indicator has the code '\(code)'")
            }
            let periodText = fields[iPeriod].trimmingWhitespace()
            guard let period = period(periodText) else {
                throw DomainError.invalid("line \(line): '\(periodText)' is not a month (2018-03) or a quarter (Q3 2017/18)")
            }
            let valueText = fields[iValue].trimmingWhitespace()
            guard let value = Numbers.parse(valueText) else {
                throw DomainError.invalid("line \(line): '\(valueText)' is not a number")
            }
            if indicator.unit == .count && value < 0 {
                throw DomainError.invalid("line \(line): a count cannot be negative (\(valueText))")
            }
            let areaName = iArea.map { fields[$0].trimmingWhitespace() } ?? ""
            let areaType = iAreaType.map { fields[$0].trimmingWhitespace().lowercased() } ?? ""
            let area: AreaScope
            switch (areaName.isEmpty, areaType) {
            case (true, ""), (true, "partnership"): area = .partnership
            case (false, ""), (false, "ward"): area = .ward(areaName)
            case (false, "region"): area = .region(areaName)
            case (true, _): throw DomainError.invalid("line \(line): area_type '\(areaType)' needs an area name")
            default: throw DomainError.invalid("line \(line): area_type must be ward or region, not '\(areaType)'")
            }
            let key = "\(code)|\(period.kind.rawValue)|\(period.start.iso)|\(area.kind)|\(area.name)"
            if let first = seen[key] {
                throw DomainError.invalid("line \(line): the same figure (\(code), \(periodText)) is already on line \(first)")
            }
            seen[key] = line
            let note = iNote.map { fields[$0].trimmingWhitespace() } ?? ""
            actuals.append(Actual(indicatorID: indicator.id, period: period, area: area, value: value, note: note))
        }
        guard !actuals.isEmpty else { throw DomainError.invalid("line \(headerLine + 1): the file has no figures after the header") }
        return try withAreaTotals(actuals, lines: seen, indicators: indicators, hasStoredTotal: hasStoredTotal)
    }

    /// An indicator the file gives only by ward (no line with an empty area) gets, for each period, its
    /// area total from the wards when the indicator adds up (counts, pounds: `IndicatorUnit.isAdditive`,
    /// the rule that adds months into a year), unless a total is already recorded; a percentage, rate or
    /// number of days cannot be summed, so such a file is refused at that indicator's first ward line.
    /// Every page reads the area total, so ward figures alone would leave "No figures recorded yet".
    static func withAreaTotals(
        _ actuals: [Actual], lines: [String: Int], indicators: [String: Indicator],
        hasStoredTotal: (Int64, ReportingPeriod) throws -> Bool
    ) throws -> [Actual] {
        let codes = Dictionary(indicators.values.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func key(_ a: Actual) -> String { "\(a.indicatorID)|\(a.period.kind.rawValue)|\(a.period.start.iso)" }
        let withTotals = Set(actuals.filter { $0.area == .partnership }.map(\.indicatorID))
        var order: [String] = []
        var wards: [String: [Actual]] = [:]
        for actual in actuals {
            guard case .ward = actual.area, !withTotals.contains(actual.indicatorID) else { continue }
            if wards[key(actual)] == nil { order.append(key(actual)) }
            wards[key(actual), default: []].append(actual)
        }
        var out = actuals
        for group in order {
            guard let figures = wards[group], let first = figures.first, let indicator = codes[first.indicatorID],
                try !hasStoredTotal(first.indicatorID, first.period)
            else { continue }
            guard indicator.unit.isAdditive else {
                let line =
                    lines["\(indicator.code)|\(first.period.kind.rawValue)|\(first.period.start.iso)|\(first.area.kind)|\(first.area.name)"] ?? 0
                throw DomainError.invalid(
                    "line \(line): \(indicator.code) for \(first.period.label(yearStartMonth: 4)) is given only by ward; "
                        + "\(indicator.unit.label.lowercased()) figures cannot be added up across wards, so give the "
                        + "area's own figure on a line with an empty area")
            }
            out.append(
                Actual(
                    indicatorID: first.indicatorID, period: first.period, area: .partnership,
                    value: figures.reduce(0) { $0 + $1.value },
                    note: "Sum of \(figures.count) ward figure\(figures.count == 1 ? "" : "s")"))
        }
        return out
    }

    /// "2018-03" → month; "Q3 2017/18" or "2017/18 Q3" → the quarter of the April–March year.
    public static func period(_ text: String) -> ReportingPeriod? {
        if let month = YearMonth(iso: text) { return ReportingPeriod(month: month) }
        let parts = text.split(separator: " ").map(String.init)
        guard parts.count == 2 else { return nil }
        let (q, y) = parts[0].uppercased().hasPrefix("Q") ? (parts[0], parts[1]) : (parts[1], parts[0])
        guard q.count == 2, let n = Int(q.dropFirst()), (1...4).contains(n) else { return nil }
        let years = y.split(separator: "/")
        guard years.count == 2, years[0].count == 4, years[1].count == 2,
            let first = Int(years[0]), let second = Int(years[1]), (first + 1) % 100 == second
        else { return nil }
        return ReportingPeriod(quarter: n, of: PerformanceYear(aprilStarting: first))
    }

    /// A CSV record with the line it starts on (1-based).
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Splits CSV text into records. A byte-order mark is ignored; an unterminated quote is an error.
    public static func records(of text: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false, fieldWasQuoted = false
        var line = 1, recordLine = 1
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
                records.append(Record(line: recordLine, fields: fields))
            }
            fields = []
            field = ""
            fieldWasQuoted = false
        }
        while i < chars.count {
            let c = chars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < chars.count, chars[i + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        i += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else {
                switch c {
                case "\"" where field.isEmpty:
                    inQuotes = true
                    fieldWasQuoted = true
                case ",":
                    fields.append(field)
                    field = ""
                case "\r":
                    break
                case "\n":
                    endRecord()
                    line += 1
                    recordLine = line
                default:
                    field.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if inQuotes { throw DomainError.invalid("line \(recordLine): a quoted field is not closed") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return records
    }

    /// The figures as CSV in the import's own format (round-trips through `parse`).
    public static func export(_ actuals: [Actual], indicators: [Int64: Indicator], yearStartMonth: Int = 4) -> String {
        var out = header + "\r\n"
        for a in actuals.sorted(by: { ($0.indicatorID, $0.period, $0.area) < ($1.indicatorID, $1.period, $1.area) }) {
            guard let indicator = indicators[a.indicatorID] else { continue }
            let period = a.period.kind == .month ? a.period.start.iso : a.period.label(yearStartMonth: yearStartMonth)
            let areaType: String =
                switch a.area {
                case .partnership: "";
                case .ward: "ward";
                case .region: "region"
                }
            let value = Numbers.isWhole(a.value) ? String(Int(a.value)) : String(a.value)
            out += [indicator.code, period, areaType, a.area.name, value, a.note].map(field).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// One CSV field, quoted when needed. A leading = + - @ is prefixed with ' so spreadsheets do not run it.
    public static func field(_ value: String) -> String {
        var v = value
        if let first = v.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), Numbers.parse(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingAll("\"", with: "\"\"") + "\""
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
