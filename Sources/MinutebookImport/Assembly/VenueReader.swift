import MinutebookCore

/// Reads where the meeting was held from the opening of the minutes: the title ("... held on 21st
/// September 2022 at 6pm at Dunstow Community Hub", "... at 10.00 am in the Jubilee Suite, Kingsmere
/// Town Hall", "... held in the Ashby Room, Civic Centre on Monday ..."), the line that continues the
/// title ("IN THE COMMITTEE ROOM, SHEPCOTE TOWN HALL"), or a label inside a page header line
/// ("Date: 04/07/2023   Time: 13:30   Venue: Millhaven Police Station").
enum VenueReader {
    /// Words that open a venue phrase, longest first.
    static let openers = [" held in the ", " held at the ", " held in ", " held at ", " in the ", " at the ", " in ", " at ", " yn "]

    /// The venue in a title: the first "in/at (the) Place" phrase after "held" or the date that names
    /// no date or time, up to " on <date>" or the end.
    static func fromTitle(_ title: String) -> String? {
        let lower = title.lowercased()
        // Search after "held" or the first digit, so a body's own "in"/"at" is not read as a place.
        var from = lower.startIndex
        if let held = lower.find(" held ") {
            from = held.lowerBound
        } else if let digit = lower.firstIndex(where: \.isNumber) {
            from = digit
        } else {
            return nil
        }
        var best: (at: String.Index, venue: String)?
        for opener in openers {
            var search = lower[from...]
            while let r = search.find(opener) {
                let start = title.index(title.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))
                if let venue = place(String(title[start...])), best == nil || r.lowerBound < best!.at {
                    best = (r.lowerBound, venue)
                }
                search = lower[r.upperBound...]
            }
        }
        if let best { return best.venue }
        // "... 9 April 2025, 09:30 - 11:00, Board Room, Wyndcliffe House": the segments after the last
        // one that gives the date or a time.
        let segments = title.splitOn(", ")
        guard let last = segments.lastIndex(where: { DateText.firstDate(in: $0) != nil || !DateText.times(in: $0).isEmpty }),
            last + 1 < segments.count
        else { return nil }
        return place(segments[(last + 1)...].joined(separator: ", "))
    }

    /// The place a phrase names ("Dunstow Community Hub.", "the Jubilee Suite, Kingsmere Town Hall on
    /// Monday ..."), or nil when it names a date or time or is no proper name.
    static func place(_ phrase: String) -> String? {
        var text = phrase
        for stop in [" on ", " commencing ", " starting ", " from ", " at "] {
            let lower = text.lowercased()
            if lower.count == text.count, let r = lower.find(stop) {
                let head = String(text[..<text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.lowerBound))])
                if DateText.firstDate(in: head) == nil, DateText.times(in: head).isEmpty { text = head }
            }
        }
        text = text.trimmed
        while let l = text.last, ".,;:".contains(l) { text.removeLast() }
        if text.lowercased().hasPrefix("the ") { text = String(text.dropFirst(4)) }
        guard text.count > 3, text.count <= 120, let first = text.first, first.isUppercase,
            DateText.firstDate(in: text) == nil, DateText.times(in: text).isEmpty, !text.contains(where: \.isNumber) || text.count > 12
        else { return nil }
        // A place is a name: most of its words capitalised.
        let words = text.split(separator: " ").filter { $0.count > 3 }
        guard !words.isEmpty, words.filter({ $0.first?.isUppercase == true }).count * 2 >= words.count else { return nil }
        return tidy(text)
    }

    /// The line after the title when it only says where: "IN THE COMMITTEE ROOM, SHEPCOTE TOWN HALL".
    static func fromContinuation(_ line: String) -> String? {
        let lower = line.lowercased()
        for opener in ["in the ", "at the ", "in ", "at ", "held in the ", "held at the ", "held at ", "held in ", "venue "]
        where lower.hasPrefix(opener) {
            return place(String(line.dropFirst(opener.count)))
        }
        return nil
    }

    /// "Venue: X" inside a line that holds other labels ("Date: ...   Time: ...   Venue: X").
    static func fromInlineLabel(_ text: String) -> String? {
        let lower = text.lowercased()
        for key in ["venue:", "location:", "place:", "lleoliad:", "held at:"] {
            guard let r = lower.find(key) else { continue }
            let start = text.index(text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: r.upperBound))
            var rest = String(text[start...]).trimmed
            // Up to the next label ("   Chair: ...").
            if let next = rest.firstRange(of: "   ") { rest = String(rest[..<next.lowerBound]) }
            rest = rest.splitOn(". ").first ?? rest
            rest = rest.trimmed.trimmingTrailing(".")
            return rest.count > 2 ? tidy(rest) : nil
        }
        return nil
    }

    /// Capitals as printed, except a venue in capitals only, which is title-cased.
    static func tidy(_ venue: String) -> String {
        HeadingMatcher.upperShare(venue) > 0.8 ? HeaderReader.titleCased(venue) : venue
    }

    /// The venue from the opening lines when the title gave none: a "Venue:" label inside a header
    /// line, a dated line saying where it was held, or the line after a dated one that says where.
    static func fromOpening(_ lines: ArraySlice<Line>) -> String? {
        var seen = 0
        var previousDated = false
        for line in lines where !line.isBlank {
            seen += 1
            if seen > 20 { break }
            let text = MinutesLocator.stripMarkup(line.cells.filter { !$0.isEmpty }.joined(separator: "   "))
            if let v = fromInlineLabel(text) { return v }
            let dated = DateText.firstDate(in: text) != nil
            if dated, let v = fromTitle(text) { return v }
            if previousDated, let v = fromContinuation(text) { return v }
            previousDated = dated
        }
        return nil
    }
}
