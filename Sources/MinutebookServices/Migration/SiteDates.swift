import Foundation
import MinutebookCore

/// Dates and times as ModernGov sites write them: "16/10/2019" or "2019-10-16" in the web service,
/// "Wednesday, 16th October, 2019 10.00 am" on the pages; times "10:00", "14:00:00", "2.00 pm".
enum SiteDates {
    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    static func date(_ text: String) -> LocalDate? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let iso = LocalDate(iso: t.prefix(10)) { return iso }
        let slash = t.split(separator: " ").first?.split(separator: "/") ?? []
        if slash.count == 3, let d = Int(slash[0]), let m = Int(slash[1]), let y = Int(slash[2]) {
            return LocalDate(year: y, month: m, day: d)
        }
        // Words: a day number (16, 16th), a month name and a four-digit year, in that order.
        var day: Int?, month: Int?, year: Int?
        for word in t.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            let digits = word.prefix { $0.isNumber }
            if !digits.isEmpty, let n = Int(digits) {
                if digits.count == 4, month != nil { year = n; break }
                if day == nil, month == nil, (1...31).contains(n) { day = n }
            } else if month == nil, day != nil, let k = months.firstIndex(where: { word.hasPrefix($0) }) {
                month = k + 1
            }
        }
        guard let day, let month, let year else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    /// The time in `text`: "10:00", "14:00:00", "10.00 am", "2.00 pm", "2 pm"; the first one found.
    static func time(_ text: String) -> LocalTime? {
        let lower = text.lowercased()
        let chars = Array(lower)
        var i = 0
        while i < chars.count {
            guard chars[i].isNumber, i == 0 || !chars[i - 1].isNumber else { i += 1; continue }
            var j = i
            while j < chars.count, chars[j].isNumber { j += 1 }
            guard let hour = Int(String(chars[i..<j])), hour <= 23 else { i = j; continue }
            var minute = 0
            var k = j
            var hadMinutes = false
            if k + 2 < chars.count, chars[k] == ":" || chars[k] == ".", chars[k + 1].isNumber, chars[k + 2].isNumber {
                minute = Int(String(chars[(k + 1)...(k + 2)])) ?? 0
                k += 3
                hadMinutes = true
            }
            let rest = String(chars[k...]).trimmingCharacters(in: .whitespaces)
            let pm = rest.hasPrefix("pm") || rest.hasPrefix("p.m")
            let am = rest.hasPrefix("am") || rest.hasPrefix("a.m")
            if hadMinutes || pm || am {
                var h = hour
                if pm && h < 12 { h += 12 }
                if am && h == 12 { h = 0 }
                if let t = LocalTime(hour: h, minute: minute) { return t }
            }
            i = k
        }
        return nil
    }

    /// dd/mm/yyyy, as the web service takes dates.
    static func service(_ date: LocalDate) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(date.day))/\(two(date.month))/\(date.year)"
    }
}
