import MinutebookCore
import MinutebookServices

/// The GOV.UK date input: a fieldset with a legend, a hint, and three text boxes for the day, month
/// and year (`NAME-day`, `NAME-month`, `NAME-year`). A problem is recorded against `NAME-day`, so the
/// error summary's link lands in the first box, and shown once above the three.
extension HTMLWriter {
    public mutating func dateInput(
        _ name: String, legend: String, value: DateParts, hint: String? = nil,
        errors: FormErrors = FormErrors()
    ) {
        let message = errors.message(for: name + "-day")
        raw(message == nil ? "<div class=\"field\">\n" : "<div class=\"field error\">\n")
        raw("<fieldset class=\"date-input\" role=\"group\"")
        var described: [String] = []
        if hint != nil { described.append(name + "-hint") }
        if message != nil { described.append(name + "-error") }
        if !described.isEmpty {
            raw(" aria-describedby=\"")
            text(described.joined(separator: " "))
            raw("\"")
        }
        raw(">\n<legend>")
        text(legend)
        raw("</legend>\n")
        if let hint {
            raw("<div class=\"hint\" id=\"")
            text(name)
            raw("-hint\">")
            text(hint)
            raw("</div>\n")
        }
        if let message {
            raw("<p class=\"error-message\" id=\"")
            text(name)
            raw("-error\"><span class=\"visually-hidden\">Error:</span> ")
            text(message)
            raw("</p>\n")
        }
        for (part, label, width, text) in [("day", "Day", 2, value.day), ("month", "Month", 2, value.month), ("year", "Year", 4, value.year)] {
            raw("<div class=\"date-part\"><label for=\"")
            self.text("\(name)-\(part)")
            raw("\">")
            self.text(label)
            raw(width == 4 ? "</label><input class=\"width-4\"" : "</label><input class=\"width-2\"")
            raw(" type=\"text\" inputmode=\"numeric\" id=\"")
            self.text("\(name)-\(part)")
            raw("\" name=\"")
            self.text("\(name)-\(part)")
            raw("\" value=\"")
            self.text(text)
            raw("\"")
            if message != nil { raw(" aria-invalid=\"true\"") }
            raw("></div>\n")
        }
        raw("</fieldset>\n</div>\n")
    }
}

/// What was typed in a date input's three boxes, kept as typed so a refused form shows it again.
public struct DateParts: Sendable, Equatable {
    public var day: String
    public var month: String
    public var year: String

    public init(day: String = "", month: String = "", year: String = "") {
        self.day = day
        self.month = month
        self.year = year
    }

    public init(_ date: LocalDate?) {
        guard let date else { self.init(); return }
        self.init(day: String(date.day), month: String(date.month), year: String(date.year))
    }

    public var isEmpty: Bool { day.isEmpty && month.isEmpty && year.isEmpty }

    /// The date, or the GOV.UK message saying what is wrong with it (`label` as in "the date the meeting moves to").
    public func read(_ label: String, required: Bool) -> (date: LocalDate?, problem: String?) {
        if isEmpty { return (nil, required ? "Enter \(label)" : nil) }
        var missing: [String] = []
        if day.isEmpty { missing.append("a day") }
        if month.isEmpty { missing.append("a month") }
        if year.isEmpty { missing.append("a year") }
        if !missing.isEmpty {
            return (nil, "\(label.prefix(1).uppercased() + label.dropFirst()) must include \(missing.joined(separator: " and "))")
        }
        guard let d = Int(day), let m = Int(month), let y = Int(year) else {
            return (nil, "\(label.prefix(1).uppercased() + label.dropFirst()) must be a real date, in numbers, like 27 3 2031")
        }
        guard year.count == 4 else { return (nil, "The year must include 4 numbers") }
        guard let date = LocalDate(year: y, month: m, day: d) else {
            return (nil, "\(label.prefix(1).uppercased() + label.dropFirst()) must be a real date")
        }
        return (date, nil)
    }
}

extension FormReader {
    /// The three boxes of date input `name`, as typed.
    func dateParts(_ name: String) -> DateParts {
        DateParts(day: form[name + "-day"] ?? "", month: form[name + "-month"] ?? "", year: form[name + "-year"] ?? "")
    }

    /// The date of date input `name`, a problem recorded against `NAME-day` when it is missing (and required) or not a date.
    mutating func dayMonthYear(_ name: String, _ label: String, required: Bool = true) -> LocalDate? {
        let (date, problem) = dateParts(name).read(label, required: required)
        if let problem { errors.add(name + "-day", problem) }
        return date
    }
}
