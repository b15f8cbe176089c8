/// Performance figures as a pack prints them (issue 19): a KPI table in a sub-group report, one
/// indicator per row, its target and its quarterly figures ("Target Q1 Q2 Q3"). What the table
/// printed is kept cell by cell; a cell that cannot be taken as the figure it stands for carries the
/// reason it is doubtful, and the importer says so line by line.

/// One cell of a KPI table: what was printed, the figure read from it, and why it is doubtful.
public struct KPICell: Sendable, Equatable, Codable {
    /// The column: nil for the target, 1...4 for a quarter.
    public var quarter: Int?
    public var text: String
    /// The figure to record (nil when nothing can be recorded: blank, words, a percentage for a count).
    public var value: Double?
    /// Why the cell is doubtful, when it is.
    public var doubt: String?
    public var line: Int

    public init(quarter: Int?, text: String, value: Double?, doubt: String?, line: Int) {
        self.quarter = quarter
        self.text = text
        self.value = value
        self.doubt = doubt
        self.line = line
    }

    /// "the target", "Q2".
    public var column: String { quarter.map { "Q\($0)" } ?? "the target" }

    /// Reads a printed cell as a figure of `unit`. A bare number is the figure. A number with a
    /// footnote mark ("102*") or a note ("55 (45 Pro Rata)") is recorded as that number and doubted.
    /// A blank, words ("8 referrals – 2 assessments") or a percentage where a count is expected are not
    /// recorded, and say why.
    public static func read(_ printed: String, quarter: Int?, unit: IndicatorUnit, line: Int) -> KPICell {
        let text = printed.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        func cell(_ value: Double?, _ doubt: String?) -> KPICell {
            KPICell(quarter: quarter, text: text, value: value, doubt: doubt, line: line)
        }
        let column = quarter.map { "Q\($0)" } ?? "the target"
        if text.isEmpty || text == "-" || text == "–" || text.lowercased() == "n/a" {
            return cell(nil, "\(column) is blank")
        }
        let isPercent = text.hasSuffix("%")
        if let value = Numbers.parse(text) {
            if isPercent, unit != .percent {
                return cell(nil, "\(column) '\(text)' is a percentage where a \(unit.label.lowercased()) is expected: not recorded")
            }
            return cell(value, nil)
        }
        // A leading number followed by a footnote mark or a note in brackets.
        let number = String(text.prefix { $0.isNumber || $0 == "," || $0 == "." || $0 == "%" })
        let rest = String(text.dropFirst(number.count)).trimmingWhitespace()
        if let value = Numbers.parse(number), !rest.isEmpty {
            if number.hasSuffix("%"), unit != .percent {
                return cell(nil, "\(column) '\(text)' is a percentage where a \(unit.label.lowercased()) is expected: not recorded")
            }
            if rest.allSatisfy({ footnoteMarks.contains($0) || $0.isNumber && !$0.isASCII }) {
                return cell(value, "\(column) '\(text)' carries a footnote mark: \(unit.format(value)) recorded, the footnote not")
            }
            if rest.hasPrefix("(") && rest.hasSuffix(")") && !rest.dropFirst().contains("(") {
                return cell(value, "\(column) '\(text)' carries a note: \(unit.format(value)) recorded, the note not")
            }
        }
        return cell(nil, "\(column) '\(text)' is not a figure: not recorded")
    }

    /// Marks that point to a footnote: asterisks, daggers, superscript digits.
    static let footnoteMarks: Set<Character> = ["*", "†", "‡", "§", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹", "⁰"]
}

/// One row of a KPI table: an indicator with its target and quarterly figures.
public struct KPIRow: Sendable, Equatable, Codable {
    /// The indicator as printed ("Number attending the One Stop Shop").
    public var indicator: String
    public var unit: IndicatorUnit
    public var target: KPICell?
    public var quarters: [KPICell]
    /// What the table's header said of a column ("Q1 – (June Only)"), and any other doubt about the row.
    public var notes: [String]
    public var line: Int

    public init(indicator: String, unit: IndicatorUnit, target: KPICell?, quarters: [KPICell], notes: [String] = [], line: Int) {
        self.indicator = indicator
        self.unit = unit
        self.target = target
        self.quarters = quarters
        self.notes = notes
        self.line = line
    }

    /// Every doubt about the row, line-numbered.
    public var warnings: [String] {
        notes.map { "line \(line): '\(indicator)': \($0)" }
            + ([target].compactMap { $0 } + quarters).compactMap { cell in cell.doubt.map { "line \(cell.line): '\(indicator)': \($0)" } }
    }

    /// The unit a row's figures are in: a percentage when the indicator says so ("% of ...",
    /// "percentage", "rate") or every printed figure is one; otherwise a count.
    public static func unit(indicator: String, cells: [String]) -> IndicatorUnit {
        let lower = indicator.lowercased()
        if lower.contains("%") || lower.contains("percentage") || lower.contains("proportion") { return .percent }
        let figures = cells.filter { $0.first?.isNumber == true }
        if !figures.isEmpty, figures.allSatisfy({ $0.contains("%") }) { return .percent }
        return .count
    }

    /// The indicator's code: its name in lower-case words joined by hyphens ("number-attending-the-one-stop-shop").
    public var code: String {
        var out = ""
        for c in indicator.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { out.append(c) } else if !out.isEmpty && !out.hasSuffix("-") { out.append("-") }
        }
        while out.hasSuffix("-") { out.removeLast() }
        while out.count > 60, let cut = out.lastIndex(of: "-") { out = String(out[..<cut]) }
        return out.isEmpty ? "indicator" : out
    }
}

/// The KPI tables of one pack, and the performance year their quarters belong to.
public struct PackFigures: Sendable, Equatable, Codable {
    public var file: String
    public var meetingDate: LocalDate
    public var rows: [KPIRow]

    public init(file: String, meetingDate: LocalDate, rows: [KPIRow]) {
        self.file = file
        self.meetingDate = meetingDate
        self.rows = rows
    }

    /// The April–March year of the latest quarter the tables print that had ended by the meeting:
    /// a pack for 26 March 2018 reporting Q1–Q3 reports on 2017/18.
    public var year: PerformanceYear {
        let latest = rows.flatMap(\.quarters).compactMap(\.quarter).max() ?? 1
        var year = PerformanceYear(containing: YearMonth(meetingDate))
        let endOfQuarter = year.quarterStart(latest).adding(months: 2)
        if endOfQuarter >= YearMonth(meetingDate) { year = year.previous }
        return year
    }
}
