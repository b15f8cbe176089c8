import MinutebookCore

/// Builds one `MeetingRecord` from a block of minutes: header, layout events, action log,
/// numbering repairs, attendance sentences, next meeting, owners.
struct RecordBuilder {
    let chooser: LayoutChooser
    let bodyOverride: String?
    var options = ImportOptions()

    func build(_ lines: [Line], block: MinutesLocator.Block, file: String) throws(ImportError) -> MeetingRecord {
        let slice = lines[block.range]
        let log = ActionLog.extract(slice)
        var bodyLines: [Line] = []
        bodyLines.reserveCapacity(slice.count)
        for i in slice.indices where !log.consumed.contains(i) { bodyLines.append(lines[i]) }
        // The minutes end at "The meeting ended at ..." or the Chairman's signature line.
        if let end = bodyLines.lastIndex(where: { MinutesLocator.isMeetingEnd($0.text) || Self.isSignature($0.text) }),
            !bodyLines[end...].contains(where: { HeadingMatcher.numbered($0) != nil })
        {
            var cut = end
            while cut > 0,
                bodyLines[cut - 1].isBlank || MinutesLocator.isMeetingEnd(bodyLines[cut - 1].text)
                    || Self.isSignature(bodyLines[cut - 1].text)
            { cut -= 1 }
            bodyLines.removeSubrange(cut...)
        }

        // The header runs to the first numbered minute (or the first heading the layout finds).
        let titleIndex = block.titleLine.flatMap { t in bodyLines.firstIndex(where: { $0.number == lines[t].number }) }
        // Minutes start after their title: the body's name above it is not a minute. Blocks the
        // extraction emitted bottom-up are put back in reading order first, and text it printed
        // twice is dropped.
        var orderWarnings: [String] = []
        let ordered = BlockOrder.repair(bodyLines[((titleIndex ?? -1) + 1)...], warnings: &orderWarnings)
        let minutesLines = RepeatedText.repair(ordered, warnings: &orderWarnings)
        let (parser, _) = chooser.choose(minutesLines)
        let events = Self.headerHeadingsAsText(parser.events(minutesLines), lines: minutesLines)
        let firstHeadingLine: Int? = events.lazy.compactMap {
            if case .heading(let h) = $0 { return h.line }; return nil
        }.first
        let headerEnd = firstHeadingLine.flatMap { n in bodyLines.firstIndex(where: { $0.number == n }) } ?? bodyLines.count
        var header = HeaderReader.read(bodyLines[...], titleLine: titleIndex, bodyEnd: headerEnd)
        let opening = OpeningReader.read(bodyLines[..<(headerEnd > 0 ? headerEnd : min(bodyLines.count, 12))], titleLine: titleIndex)
        if header.date == nil, let d = opening.date {
            header.date = d
            if header.start == nil { header.start = opening.start }
            if header.end == nil { header.end = opening.end }
            header.warnings += opening.repairs
        }
        if header.start == nil, let s = opening.start {
            header.start = s
            if header.end == nil { header.end = opening.end }
        }
        if header.body == nil || header.bodyIsGuess && !OpeningReader.namesBody(header.body ?? ""),
            let b = opening.body, OpeningReader.namesBody(b) || header.body == nil
        {
            header.body = b
        }

        let firstLine = lines.isEmpty ? 1 : lines[block.range.lowerBound].number
        var missing: [String] = []
        let date: LocalDate
        if let d = options.date ?? header.date {
            date = d
        } else if !options.strict, let (d, line) = Self.firstDate(in: slice) {
            date = d
            missing.append("line \(line): no meeting date in the opening; took \(d.iso), the first date in the text (give --date to set it)")
        } else {
            throw ImportError(
                file: file, line: firstLine,
                "no meeting date found (expected 'Minutes of the meeting held on <date>' or 'Date: <date>'); give it with --date")
        }
        let body: String
        if let b = bodyOverride ?? header.body, !b.isEmpty {
            body = b
        } else if !options.strict, let first = bodyLines.first(where: { !$0.isBlank && MinutesLocator.stripMarkup($0.text).count >= 3 }) {
            body = HeaderReader.titleCased(Bilingual.english(MinutesLocator.stripMarkup(first.text)))
            missing.append("line \(first.number): no body name found above the minutes; read '\(body)' (give --body to set it)")
        } else {
            throw ImportError(file: file, line: firstLine, "no body name found above the minutes; name it with --body")
        }

        // Header events before the first heading are attendance text, not minutes.
        var assembler = MinutesAssembler()
        assembler.consume(events)
        if assembler.drafts.isEmpty, !options.strict, let first = assembler.preamble.first {
            // Minutes without item headings: the text after the header's labelled lines is one item.
            var text = assembler.preamble
            if let lastLabel = text.lastIndex(where: { HeaderReader.label(Line(number: $0.line, cells: [$0.text])) != nil }) {
                text = Array(text[(lastLabel + 1)...])
            }
            if !text.isEmpty {
                missing.append("line \(first.line): no item headings found; the text is read as one item")
                assembler.preamble = []
                assembler.heading(Heading(number: nil, printed: nil, title: "Minutes", line: text[0].line, rest: nil))
                for p in text { assembler.paragraph(p) }
            }
        }
        guard !assembler.drafts.isEmpty else {
            throw ImportError(file: file, line: firstLine, "no minutes found: no numbered or headed items after the attendance")
        }
        var warnings = missing + header.warnings + orderWarnings + assembler.warnings
        var drafts = assembler.drafts
        Numbering.repair(&drafts, warnings: &warnings)

        // Attendance written as sentences in the apologies minute.
        var attendance = header.attendance
        // A substitute marked in the list replaces someone who is then listed with apologies.
        for a in header.attendance where a.status == .substitute {
            if let replaced = a.substituteFor, Names.looksLikePerson(replaced),
                !attendance.contains(where: { Names.key($0.name) == Names.key(replaced) })
            {
                attendance.append(.init(name: replaced, status: .apologies))
            }
        }
        for d in drafts where Self.isAttendanceMinute(d.title) {
            for p in d.paragraphs { Self.apply(AttendanceSentences.notes(in: p), to: &attendance, line: d.line, warnings: &warnings) }
        }

        // Actions from a closing action log, filed under the minute they refer to.
        for row in log.rows {
            let target = Numbering.draftIndex(for: row.ref, in: drafts)
            if row.ref != nil && target == nil {
                warnings.append("line \(row.line): action log reference '\(row.ref ?? "")' matches no minute; filed under the last minute")
            }
            guard let k = target ?? drafts.indices.last else { continue }
            drafts[k].actions.append(DraftAction(owners: row.owners, text: row.text, line: row.line, due: row.due, isResolution: false))
        }

        var items: [MeetingRecord.Item] = []
        var actionLines: [[Int]] = []
        for d in drafts {
            let actions = d.actions.map { MeetingRecord.Action(owners: $0.owners, text: $0.text, due: $0.due) }
            var item = MeetingRecord.Item(
                number: d.display ?? d.number?.text, title: d.title, part: d.part,
                text: d.narrative.joined(separator: "\n\n"), resolutions: d.resolutions,
                actions: actions, postMeetingNotes: d.postMeetingNotes,
                reportReference: d.reportReference)
            item.resolutionPlaces = d.resolutionPlaces
            items.append(item)
            actionLines.append(d.actions.map(\.line))
        }

        // Times and the next meeting.
        for line in slice where MinutesLocator.isMeetingEnd(line.text) {
            if let t = DateText.times(in: line.text).first { header.end = t }
            break
        }
        if header.venue == nil { header.venue = VenueReader.fromOpening(bodyLines[..<headerEnd]) }
        if header.venue == nil {
            for line in slice where FastText.containsIgnoringCase(line.text, "meetings take place at ") {
                let lower = line.text.lowercased()
                if let r = lower.find("meetings take place at ") {
                    let rest = String(line.text.dropFirst(lower.distance(from: lower.startIndex, to: r.upperBound)))
                    header.venue = (rest.splitOn(" unless").first ?? rest).trimmed.trimmingTrailing(".")
                    break
                }
            }
        }
        let next = Self.nextMeeting(drafts, after: date)

        let resolver = OwnerResolver(attendees: attendance.map(\.name))
        warnings += resolver.resolveActions(in: &items, lines: actionLines)

        var record = MeetingRecord(
            body: body, date: date, start: header.start, end: header.end, venue: header.venue,
            attendance: attendance, items: items, nextMeeting: next, warnings: warnings)
        record.approvesMinutesOf = PreviousMinutes.approved(in: drafts, meetingDate: date)
        return record
    }

    /// Headings above the last label of the header ("Date:", "Present:", "Apologies") are the page's
    /// title and section names, not items: they are read as text. Labels are looked for before the
    /// first numbered item, or in the first half of the minutes when no item is numbered.
    static func headerHeadingsAsText(_ events: [MinutesEvent], lines: ArraySlice<Line>) -> [MinutesEvent] {
        guard
            let firstHeading = events.firstIndex(where: {
                if case .heading = $0 { return true }; return false
            })
        else { return events }
        let firstNumbered = events.lazy.compactMap { e -> Int? in
            if case .heading(let h) = e, h.number != nil { return h.line }
            return nil
        }.first
        let limit = firstNumbered ?? (lines.first.map { $0.number + lines.count / 2 } ?? 0)
        var floor: Int?
        for line in lines {
            if line.number >= limit { break }
            guard !line.isBlank, line.text.utf8.count < 400, let (section, _) = HeaderReader.label(line) else { continue }
            switch section {
            case .attendance, .date, .time, .venue: floor = line.number
            case .body: break
            }
        }
        guard let floor else { return events }
        var out = events
        for k in firstHeading..<out.count {
            guard case .heading(let h) = out[k] else { continue }
            if h.line >= floor { break }
            out[k] = .paragraph(Paragraph(text: [h.printed, h.title, h.rest].compactMap { $0 }.joined(separator: " "), line: h.line))
        }
        return out
    }

    /// The first complete date anywhere in the block, and its line.
    static func firstDate(in lines: ArraySlice<Line>) -> (LocalDate, Int)? {
        for line in lines where !line.isBlank && line.text.contains(where: \.isNumber) {
            if let d = DateText.firstDate(in: line.text) { return (d, line.number) }
        }
        return nil
    }

    static func isSignature(_ text: String) -> Bool {
        guard text.utf8.count <= 40 else { return false }
        let lower = text.lowercased().trimmingTrailing(":")
        return lower == "chairman" || lower == "chair" || lower == "signed" || lower == "cadeirydd" || lower.hasPrefix("signed (chair")
    }

    static func isAttendanceMinute(_ title: String) -> Bool {
        FastText.containsIgnoringCase(title, "apolog") || FastText.containsIgnoringCase(title, "attendance")
            || FastText.containsIgnoringCase(title, "substitut") || FastText.containsIgnoringCase(title, "welcome")
            || FastText.containsIgnoringCase(title, "introductions") || FastText.containsIgnoringCase(title, "ymddiheuriadau")
    }

    static func apply(
        _ notes: [AttendanceSentences.Note], to attendance: inout [MeetingRecord.Attendee], line: Int,
        warnings: inout [String]
    ) {
        func index(_ name: String) -> Int? { attendance.firstIndex { Names.key($0.name) == Names.key(name) } }
        for note in notes {
            switch note {
            case .apologies(let name):
                if let i = index(name) {
                    if attendance[i].status != .apologies {
                        warnings.append("line \(line): \(name) is listed as \(attendance[i].status.rawValue) and also sent apologies")
                    }
                } else {
                    attendance.append(.init(name: name, status: .apologies))
                }
            case .substitute(let name, let replaced):
                guard let replaced else {
                    warnings.append("line \(line): \(name) attended as a substitute for someone not named")
                    continue
                }
                if Names.looksLikePerson(replaced), index(replaced) == nil {
                    attendance.append(.init(name: replaced, status: .apologies))
                }
                // Someone already listed (often under "Also present", with their job title) is that one
                // attendee, now marked as the substitute: never a second line for the same person.
                if let i = index(name) {
                    if attendance[i].status != .substitute || attendance[i].substituteFor == nil {
                        attendance[i].status = .substitute
                        attendance[i].substituteFor = replaced
                    }
                } else {
                    attendance.append(.init(name: name, status: .substitute, substituteFor: replaced))
                }
            case .virtual(let name):
                if let i = index(name) { attendance[i].status = .virtual } else { attendance.append(.init(name: name, status: .virtual)) }
            case .absent(let name):
                if let i = index(name) { attendance[i].status = .absent } else { attendance.append(.init(name: name, status: .absent)) }
            }
        }
    }

    static func nextMeeting(_ drafts: [MinuteDraft], after date: LocalDate) -> MeetingRecord.NextMeeting? {
        for d in drafts.reversed() where FastText.containsIgnoringCase(d.title, "meeting") || FastText.containsIgnoringCase(d.title, "cyfarfod") {
            let lower = d.title.lowercased()
            guard lower.contains("next meeting") || lower.contains("future meeting") || lower.contains("cyfarfod nesaf") else { continue }
            let text = d.paragraphs.joined(separator: " ")
            for found in DateText.dates(in: text) {
                if let next = found.resolved(onOrAfter: date.adding(days: 1)), next > date {
                    return MeetingRecord.NextMeeting(date: next, start: DateText.times(in: text).first)
                }
            }
        }
        // "Next meeting: 27 March 2025 at 7pm." written as a line of the last minutes.
        for d in drafts.suffix(3).reversed() {
            for p in d.paragraphs.reversed() where p.utf8.count < 300 {
                guard
                    FastText.containsIgnoringCase(p, "next meeting") || FastText.containsIgnoringCase(p, "cyfarfod nesaf")
                        || FastText.containsIgnoringCase(p, "next meets")
                else { continue }
                for found in DateText.dates(in: p) {
                    if let next = found.resolved(onOrAfter: date.adding(days: 1)), next > date {
                        return MeetingRecord.NextMeeting(date: next, start: DateText.times(in: p).first)
                    }
                }
            }
        }
        return nil
    }
}
