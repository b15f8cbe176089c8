import MinutebookCore

/// What the pack prints for one agenda item beyond its line on the agenda.
public enum PackReport: Sendable {
    /// The previous meeting's minutes, written by Minutebook.
    case minutes(PackMinutes)
    /// A report already turned into a safe HTML fragment (Markdown, HTML, or a Matters Arising table).
    case html(String)
    /// Pages of an uploaded or converted PDF, each reserved in the layout with a page style of its size.
    case pages(styles: [String])
    /// A report was expected but is not in the pack; the reason is printed.
    case missing(String)
}

/// A page size for reserved pages: a named `@page` of the upload's displayed size.
public struct PackPageStyle: Sendable, Hashable {
    public var name: String
    public var width: Double
    public var height: Double
}

/// The pack as one HTML document: cover sheet, agenda with page ranges, then every item's papers.
/// The print version reserves pages for uploaded PDFs (filled by `qpdf --underlay`) and takes its
/// page ranges from CSS `target-counter`; the accessible version is the same text for screens.
public struct PackDocument: Sendable {
    public var source: PackSource
    public var reports: [Int64: PackReport]
    public var pageStyles: [PackPageStyle]

    public var agenda: Agenda { source.agenda }
    public var meeting: Meeting { source.agenda.meeting }

    public func label(_ entry: AgendaEntry) -> String {
        "\(entry.item.number ?? "").\u{00A0}\(entry.item.title)"
    }

    /// Items that have pages in the pack, in agenda order.
    public var itemsWithPapers: [AgendaEntry] {
        agenda.entries.filter {
            switch reports[$0.id] {
            case .minutes, .html, .pages: true
            default: false
            }
        }
    }

    public var missing: [(entry: AgendaEntry, reason: String)] {
        agenda.entries.compactMap { entry in
            if case .missing(let reason) = reports[entry.id] { return (entry, reason) }
            return nil
        }
    }

    // MARK: Cover sheet and agenda, shared by both versions

    public func writeCover(_ w: inout HTMLWriter, accessible: Bool) {
        w.raw("<section class=\"cover\">\n<p class=\"partnership\">")
        w.text(source.partnershipName)
        w.raw("</p>\n<div class=\"masthead\"><div class=\"contact\">")
        if let contact = source.contact {
            w.raw("<p>Contact for this Agenda: <strong>")
            w.text(contact.name)
            w.raw("</strong></p>")
            if let phone = contact.phone { w.raw("<p>Tel: "); w.text(phone); w.raw("</p>") }
            if let email = contact.email { w.raw("<p>E-mail: "); w.text(email); w.raw("</p>") }
        }
        w.raw("</div><p class=\"issued\">Date of issue: <time datetime=\"")
        w.text(source.issueDate.iso)
        w.raw("\">")
        w.text(source.issueDate.long)
        w.raw("</time></p></div>\n<p class=\"to\">To: Members of the</p>\n<p class=\"body-name\">")
        w.text(agenda.body.name)
        w.raw("</p>\n<ul class=\"members\">\n")
        for member in source.members {
            w.raw("<li>")
            w.text(member.name)
            if let title = member.jobTitle { w.text(", (\(title))") }
            if member.role != .member && member.role != .adviser { w.text(" (\(member.role.label))") }
            w.raw("</li>\n")
        }
        w.raw("</ul>\n<p class=\"notice\"><strong>A meeting of the ")
        w.text(agenda.body.name)
        w.text(" will be held")
        if let venue = meeting.venue { w.text(" at \(venue)") }
        w.text(" on \(LocalDate.weekdayNames[meeting.date.weekday - 1].uppercased()) \(meeting.date.long.uppercased())")
        if let start = meeting.start { w.text(" at \(start.twelveHour)") }
        w.raw("</strong></p>\n")
        if let link = meeting.virtualLink {
            w.raw("<p class=\"virtual\">Members may attend virtually: ")
            w.text(link)
            w.raw("</p>\n")
        }
        if source.edition == .members && agenda.entries.contains(where: { $0.item.part == .two }) {
            w.raw("<p class=\"confidential-note\">This members' pack contains Part 2 (exempt) papers. Do not forward or publish them.</p>\n")
        }
        w.raw("</section>\n")
        writeAgenda(&w, accessible: accessible)
    }

    public func writeAgenda(_ w: inout HTMLWriter, accessible: Bool) {
        w.raw("<section class=\"agenda-section\">\n<h1 class=\"agenda-title\" id=\"agenda\">Agenda</h1>\n")
        let partOne = agenda.entries.filter { $0.item.part == .one && !$0.isSupplementary }
        let partTwo = agenda.entries.filter { $0.item.part == .two && !$0.isSupplementary }
        let supplementary = agenda.entries.filter(\.isSupplementary)
        writeAgendaTable(&w, partOne, caption: "Part 1 (public) items", accessible: accessible)
        if !partTwo.isEmpty {
            w.raw("<h2 class=\"part-two\">Part 2 (closed) agenda</h2>\n<p>The ")
            w.text(agenda.body.name)
            w.raw(" is recommended to exclude the press and public for the following items because they contain exempt information.</p>\n")
            writeAgendaTable(&w, partTwo, caption: "Part 2 (exempt) items", accessible: accessible)
        }
        if !supplementary.isEmpty {
            w.raw("<h2>Supplementary agenda</h2>\n<p>These items were added after the agenda was first issued.</p>\n")
            writeAgendaTable(&w, supplementary, caption: "Supplementary items", accessible: accessible)
        }
        let missing = self.missing
        if !missing.isEmpty {
            w.raw("<div class=\"missing-summary\"><h2>Reports not included in this pack</h2>\n<ul>\n")
            for (entry, reason) in missing {
                w.raw("<li>")
                w.text("Item \(entry.item.number ?? ""), \(entry.item.title): \(reason)")
                w.raw("</li>\n")
            }
            w.raw("</ul></div>\n")
        }
        w.raw("</section>\n")
    }

    public func writeAgendaTable(_ w: inout HTMLWriter, _ entries: [AgendaEntry], caption: StaticString, accessible: Bool) {
        w.raw("<table class=\"agenda\">\n<caption class=\"visually-hidden\">")
        w.raw(caption)
        w.raw(
            "</caption>\n<thead class=\"visually-hidden\"><tr><th scope=\"col\">Item</th><th scope=\"col\">Business</th><th scope=\"col\">Pages</th></tr></thead>\n<tbody>\n"
        )
        for entry in entries {
            w.raw(entry.level > 0 ? "<tr class=\"sub\">" : "<tr>")
            w.raw("<th scope=\"row\" class=\"num\">")
            w.text(entry.level > 0 ? String((entry.item.number ?? "").drop { $0.isNumber }) : entry.item.number ?? "")
            w.raw("</th><td class=\"title\"><span class=\"item-name\">")
            w.text(entry.item.title)
            w.raw("</span>")
            var meta: [String] = []
            if let ref = entry.item.reportReference { meta.append("Report \(ref)") }
            if let lead = entry.item.leadOfficer { meta.append("Lead officer: \(lead)") }
            if entry.item.part == .two, let reason = entry.item.exemptReason { meta.append("Exempt: \(reason)") }
            if !meta.isEmpty { w.raw("<span class=\"meta\">"); w.text(meta.joined(separator: " · ")); w.raw("</span>") }
            if let description = entry.description { w.raw("<span class=\"desc\">"); w.text(description); w.raw("</span>") }
            if case .missing(let reason) = reports[entry.id] {
                w.raw("<span class=\"missing\">Report not included: "); w.text(reason); w.raw("</span>")
            }
            w.raw("</td><td class=\"pages\">")
            switch reports[entry.id] {
            case .minutes, .html, .pages:
                if accessible {
                    w.raw("<a href=\"#item-"); w.text(Int(entry.id)); w.raw("\">Read the papers</a>")
                } else {
                    w.raw("<a class=\"range\" href=\"#item-"); w.text(Int(entry.id))
                    w.raw("\" data-end=\"#item-"); w.text(Int(entry.id)); w.raw("-end\"></a>")
                }
            default: break
            }
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody></table>\n")
    }

    // MARK: Papers

    /// The previous meeting's minutes in the layout of the minutes document (`MinutesDocument`).
    public func writeMinutes(_ w: inout HTMLWriter, _ minutes: PackMinutes) {
        MinutesDocument(pack: minutes, partnershipName: source.partnershipName, bodyName: agenda.body.name).writeBody(&w, level: 2)
    }

    public func writeReportHeading(_ w: inout HTMLWriter, _ entry: AgendaEntry) {
        w.raw("<h1 class=\"item-title\" data-bm=\"")
        w.text(label(entry))
        w.raw("\">")
        w.text(entry.item.title)
        w.raw("</h1>\n")
        var meta: [String] = []
        if let ref = entry.item.reportReference { meta.append("Report No. \(ref)") }
        if let lead = entry.item.leadOfficer { meta.append("Lead officer: \(lead)") }
        if let version = entry.latestReport, case .html = reports[entry.id] { meta.append("Version \(version.version)") }
        if !meta.isEmpty { w.raw("<p class=\"report-meta\">"); w.text(meta.joined(separator: " · ")); w.raw("</p>\n") }
    }

    public func sectionOpen(_ w: inout HTMLWriter, _ entry: AgendaEntry) {
        w.raw(entry.item.part == .two ? "<section class=\"doc part2\" id=\"item-" : "<section class=\"doc\" id=\"item-")
        w.text(Int(entry.id))
        w.raw("\" data-label=\"")
        w.text("Agenda Item \(entry.item.number ?? "")")
        w.raw("\">\n")
    }
}
