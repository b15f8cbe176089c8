import MinutebookCore

/// An iCalendar (RFC 5545) document of meetings: escaped text, lines folded at 75 octets without
/// splitting a character, CRLF line ends, times in Europe/London with its VTIMEZONE.
struct ICalendar {
    struct Event: Sendable {
        var uid: String
        var sequence: Int
        var date: LocalDate
        var start: LocalTime?
        var end: LocalTime?
        var summary: String
        var location: String?
        var description: String
        var url: String
        var cancelled: Bool
    }

    var name: String
    var events: [Event]
    /// `DTSTAMP` of every event: when this calendar was rendered, UTC, `YYYYMMDDTHHMMSSZ`.
    var stamp: String

    func render() -> String {
        var out = ICalendar.Lines()
        out.add("BEGIN:VCALENDAR")
        out.add("VERSION:2.0")
        out.add("PRODID:-//Minutebook//Public record//EN")
        out.add("CALSCALE:GREGORIAN")
        out.add("METHOD:PUBLISH")
        out.add("X-WR-CALNAME:" + ICalendar.escape(name))
        out.add("X-WR-TIMEZONE:Europe/London")
        for line in ICalendar.londonTimeZone { out.add(line) }
        for event in events {
            out.add("BEGIN:VEVENT")
            out.add("UID:" + ICalendar.escape(event.uid))
            out.add("DTSTAMP:" + stamp)
            out.add("SEQUENCE:\(event.sequence)")
            if let start = event.start {
                out.add("DTSTART;TZID=Europe/London:" + ICalendar.dateTime(event.date, start))
                if let end = event.end, end > start {
                    out.add("DTEND;TZID=Europe/London:" + ICalendar.dateTime(event.date, end))
                }
            } else {
                out.add("DTSTART;VALUE=DATE:" + ICalendar.date(event.date))
                out.add("DTEND;VALUE=DATE:" + ICalendar.date(event.date.adding(days: 1)))
            }
            out.add("SUMMARY:" + ICalendar.escape(event.summary))
            if let location = event.location, !location.isEmpty { out.add("LOCATION:" + ICalendar.escape(location)) }
            out.add("DESCRIPTION:" + ICalendar.escape(event.description))
            out.add("URL:" + event.url)
            out.add("STATUS:" + (event.cancelled ? "CANCELLED" : "CONFIRMED"))
            out.add("TRANSP:OPAQUE")
            out.add("END:VEVENT")
        }
        out.add("END:VCALENDAR")
        return out.text
    }

    /// Lines folded at 75 octets (continuations start with one space), joined with CRLF.
    struct Lines {
        var text = ""

        mutating func add(_ line: String) {
            var octets = 0
            for character in line {
                let size = character.utf8.count
                if octets + size > 75 {
                    text += "\r\n "
                    octets = 1
                }
                text.append(character)
                octets += size
            }
            text += "\r\n"
        }
    }

    /// TEXT value escaping: backslash, semicolon, comma and newlines.
    static func escape(_ value: String) -> String {
        var out = ""
        for character in value {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n", "\r": out += "\\n"
            default:
                if let ascii = character.asciiValue, ascii < 0x20 || ascii == 0x7F { continue }
                out.append(character)
            }
        }
        return out
    }

    static func date(_ date: LocalDate) -> String {
        fourDigits(date.year) + two(date.month) + two(date.day)
    }

    static func dateTime(_ date: LocalDate, _ time: LocalTime) -> String {
        self.date(date) + "T" + two(time.hour) + two(time.minute) + "00"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    private static func fourDigits(_ year: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// UK civil time: GMT in winter, BST from the last Sunday of March to the last Sunday of October.
    static let londonTimeZone = [
        "BEGIN:VTIMEZONE", "TZID:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19810329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19961027T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"
    ]
}
