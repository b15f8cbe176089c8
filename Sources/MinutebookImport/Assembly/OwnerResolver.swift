import MinutebookCore

/// Matches Action column codes ("RV", "LG/TG") and names to people: first people named in the
/// action's own text, then the meeting's attendees (and those who sent apologies), then any extra
/// people supplied (the body's seat holders at that date, from the store). An ambiguous or unknown
/// code is a warning, never a guess.
public struct OwnerResolver: Sendable {
    public struct Person: Sendable, Equatable {
        public var name: String
        public var initials: Set<String>
        public init(name: String, initials: Set<String>? = nil) {
            self.name = name
            self.initials = initials ?? Names.initials(of: name)
        }
    }

    public enum Outcome: Sendable, Equatable {
        case person(String)
        case collective
        case ambiguous([String])
        case unknown
    }

    let attendees: [Person]
    let others: [Person]

    public init(attendees: [String], others: [Person] = []) {
        var seen = Set<String>()
        var people: [Person] = []
        for name in attendees where seen.insert(Names.key(name)).inserted { people.append(Person(name: name)) }
        self.attendees = people
        self.others = others
    }

    static let placeWords: Set<String> = [
        "house", "park", "road", "street", "centre", "center", "station", "estate", "hall",
        "court", "close", "lane", "way", "avenue", "square", "green", "hill", "bridge",
        "gardens", "place", "library", "school", "church", "fields", "bank", "police",
        "fund", "week", "day", "plan", "strategy", "report", "forum", "summit", "act"
    ]

    /// Capitalised word pairs in the text that read as names ("Jackie Baxter", not "Clock House").
    static func namesMentioned(in text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "(" || $0 == ")" })
        var out: [String] = []
        var i = 0
        while i + 1 < words.count {
            let a = words[i], b = words[i + 1]
            // Both words must start with a capital: refuse lower-case ASCII from the first byte.
            if let x = b.utf8.first, x >= 0x61 && x <= 0x7A { i += 2; continue }
            if let x = a.utf8.first, x >= 0x61 && x <= 0x7A { i += 1; continue }
            if let fa = a.first, let fb = b.first, fa.isUppercase, fb.isUppercase, a.count >= 2, b.count >= 2,
                !Names.isHonorificWord(a), AttendanceList.isNameWord(String(a)), AttendanceList.isNameWord(String(b)),
                !placeWords.contains(b.lowercased()), !placeWords.contains(a.lowercased())
            {
                out.append("\(a) \(b)")
                i += 2
                continue
            }
            i += 1
        }
        return out
    }

    public func resolve(_ code: String, actionText: String, context: String = "") -> Outcome {
        if Normalizer.collectiveOwners.contains(code) { return .collective }
        let isInitials = code.count <= 4 && code.allSatisfy { $0.isUppercase }
        if !isInitials {
            // A name as written: match attendees by full name, then by surname.
            let key = Names.key(code)
            if let p = attendees.first(where: { Names.key($0.name) == key }) ?? others.first(where: { Names.key($0.name) == key }) {
                return .person(p.name)
            }
            if !code.contains(" ") {
                let bySurname = attendees.filter { Names.key(Names.surname(of: $0.name)) == key }
                if bySurname.count == 1 { return .person(bySurname[0].name) }
                if bySurname.count > 1 { return .ambiguous(bySurname.map(\.name)) }
                return .unknown
            }
            return Names.looksLikeName(code) ? .person(code) : .unknown
        }
        // Someone the action itself names, whose initials fit.
        let mentioned = Self.namesMentioned(in: actionText)
        var named: [String] = []
        for m in mentioned where Names.initials(of: m).contains(code) {
            let full =
                attendees.first(where: {
                    Names.key(Names.surname(of: $0.name)) == Names.key(Names.surname(of: m)) && Names.initials(of: $0.name).contains(code)
                })?.name ?? m
            if !named.contains(full) { named.append(full) }
        }
        if named.count == 1 { return .person(named[0]) }
        for pool in [attendees, others] {
            let matches = pool.filter { $0.initials.contains(code) }
            if matches.count == 1 { return .person(matches[0].name) }
            if matches.count > 1 {
                // Prefer the one the action, else the minute, names ("Mr Vale", "Anne Ball").
                for text in [actionText, context] {
                    let named = matches.filter { text.contains($0.name) || text.contains(" " + Names.surname(of: $0.name)) }
                    if named.count == 1 { return .person(named[0].name) }
                }
                return .ambiguous(matches.map(\.name))
            }
        }
        // Someone the minute names elsewhere (the officer whose report it was).
        var inMinute: [String] = []
        for m in Self.namesMentioned(in: context) where Names.initials(of: m).contains(code) && !inMinute.contains(m) {
            inMinute.append(m)
        }
        if inMinute.count == 1 { return .person(inMinute[0]) }
        if inMinute.count > 1 { return .ambiguous(inMinute) }
        return .unknown
    }

    /// Fills `ownerNames` of every action (all owners matched) and returns warnings for the rest.
    public func resolveActions(in items: inout [MeetingRecord.Item], lines: [[Int]]) -> [String] {
        var warned = Set<String>()
        var warnings: [String] = []
        for i in items.indices {
            for a in items[i].actions.indices {
                let action = items[i].actions[a]
                let line = i < lines.count && a < lines[i].count ? lines[i][a] : 0
                var names: [String] = []
                var complete = true
                for code in action.owners {
                    switch resolve(code, actionText: action.text, context: items[i].text) {
                    case .person(let name): names.append(name)
                    case .collective: names.append(code)
                    case .ambiguous(let candidates):
                        complete = false
                        if warned.insert("\(line)/\(code)").inserted {
                            warnings.append("line \(line): action column '\(code)' could be \(candidates.joined(separator: " or "))")
                        }
                    case .unknown:
                        complete = false
                        if warned.insert("\(line)/\(code)").inserted {
                            warnings.append("line \(line): action column '\(code)' matches no attendee")
                        }
                    }
                }
                items[i].actions[a].ownerNames = complete && !names.isEmpty ? names : nil
            }
        }
        return warnings
    }
}
