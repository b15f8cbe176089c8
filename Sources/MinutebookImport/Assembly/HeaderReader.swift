import MinutebookCore

/// Reads what comes before the first minute: the body, date, times, venue and attendance.
struct HeaderReader {
    struct Header {
        var body: String?
        var date: LocalDate?
        var start: LocalTime?
        var end: LocalTime?
        var venue: String?
        /// Set when the body was taken from the lines above the title, not named by it.
        var bodyIsGuess = false
        var attendance: [MeetingRecord.Attendee] = []
        var warnings: [String] = []
    }

    enum Section {
        case attendance(AttendanceStatus)
        case date, time, venue, body
    }

    static let labels: [String: Section] = [
        "present": .attendance(.present), "members present": .attendance(.present), "attendees": .attendance(.present),
        "attendance": .attendance(.present), "board members present": .attendance(.present),
        "present in person": .attendance(.present), "yn bresennol": .attendance(.present), "members": .attendance(.present),
        "present virtually": .attendance(.virtual), "attended virtually": .attendance(.virtual),
        "virtual attendance": .attendance(.virtual), "attending virtually": .attendance(.virtual),
        "remote attendance": .attendance(.virtual), "present remotely": .attendance(.virtual),
        "yn bresennol o bell": .attendance(.virtual),
        "also present": .attendance(.alsoPresent), "in attendance": .attendance(.alsoPresent),
        "also in attendance": .attendance(.alsoPresent), "officers present": .attendance(.alsoPresent),
        "officers in attendance": .attendance(.alsoPresent), "officers": .attendance(.alsoPresent),
        "hefyd yn bresennol": .attendance(.alsoPresent), "guests": .attendance(.alsoPresent),
        "observers": .attendance(.alsoPresent), "also attending": .attendance(.alsoPresent),
        "apologies": .attendance(.apologies), "apologies for absence": .attendance(.apologies),
        "apologies received": .attendance(.apologies), "ymddiheuriadau": .attendance(.apologies),
        "absent": .attendance(.absent), "absent without apologies": .attendance(.absent), "not present": .attendance(.absent),
        "date": .date, "dyddiad": .date, "date of meeting": .date, "time": .time, "amser": .time,
        "venue": .venue, "location": .venue, "place": .venue, "lleoliad": .venue, "held at": .venue,
        "meeting": .body, "committee": .body, "body": .body
    ]

    /// The label a line opens with ("Present:", "Yn bresennol / Present:", "### Also Present:"), and
    /// what follows the colon.
    static func label(_ line: Line) -> (Section, String)? {
        let text = MinutesLocator.stripMarkup(line.text)
        let head: Substring
        var rest = ""
        if let colon = text.firstIndex(of: ":") {
            head = text[..<colon]
            rest = String(text[text.index(after: colon)...]).trimmed
        } else if line.cells.filter({ !$0.isEmpty }).count >= 2, let first = line.firstFilled?.text {
            head = Substring(first)
            rest = line.cells.filter { !$0.isEmpty }.dropFirst().joined(separator: " ")
        } else {
            head = Substring(text)
        }
        guard head.utf8.count <= 40 || head.count <= 40 else { return nil }
        for side in head.split(separator: "/") {
            let key = side.trimmingCharacters(" *#").lowercased()
            if let section = labels[key] { return (section, rest) }
        }
        // "Present (remotely):", "Board members in attendance:", "Apols:": an attendance label by its words,
        // when it ends with a colon or stands alone in a few words.
        let words = head.split(separator: " ")
        guard words.count <= 5, text.contains(":") || words.count <= 3 && rest.isEmpty,
            let first = words.first.map({ String($0.lowercased().drop(while: { "*#(".contains($0) })) }), labelFirstWords.contains(first)
        else { return nil }
        return attendanceLabel(head.lowercased()).map { ($0, rest) }
    }

    static let labelFirstWords: Set<String> = [
        "present", "apologies", "apology", "apols", "absent", "also", "officers", "officer",
        "members", "member", "board", "attendees", "attendance", "attending", "in",
        "guests", "observers", "yn", "hefyd", "ymddiheuriadau", "councillors", "partners",
        "others", "advisers", "committee", "panel", "voting", "non-voting", "co-opted"
    ]

    static func attendanceLabel(_ head: String) -> Section? {
        let has = { (w: String) in head.contains(w) }
        if has("apolog") || has("apols") || has("ymddiheur") { return .attendance(.apologies) }
        if has("absent") || has("did not attend") { return .attendance(.absent) }
        if has("also") || has("in attendance") || has("officers") || has("guests") || has("observers") || has("advisers")
            || has("hefyd") || has("supporting")
        {
            return .attendance(.alsoPresent)
        }
        let attending = has("present") || has("attend") || has("members") || has("bresennol")
        if attending && (has("remot") || has("virtual") || has("online") || has("teams") || has("o bell") || has("zoom")) {
            return .attendance(.virtual)
        }
        if attending && !has("not ") { return .attendance(.present) }
        return nil
    }

    static let smallWords: Set<String> = ["and", "of", "the", "for", "on", "in", "to", "a", "an", "at", "by", "or"]

    static func titleCased(_ text: String) -> String {
        guard HeadingMatcher.upperShare(text) > 0.8 else { return text }
        var out: [String] = []
        for (i, word) in text.split(separator: " ").enumerated() {
            let lower = word.lowercased()
            if i > 0 && smallWords.contains(lower) { out.append(lower); continue }
            let hasVowel = lower.contains { "aeiouy".contains($0) }
            if !hasVowel && word.count <= 5 { out.append(String(word)); continue }
            var parts: [String] = []
            for part in lower.split(separator: "-", omittingEmptySubsequences: false) {
                parts.append(part.prefix(1).uppercased() + part.dropFirst())
            }
            out.append(parts.joined(separator: "-"))
        }
        return out.joined(separator: " ")
    }

    /// "Minutes of the Riverside Board held on ..." → "Riverside Board".
    static func bodyFromTitle(_ title: String) -> String? {
        let lower = title.lowercased()
        guard lower.hasPrefix("minutes of the ") else { return nil }
        var rest = String(title.dropFirst("minutes of the ".count))
        for stop in [" held ", " meeting held", " on ", ","] {
            if let r = rest.lowercased().find(stop) {
                rest = String(rest.prefix(rest.lowercased().distance(from: rest.lowercased().startIndex, to: r.lowerBound)))
            }
        }
        var body = rest.trimmed
        for prefix in ["meeting of the ", "meeting of ", "meeting"] where body.lowercased().hasPrefix(prefix) {
            body = String(body.dropFirst(prefix.count)).trimmed
        }
        if body.lowercased().hasSuffix(" meeting") { body = String(body.dropLast(8)) }
        return body.count >= 3 ? body : nil
    }

    static func read(_ lines: ArraySlice<Line>, titleLine: Int?, bodyEnd: Int) -> Header {
        var header = Header()
        var section: Section?
        var sectionLines: [(AttendanceStatus, Line, String)] = []
        let all = lines
        if let t = titleLine {
            var title = MinutesLocator.stripMarkup(all[t].text)
            // A title wrapped before its date ("... held in the Ashby Room," / "Civic Centre on Monday 9 March 2015").
            if DateText.firstDate(in: title) == nil, t + 1 < all.endIndex, !all[t + 1].isBlank, label(all[t + 1]) == nil,
                HeadingMatcher.numbered(all[t + 1]) == nil
            {
                let joined = title + " " + MinutesLocator.stripMarkup(all[t + 1].text)
                if DateText.firstDate(in: joined) != nil { title = joined }
            }
            header.date = DateText.firstDate(in: title)
            let times = DateText.times(in: title)
            header.start = times.first
            if times.count >= 2 { header.end = times[1] }
            header.body = bodyFromTitle(title) ?? OpeningReader.fromPhrase(title)
            if header.body == nil {
                var i = t - 1
                var parts: [String] = []
                while i >= all.startIndex, t - i <= 7, parts.count < 2 {
                    let text = MinutesLocator.stripMarkup(all[i].text)
                    if !text.isEmpty, !text.lowercased().hasPrefix("agenda item"), !Tokenizer.isPageMarker(text) {
                        parts.insert(text, at: 0)
                        if HeadingMatcher.upperShare(text) > 0.8 || parts.count == 1 && all[i].number > 0 { break }
                    }
                    i -= 1
                }
                if let name = parts.last {
                    header.body = titleCased(Bilingual.english(name))
                    header.bodyIsGuess = true
                }
            }
            // "..., 4 February 2020 at 2.00 pm, Eastmoor Town Hall": the venue closes the title.
            if let comma = title.lastIndex(of: ","), header.date != nil {
                let tail = title[title.index(after: comma)...].trimmed
                if tail.count > 3, !tail.contains(where: \.isNumber), tail.first?.isUppercase == true { header.venue = tail }
            }
            if let venue = VenueReader.fromTitle(title) {
                header.venue = venue
            } else if let r = title.lowercased().find(" held at ") ?? title.lowercased().find(" held in the ") ?? title.lowercased().find(" held in ")
            {
                let after = title.dropFirst(title.lowercased().distance(from: title.lowercased().startIndex, to: r.upperBound))
                var venue = after.splitOn(" on ").first ?? ""
                if DateText.firstDate(in: venue) != nil || !DateText.times(in: venue).isEmpty { venue = venue.splitOn(" at ").first ?? venue }
                if DateText.times(in: venue).isEmpty, DateText.firstDate(in: venue) == nil, venue.count > 3 {
                    header.venue = venue.trimmed.trimmingTrailing(",")
                }
            }
        }
        // "IN THE COMMITTEE ROOM, SHEPCOTE TOWN HALL" on the line after the title.
        if header.venue == nil, let t = titleLine {
            var k = t + 1
            while k < min(all.endIndex, t + 3), k < bodyEnd {
                if !all[k].isBlank {
                    if label(all[k]) == nil, let v = VenueReader.fromContinuation(MinutesLocator.stripMarkup(all[k].text)) { header.venue = v }
                    if header.venue != nil || DateText.firstDate(in: all[k].text) == nil { break }
                }
                k += 1
            }
        }
        var i = all.startIndex
        while i < bodyEnd {
            let line = all[i]
            defer { i += 1 }
            if line.isBlank { continue }
            if let (s, rest) = label(line) {
                section = s
                switch s {
                case .date:
                    if header.date == nil { header.date = DateText.firstDate(in: rest) }
                    let times = DateText.times(in: rest)
                    if header.start == nil { header.start = times.first }
                    if header.end == nil, times.count >= 2 { header.end = times[1] }
                    if header.venue == nil { header.venue = VenueReader.fromInlineLabel(rest) }
                    section = nil
                case .time:
                    let times = DateText.times(in: rest)
                    if header.start == nil { header.start = times.first }
                    if times.count >= 2 { header.end = times[1] }
                    section = nil
                case .venue:
                    // "Council Chamber, Guildhall. View directions": a page's link text after the venue.
                    let venue = rest.splitOn(". ").first ?? rest
                    if !venue.isEmpty { header.venue = venue.trimmingTrailing(".") }
                    section = nil
                case .body:
                    if !rest.isEmpty, header.body == nil { header.body = rest }
                    section = nil
                case .attendance(let status):
                    if !rest.isEmpty { sectionLines.append((status, Line(number: line.number, cells: [rest]), rest)) }
                }
                continue
            }
            if case .attendance(let status)? = section, i != titleLine {
                sectionLines.append((status, line, line.text))
            }
        }
        header.attendance = attendance(sectionLines)
        return header
    }

    /// Reads each attendance section: table rows one by one, flowing lists as one text.
    static func attendance(_ rows: [(AttendanceStatus, Line, String)]) -> [MeetingRecord.Attendee] {
        var people: [MeetingRecord.Attendee] = []
        var k = 0
        while k < rows.count {
            let status = rows[k].0
            var group: [Line] = []
            while k < rows.count, rows[k].0 == status { group.append(rows[k].1); k += 1 }
            let tabular = group.filter { $0.cells.filter { !$0.isEmpty }.count >= 2 }.count * 2 > group.count
            if tabular {
                for line in group {
                    let first = line.firstFilled?.text.lowercased() ?? ""
                    if ["name", "member", "attendee", "enw"].contains(first) { continue }
                    if let p = AttendanceList.readRow(line.cells, status: status) { people.append(p) }
                }
            } else {
                let text = group.map { MinutesLocator.stripMarkup($0.text) }.joined(separator: " ")
                people += AttendanceList.read(text, status: status)
            }
        }
        return people
    }
}
