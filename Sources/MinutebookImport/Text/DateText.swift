import MinutebookCore

/// Dates and times as minutes print them: "19 th December 2017", "6th JULY 2017", "March 8th 2018",
/// "Thursday, November 29 th" (no year), "14/03/2019", "10.00 am", "10am", "14:30".
public enum DateText {
    /// A date found in text; `year` is nil when the text gives none.
    public struct Found: Sendable, Equatable {
        public var year: Int?
        public var month: Int
        public var day: Int

        /// The date, taking a missing year as the first such day on or after `after`.
        public func resolved(onOrAfter after: LocalDate?) -> LocalDate? {
            if let year { return LocalDate(year: year, month: month, day: day) }
            guard let after else { return nil }
            for y in after.year...(after.year + 1) {
                if let d = LocalDate(year: y, month: month, day: day), d >= after { return d }
            }
            return nil
        }
    }

    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        for (i, name) in LocalDate.monthNames.enumerated() {
            m[name.lowercased()] = i + 1
            m[String(name.lowercased().prefix(3))] = i + 1
        }
        m["sept"] = 9
        // Welsh month names, with the soft mutations a date can take ("o Fawrth", "i Orffennaf").
        for (i, names) in [
            ["ionawr"], ["chwefror"], ["mawrth", "fawrth"], ["ebrill"], ["mai", "fai"], ["mehefin", "fehefin"],
            ["gorffennaf", "orffennaf"], ["awst"], ["medi", "fedi"], ["hydref"], ["tachwedd", "dachwedd"],
            ["rhagfyr"]
        ].enumerated() {
            for n in names { m[n] = i + 1 }
        }
        return m
    }()
    /// Words that are a month only beside a day number: "mai" and "medi" are Welsh months but
    /// also words; "mar", "may" and "jun" as abbreviations; "mawrth" is also Tuesday ("dydd Mawrth").
    static let ambiguousMonths: Set<String> = [
        "mai", "fai", "medi", "fedi", "may", "mar", "jun", "jan", "dec", "oct", "aug",
        "sep", "nov", "feb", "apr", "jul", "mawrth", "fawrth"
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "dydd", "llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul"
    ]
    static let ordinals: Set<String> = ["st", "nd", "rd", "th"]

    /// Words of `text`, lower-cased, split on spaces and punctuation other than `/` and `:`.
    static func words(_ text: some StringProtocol) -> [Substring] {
        let lower = Normalizer.asciiDigits(text).lowercased()
        return lower.split(whereSeparator: { c in
            c == " " || c == "," || c == "." || c == "(" || c == ")" || c == "\t" || c == "-" || c == "–" || c == "—"
        })
        .map { w in ocrDigits(w) ?? w }
    }

    /// "2o14", "1o", "l9th": a number word with OCR look-alike letters (o for 0, l or i for 1), read as
    /// digits when the word has a real digit and only look-alikes besides it (and an ordinal).
    static func ocrDigits(_ word: Substring) -> Substring? {
        guard word.utf8.count >= 2, word.utf8.count <= 6, word.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }),
            word.utf8.contains(where: { $0 == 0x6F || $0 == 0x6C || $0 == 0x69 })
        else { return nil }
        var body = word
        var suffix: Substring = ""
        for o in ordinals where word.hasSuffix(o) { body = word.dropLast(2); suffix = word.suffix(2) }
        var out = ""
        for c in body {
            switch c {
            case "0"..."9": out.append(c)
            case "o": out.append("0")
            case "l", "i": out.append("1")
            default: return nil
            }
        }
        return Substring(out + suffix)
    }

    /// Splits "19th" into ("19", "th"); nil when the word is not a day number.
    static func dayNumber(_ word: Substring) -> Int? {
        var digits = word
        for suffix in ordinals where word.hasSuffix(suffix) { digits = word.dropLast(2) }
        guard (1...2).contains(digits.count), let d = Int(digits), (1...31).contains(d) else { return nil }
        return d
    }

    static func year(_ word: Substring?) -> Int? {
        guard let word, word.count == 4, let y = Int(word), (1900...2200).contains(y) else { return nil }
        return y
    }

    /// Every date in `text`, in order.
    public static func dates(in text: some StringProtocol) -> [Found] {
        let w = words(text)
        var found: [Found] = []
        var i = 0
        while i < w.count {
            let word = w[i]
            if let day = dayNumber(word) {
                var j = i + 1
                if j < w.count, ordinals.contains(String(w[j])) { j += 1 }
                if j < w.count, w[j] == "of" || w[j] == "o" { j += 1 }
                if j < w.count, let month = months[String(w[j])] {
                    let y = year(j + 1 < w.count ? w[j + 1] : nil)
                    found.append(Found(year: y, month: month, day: day))
                    i = j + (y == nil ? 1 : 2)
                    continue
                }
            }
            if let month = months[String(word)], word.count >= 3, i + 1 < w.count, let day = dayNumber(w[i + 1]),
                i == 0 || w[i - 1] != "dydd"
            {
                var j = i + 2
                if j < w.count, ordinals.contains(String(w[j])) { j += 1 }
                let y = year(j < w.count ? w[j] : nil)
                // "March 8th 2018"; without a year the day may begin a day-first date ("Mawrth 5 Mawrth 2024").
                if y != nil || j >= w.count || months[String(w[j])] == nil {
                    found.append(Found(year: y, month: month, day: day))
                    i = j + (y == nil ? 0 : 1)
                    continue
                }
            }
            if word.contains("/") {
                let parts = word.split(separator: "/")
                if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), var y = Int(parts[2]),
                    parts[2].count == 2 || parts[2].count == 4
                {
                    if parts[2].count == 2 { y += y < 70 ? 2000 : 1900 }
                    if LocalDate(year: y, month: m, day: d) != nil { found.append(Found(year: y, month: m, day: d)) }
                }
            } else if word.count == 10, let iso = LocalDate(iso: word) {
                found.append(Found(year: iso.year, month: iso.month, day: iso.day))
            }
            i += 1
        }
        return found
    }

    /// The first complete date in `text`.
    public static func firstDate(in text: some StringProtocol) -> LocalDate? {
        for f in dates(in: text) {
            if let y = f.year, let d = LocalDate(year: y, month: f.month, day: f.day) { return d }
        }
        // ISO dates are split by the word splitter on "-"; try them directly.
        for token in text.split(separator: " ") where token.count >= 10 {
            if let d = LocalDate(iso: token.prefix(10)) { return d }
        }
        return nil
    }

    /// True when the whole line is a date (a running header such as "19 December 2017").
    public static func isDateOnly(_ text: String) -> Bool {
        let w = words(text)
        guard !w.isEmpty, w.count <= 6, dates(in: text).count == 1 else { return false }
        return w.allSatisfy {
            dayNumber($0) != nil || months[String($0)] != nil || year($0) != nil
                || weekdays.contains(String($0)) || ordinals.contains(String($0)) || $0 == "of"
        }
    }

    /// Every time of day in `text`: "10.00 am", "10am", "12.05pm", "14:30", "10.00hrs".
    public static func times(in text: some StringProtocol) -> [LocalTime] {
        let chars = Array(Normalizer.asciiDigits(text).lowercased().utf8)
        var result: [LocalTime] = []
        var i = 0
        func isDigit(_ k: Int) -> Bool { k < chars.count && chars[k] >= 0x30 && chars[k] <= 0x39 }
        while i < chars.count {
            guard isDigit(i), i == 0 || !(isDigit(i - 1) || chars[i - 1] == 0x2E || chars[i - 1] == 0x3A) else { i += 1; continue }
            var j = i
            var hour = 0
            while isDigit(j), j - i < 2 { hour = hour * 10 + Int(chars[j] - 0x30); j += 1 }
            if isDigit(j) { i = j; continue }
            var minute = 0
            var hasMinutes = false
            var colon = false
            if j + 2 < chars.count + 1, j < chars.count, chars[j] == 0x2E || chars[j] == 0x3A, isDigit(j + 1), isDigit(j + 2), !isDigit(j + 3) {
                colon = chars[j] == 0x3A
                minute = Int(chars[j + 1] - 0x30) * 10 + Int(chars[j + 2] - 0x30)
                hasMinutes = true
                j += 3
            }
            var k = j
            while k < chars.count, chars[k] == 0x20 { k += 1 }
            var meridiem: UInt8 = 0
            if k + 1 < chars.count, chars[k] == 0x61 || chars[k] == 0x70, chars[k + 1] == 0x6D,
                k + 2 >= chars.count || !(chars[k + 2] >= 0x61 && chars[k + 2] <= 0x7A)
            {
                meridiem = chars[k]
            } else if k + 3 < chars.count, chars[k] == 0x61 || chars[k] == 0x70, chars[k + 1] == 0x2E, chars[k + 2] == 0x6D {
                meridiem = chars[k]
            } else if k + 2 < chars.count, chars[k] == 0x68, chars[k + 1] == 0x72, chars[k + 2] == 0x73 {
                meridiem = 0x68
            } else if k + 2 < chars.count, chars[k] == 0x79, chars[k + 1] == 0x2E, chars[k + 2] == 0x62 || chars[k + 2] == 0x68 {
                // Welsh "y.b." (yn y bore, am) and "y.h." (yn yr hwyr / prynhawn, pm).
                meridiem = chars[k + 2] == 0x62 ? 0x61 : 0x70
            } else if k + 1 < chars.count, chars[k] == 0x6E, chars[k + 1] == 0x6F, k + 3 < chars.count, chars[k + 2] == 0x6F, chars[k + 3] == 0x6E,
                hour == 12
            {
                meridiem = 0x68 // "12 noon"
            }
            if meridiem != 0 || (colon && hasMinutes) {
                var h = hour
                if meridiem == 0x70 && h < 12 { h += 12 }
                if meridiem == 0x61 && h == 12 { h = 0 }
                if let t = LocalTime(hour: h, minute: minute), meridiem == 0 || meridiem == 0x68 || (1...12).contains(hour) {
                    result.append(t)
                }
            }
            i = max(j, i + 1)
        }
        return result
    }
}
