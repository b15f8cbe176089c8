import MinutebookCore

/// Reads an attendance list however it is written: one name per line, or all on one line
/// ("Chris Hafford ((Borough Police Commander)) (Chairman) Nigel Davies ((...)) Terry Belcher, (...)
/// Betty McDonald, Head of Service-YOS Amanda Mumford, ..."), with markers such as "(via Teams)",
/// "(sub for Ann Lee)", "(Chairman)".
enum AttendanceList {
    typealias Attendee = MeetingRecord.Attendee

    enum Unit: Equatable {
        case word(String, comma: Bool)
        case paren(String)
        case boundary
    }

    /// Words that belong to job titles and organisations, never to a person's name.
    static let roleWords: Set<String> = [
        "manager", "officer", "director", "head", "police", "council", "board", "service", "services", "group", "team",
        "partnership", "safety", "health", "housing", "standards", "enforcement", "protection", "public", "community",
        "safer", "neighbourhood", "chairman", "chair", "commander", "borough", "met", "support", "victim", "assistant",
        "executive", "coordinator", "co-ordinator", "lead", "strategic", "programme", "trading", "environment",
        "environmental", "children's", "care", "social", "crime", "youth", "offending", "probation", "fire", "brigade",
        "ambulance", "trust", "cabinet", "member", "portfolio", "holder", "deputy", "interim", "acting", "senior",
        "operations", "policy", "project", "links", "communications", "development", "authority", "office", "unit",
        "committee", "secretary", "democratic", "clerk", "adviser", "advisor", "analyst", "commissioner", "county",
        "city", "district", "department", "division", "safeguarding", "adults", "adult", "education", "schools",
        "centre", "center", "association", "foundation", "charity", "ltd", "limited", "plc", "nhs", "icb", "ccg",
        "hospital", "university", "college", "mayor's", "policing", "vice", "vice-chairman", "co-chair", "guest",
        "representative", "inspector", "superintendent", "sergeant", "constable"
    ]

    static let positionWords: [String: ChairPosition] = [
        "chairman": .chairman, "chair": .chairman, "chairperson": .chairman, "chairwoman": .chairman,
        "cadeirydd": .chairman, "in the chair": .chairman, "vice-chairman": .viceChairman, "vice chairman": .viceChairman,
        "vice-chair": .viceChairman, "vice chair": .viceChairman, "is-gadeirydd": .viceChairman,
        "co-chair": .coChair, "co chair": .coChair, "co-chairman": .coChair, "joint chair": .coChair
    ]

    static let virtualMarkers = [
        "via teams", "via microsoft teams", "via zoom", "virtual", "virtually", "remote",
        "remotely", "online", "by video", "via video", "attended virtually", "by phone",
        "by telephone", "via webex", "ar-lein", "o bell", "dialled in", "dial-in", "dialed in", "on teams", "on zoom",
        "on the phone", "joined online", "joined remotely", "online", "remote attendance", "virtual attendance"
    ]
    static let substituteMarkers = [
        "sub for ", "covering for ", "attending for ", "as substitute for ", "substitute for ", "substituting for ", "deputising for ", "deputy for ",
        "alternate for ", "acting as alternate for ", "in place of ", "on behalf of ",
        "representing ", "standing in for ", "replacing "
    ]

    static func units(_ text: String) -> [Unit] {
        var out: [Unit] = []
        var word = ""
        var depth = 0
        var paren = ""
        func flushWord() {
            guard !word.isEmpty else { return }
            var w = word
            var comma = false
            while let l = w.last, l == "," { w.removeLast(); comma = true }
            if !w.isEmpty {
                out.append(.word(w, comma: comma))
            } else if comma, case .word(let p, _)? = out.last {
                out[out.count - 1] = .word(p, comma: true)
            }
            word = ""
        }
        // Unicode scalars, not Characters: every delimiter is one scalar, and scalars are cheaper.
        var chars = Array(text.unicodeScalars)
        chars.append(" ")
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if depth > 0 {
                if c == "(" { depth += 1 }
                if c == ")" {
                    depth -= 1
                    if depth == 0 {
                        var content = paren.trimmed
                        while content.hasPrefix("("), content.hasSuffix(")") { content = String(content.dropFirst().dropLast()).trimmed }
                        out.append(.paren(content))
                        paren = ""
                        i += 1
                        continue
                    }
                }
                paren.unicodeScalars.append(c)
            } else if c == "(" {
                flushWord()
                depth = 1
            } else if c == "*" && i + 1 < chars.count && chars[i + 1] == "*" {
                flushWord()
                out.append(.boundary)
                i += 1
            } else if c == ";" || c == "|" || c == "•" {
                flushWord()
                out.append(.boundary)
            } else if c == " " || c == "\t" {
                flushWord()
            } else {
                word.unicodeScalars.append(c)
            }
            i += 1
        }
        if depth > 0, !paren.isEmpty { out.append(.paren(paren.trimmed)) }
        return out
    }

    static func isNameWord(_ w: String) -> Bool {
        guard let f = w.first, f.isUppercase || Names.particles.contains(w.lowercased()) else { return false }
        let lower = w.lowercased()
        if roleWords.contains(lower) { return false }
        for part in lower.split(separator: "-") where roleWords.contains(String(part)) { return false }
        if w.count >= 3, w.allSatisfy({ $0.isUppercase || $0 == "-" }) { return false }
        if w.contains(where: { $0.isNumber || $0 == ":" || $0 == "&" || $0 == "/" }) { return false }
        return true
    }

    /// "Carys Mowbray - chair, Owen Marsh – dialled in, Kirsty Fell covering for Dan Ruddock": the
    /// markers a one-line list gives after a dash or as a phrase, written as brackets.
    static func bracketMarkers(_ text: String) -> String {
        guard
            text.contains(" - ") || text.contains(" – ") || FastText.containsIgnoringCase(text, " covering for ")
                || FastText.containsIgnoringCase(text, " for ")
        else { return text }
        var pieces: [String] = []
        for piece in text.split(separator: ",", omittingEmptySubsequences: false) {
            var p = String(piece)
            for dash in [" - ", " – "] {
                if let r = p.find(dash) {
                    let marker = String(p[r.upperBound...]).trimmed
                    let lower = marker.lowercased()
                    if marker.split(separator: " ").count <= 4,
                        positionWords[lower] != nil || virtualMarkers.contains(lower) || lower.hasPrefix("joined ")
                            || substituteMarkers.contains(where: { lower.hasPrefix($0) }) || statusWords[lower] != nil
                    {
                        p = String(p[..<r.lowerBound]) + " (" + marker + ")"
                    }
                }
            }
            let lower = p.lowercased()
            for m in [" covering for ", " substituting for ", " deputising for ", " sub for ", " in place of "] {
                if let r = lower.find(m), !p.contains("(") {
                    let offset = lower.distance(from: lower.startIndex, to: r.lowerBound)
                    let name = String(p.prefix(offset))
                    p = name + " (" + String(p.dropFirst(offset + 1)) + ")"
                    break
                }
            }
            pieces.append(p)
        }
        return pieces.joined(separator: ",")
    }

    /// "Priscilla Venn and Osman Tackley": two names joined by "and" (never "Fire and Rescue Service",
    /// whose words are a role's) are two entries.
    static func splitNameLists(_ text: String) -> String {
        guard FastText.containsIgnoringCase(text, " and ") || text.contains(" & ") else { return text }
        var out = ""
        var rest = Substring(text)
        while let r = rest.find(" and ") ?? rest.find(" & ") {
            let before = rest[..<r.lowerBound]
            let after = rest[r.upperBound...]
            let next = after.prefix(while: { $0 != "," && $0 != ";" && $0 != "(" && $0 != "." }).split(separator: " ")
            let previous = before.split(separator: " ").suffix(2)
            let nameAfter = (2...3).contains(next.count) && next.allSatisfy { isNameWord(String($0)) }
            let nameBefore = previous.count == 2 && previous.allSatisfy { isNameWord(String($0).trimmingTrailing(")")) || $0.hasSuffix(")") }
            out += before
            out += nameAfter && nameBefore ? ", " : String(rest[r])
            rest = after
        }
        return out + rest
    }

    /// Reads a list of people with one status.
    static func read(_ raw: String, status: AttendanceStatus) -> [Attendee] {
        let text = bracketMarkers(splitNameLists(raw))
        var people: [Attendee] = []
        var buffer: [String] = []
        var plainRole = Set<Int>()

        func attachLeftover(_ words: ArraySlice<String>) {
            guard !words.isEmpty else { return }
            var rest = Array(words)
            if let p = positionWords[rest.joined(separator: " ").lowercased()] {
                if !people.isEmpty { people[people.count - 1].position = p }
                return
            }
            if let first = rest.first, let p = positionWords[first.lowercased()], rest.count == 1 {
                if !people.isEmpty { people[people.count - 1].position = p }
                rest.removeFirst()
            }
            guard !rest.isEmpty, !people.isEmpty else { return }
            let text = rest.joined(separator: " ")
            if people[people.count - 1].role == nil {
                people[people.count - 1].role = text
                plainRole.insert(people.count - 1)
            } else if people[people.count - 1].organisation == nil {
                people[people.count - 1].organisation = text
            }
        }

        /// Takes the people out of `buffer`; returns whether the last word group became a person.
        func resolve() -> Bool {
            defer { buffer.removeAll() }
            var words = buffer[...]
            var madePerson = false
            while !words.isEmpty {
                if var h = words.firstIndex(where: { Names.isHonorificWord($0) }) {
                    var end = h + 1
                    // "Ch Insp", "Det Supt", "Chief Inspector": the rank's first word.
                    while h > words.startIndex,
                        ["ch", "det", "chief", "detective", "deputy", "assistant", "acting", "police"]
                            .contains(words[h - 1].lowercased().trimmingTrailing("."))
                    { h -= 1 }
                    while end < words.endIndex, Names.isHonorificWord(words[end]) { end += 1 }
                    var nameEnd = end
                    while nameEnd < words.endIndex, nameEnd - end < 3, isNameWord(words[nameEnd]) { nameEnd += 1 }
                    // Three name words after an honorific stay one name only when they end the list.
                    if nameEnd - end == 3 && nameEnd != words.endIndex { nameEnd -= 1 }
                    if nameEnd > end {
                        attachLeftover(words[words.startIndex..<h])
                        people.append(Attendee(name: Names.clean(words[h..<nameEnd].joined(separator: " ")), status: status))
                        madePerson = true
                        words = words[nameEnd...]
                        continue
                    }
                }
                // Otherwise the trailing capitalised words form the name.
                var start = words.endIndex
                while start > words.startIndex, words.endIndex - start < 3, isNameWord(words[start - 1]) { start -= 1 }
                if words.endIndex - start == 3, start != words.startIndex { start += 1 }
                if words.endIndex - start >= 2 {
                    attachLeftover(words[words.startIndex..<start])
                    people.append(Attendee(name: Names.clean(words[start...].joined(separator: " ")), status: status))
                    madePerson = true
                } else {
                    attachLeftover(words)
                    madePerson = false
                }
                break
            }
            return madePerson
        }

        for unit in units(text) {
            switch unit {
            case .word(let w, let comma):
                buffer.append(w)
                if comma { _ = resolve() }
            case .paren(let content):
                if !buffer.isEmpty { _ = resolve() }
                guard !people.isEmpty else { continue }
                let k = people.count - 1
                if plainRole.contains(k), people[k].organisation == nil, positionWords[content.lowercased()] == nil {
                    // "Name, Organisation (Job title)": the bracket is the role.
                    people[k].organisation = people[k].role
                    people[k].role = nil
                    plainRole.remove(k)
                }
                apply(marker: content, to: &people[k])
            case .boundary:
                if !buffer.isEmpty { _ = resolve() }
            }
        }
        if !buffer.isEmpty { _ = resolve() }
        return people.filter { !$0.name.isEmpty }
    }

    /// Applies a bracketed note to a person: a position, a virtual or substitute marker, or a role.
    static func apply(marker raw: String, to person: inout Attendee) {
        let content = raw.trimmed
        let lower = content.lowercased()
        if let p = positionWords[lower] { person.position = p; return }
        // Bilingual markers: "Cadeirydd / Chair".
        for side in lower.split(separator: "/") where positionWords[side.trimmed] != nil {
            person.position = positionWords[side.trimmed]
            return
        }
        for (words, p) in positionWords
        where (FastText.containsIgnoringCase(lower, " and ") || FastText.containsIgnoringCase(lower, " & "))
            && (lower.hasSuffix(" and " + words) || lower.hasSuffix(" & " + words))
        {
            person.position = p
            let cut = content.dropLast(words.count).trimmed
            let role = cut.hasSuffix(" and") ? String(cut.dropLast(4)) : (cut.hasSuffix(" &") ? String(cut.dropLast(2)) : cut)
            setRole(role, on: &person)
            return
        }
        if virtualMarkers.contains(lower) || lower.hasPrefix("via ") || lower.hasPrefix("joined ") {
            person.status = .virtual
            return
        }
        if lower.hasPrefix("for "), Names.looksLikeName(Names.clean(content.dropFirst(4))) {
            person.status = .substitute
            person.substituteFor = Names.clean(content.dropFirst(4))
            return
        }
        for m in substituteMarkers where lower.hasPrefix(m) {
            person.status = .substitute
            person.substituteFor = Names.clean(content.dropFirst(m.count))
            return
        }
        if lower == "apologies" || lower == "apologies received" { person.status = .apologies; return }
        if lower == "absent" { person.status = .absent; return }
        setRole(content, on: &person)
    }

    /// A status column's words.
    static let statusWords: [String: AttendanceStatus] = [
        "present": .present, "attended": .present, "in person": .present, "yes": .present, "y": .present,
        "remote": .virtual, "virtual": .virtual, "online": .virtual, "teams": .virtual, "remotely": .virtual, "o bell": .virtual,
        "apologies": .apologies, "apologies given": .apologies, "apologies received": .apologies, "sent apologies": .apologies,
        "apols": .apologies, "ymddiheuriadau": .apologies,
        "absent": .absent, "not present": .absent, "did not attend": .absent, "no": .absent, "n": .absent,
        "in attendance": .alsoPresent, "also present": .alsoPresent, "attending": .alsoPresent, "observer": .alsoPresent,
        "officer": .alsoPresent, "guest": .alsoPresent, "also in attendance": .alsoPresent
    ]

    static func setRole(_ text: String, on person: inout Attendee) {
        guard !text.isEmpty else { return }
        if person.role == nil { person.role = text } else if person.organisation == nil { person.organisation = text }
    }

    /// A table row "Name | Organisation | note": the first cell is the person.
    static func readRow(_ cells: [String], status: AttendanceStatus) -> Attendee? {
        let filled = cells.filter { !$0.isEmpty }
        guard let first = filled.first else { return nil }
        var nameUnits = units(first)
        var markers: [String] = []
        nameUnits.removeAll {
            if case .paren(let m) = $0 { markers.append(m); return true }; return false
        }
        let nameText = nameUnits.compactMap {
            if case .word(let w, _) = $0 { return w }; return nil
        }.joined(separator: " ")
        let name = Names.clean(nameText)
        guard Names.looksLikeName(name) else { return nil }
        var person = Attendee(name: name, status: status)
        for m in markers { apply(marker: m, to: &person) }
        for cell in filled.dropFirst() {
            let lower = cell.lowercased()
            if let status = statusWords[lower] {
                person.status = status
            } else if positionWords[lower] != nil || virtualMarkers.contains(lower) || substituteMarkers.contains(where: { lower.hasPrefix($0) })
                || lower == "apologies" || lower == "absent" || lower == "present"
            {
                if lower != "present" { apply(marker: cell, to: &person) }
            } else {
                var cellUnits = units(cell)
                var text: [String] = []
                for u in cellUnits {
                    switch u {
                    case .word(let w, let comma): text.append(w + (comma ? "," : ""))
                    case .paren(let m): apply(marker: m, to: &person)
                    case .boundary: break
                    }
                }
                cellUnits.removeAll()
                let joined = text.joined(separator: " ").trimmingTrailing(",")
                if !joined.isEmpty { setRole(joined, on: &person) }
            }
        }
        return person
    }
}
