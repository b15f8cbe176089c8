import Foundation
import MinutebookCore

/// Reads a ModernGov site's public pages, for sites whose web service is switched off:
/// the committee list (`mgListCommittees.aspx`), a committee's meetings (`ieListMeetings.aspx`), a
/// meeting's documents page (`ieListDocuments.aspx`: its items in `table.mgItemTable`, each with its
/// number cell, title and document links, restricted items marked and without links) and its
/// attendance page (`mgMeetingAttendance.aspx`: `table.mgStatsTable`).
enum ModernGovPages {
    static func committees(_ html: String) -> [ModernGov.Committee] {
        var out: [ModernGov.Committee] = []
        for (href, text) in anchors(html) {
            let lower = href.lowercased()
            guard lower.contains("mgcommitteedetails.aspx") || lower.contains("ielistmeetings.aspx"),
                let id = query(href, "ID") ?? query(href, "CId") ?? query(href, "CommitteeId"), !text.isEmpty,
                !out.contains(where: { $0.id == id })
            else { continue }
            out.append(ModernGov.Committee(id: id, title: text))
        }
        return out
    }

    static func meetings(_ html: String) -> [ModernGov.MeetingSummary] {
        var out: [ModernGov.MeetingSummary] = []
        for (href, text) in anchors(html) where href.lowercased().contains("ielistdocuments.aspx") {
            guard let id = query(href, "MId"), let date = SiteDates.date(text), !out.contains(where: { $0.id == id }) else { continue }
            out.append(ModernGov.MeetingSummary(id: id, date: date, time: SiteDates.time(text)))
        }
        return out
    }

    /// The meeting documents page; `summary` gives the date when the page's heading cannot be read.
    static func meeting(_ html: String, summary: ModernGov.MeetingSummary) -> ModernGov.Meeting {
        var meeting = ModernGov.Meeting(id: summary.id, date: summary.date, time: summary.time)
        var open: [(name: String, attributes: [String: String])] = []
        var inItemTable = false
        var item: ModernGov.AgendaItem?
        var cell = 0
        var anchor: (href: String, text: String)?
        var venueNext = false
        var sawHeading = false

        func finishItem() {
            if let i = item, !(i.title.isEmpty && i.number == nil) { meeting.items.append(i) }
            item = nil
        }
        func insideClass(_ fragment: String) -> Bool {
            open.contains { ($0.attributes["class"] ?? "").lowercased().contains(fragment) }
        }

        for token in HTMLScan.tokens(html) {
            switch token {
            case .start(let name, let attributes):
                if name == "table", attributes.hasClass("mgItemTable") { inItemTable = true }
                if inItemTable, name == "tr" { finishItem(); item = ModernGov.AgendaItem(number: nil, title: ""); cell = 0 }
                if inItemTable, name == "td" { cell += 1 }
                if name == "a", let href = attributes["href"] { anchor = (href, "") }
                if !["br", "img", "meta", "link", "input", "hr"].contains(name) { open.append((name, attributes)) }
            case .end(let name):
                if name == "a", let a = anchor {
                    anchor = nil
                    if isDocumentLink(a.href) {
                        let doc = ModernGov.Document(
                            title: documentTitle(a.text), path: a.href,
                            isRestricted: insideClass("restricted") || insideClass("exempt"))
                        if inItemTable, item != nil { item?.documents.append(doc) } else { meeting.documents.append(doc) }
                    }
                }
                if name == "table", inItemTable { finishItem(); inItemTable = false }
                if let k = open.lastIndex(where: { $0.name == name }) { open.removeSubrange(k...) }
            case .text(let text):
                if var a = anchor {
                    a.text += (a.text.isEmpty ? "" : " ") + text
                    anchor = a
                }
                if inItemTable, item != nil {
                    let lower = text.lowercased()
                    if insideClass("restricted") || insideClass("exempt") || lower.hasPrefix("restricted") {
                        item?.isRestricted = true
                    } else if cell == 1, item?.number == nil {
                        let n = text.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
                        if !n.isEmpty { item?.number = n }
                    } else if cell >= 2, item?.title.isEmpty == true, insideClass("mgaititletxt") {
                        item?.title = text
                    }
                } else if !inItemTable {
                    if venueNext { meeting.venue = text; venueNext = false }
                    if text.lowercased().hasPrefix("venue:") {
                        let v = text.dropFirst(6).trimmingCharacters(in: .whitespaces)
                        if v.isEmpty { venueNext = true } else { meeting.venue = v }
                    } else if !sawHeading, anchor == nil, insideClass("mgsubtitle"), let d = SiteDates.date(text) {
                        sawHeading = true
                        meeting.date = d
                        meeting.time = SiteDates.time(text) ?? meeting.time
                    } else if insideClass("mgcommitteetitle"), meeting.committeeTitle == nil {
                        meeting.committeeTitle = text
                    }
                }
            }
        }
        finishItem()
        return meeting
    }

    /// The rows of the attendance table: attendee, role, attendance, notes ("Substitute for ...").
    static func attendance(_ html: String) -> [ModernGov.Attendee] {
        var rows: [[String]] = []
        var inTable = false
        var row: [String]?
        var cellOpen = false
        for token in HTMLScan.tokens(html) {
            switch token {
            case .start("table", let a) where a.hasClass("mgStatsTable"): inTable = true
            case .end("table"): inTable = false
            case .start("tr", _) where inTable: row = []
            case .start("td", _) where row != nil: row?.append(""); cellOpen = true
            case .end("td"): cellOpen = false
            case .end("tr"):
                if let r = row, !r.isEmpty { rows.append(r) }
                row = nil
            case .text(let t) where cellOpen:
                if var r = row, let last = r.indices.last {
                    r[last] += (r[last].isEmpty ? "" : " ") + t
                    row = r
                }
            default: break
            }
        }
        return rows.compactMap { r in
            guard let name = r.first, !name.isEmpty else { return nil }
            let notes = r.count > 3 ? r[3] : ""
            var substituteFor: String?
            if let range = notes.range(of: "substitute for ", options: .caseInsensitive) {
                substituteFor = notes[range.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: " ."))
            }
            return ModernGov.Attendee(
                name: name, role: r.count > 1 && !r[1].isEmpty ? r[1] : nil,
                attendance: r.count > 2 && !r[2].isEmpty ? r[2] : "Present", substituteFor: substituteFor)
        }
    }

    /// The address of the meeting's attendance page, when its documents page links one.
    static func attendanceLink(_ html: String) -> String? {
        anchors(html).first { $0.href.lowercased().contains("mgmeetingattendance.aspx") }?.href
    }

    static func isDocumentLink(_ href: String) -> Bool {
        let lower = href.lowercased()
        return lower.contains("documents/") || lower.contains("mgconvert2pdf.aspx") || lower.hasSuffix(".pdf")
            || lower.contains(".pdf?") || lower.hasSuffix(".docx")
    }

    /// "Report of the Chief Officer PDF 120 KB" → "Report of the Chief Officer".
    static func documentTitle(_ text: String) -> String {
        var words = text.split(separator: " ").map(String.init)
        if words.count >= 3, ["KB", "MB"].contains(words[words.count - 1].uppercased()), Double(words[words.count - 2]) != nil {
            words.removeLast(2)
        }
        if let last = words.last, ["PDF", "DOCX", "HTML"].contains(last.uppercased()), words.count > 1 { words.removeLast() }
        return words.joined(separator: " ")
    }

    static func anchors(_ html: String) -> [(href: String, text: String)] {
        var out: [(href: String, text: String)] = []
        var current: (href: String, text: String)?
        for token in HTMLScan.tokens(html) {
            switch token {
            case .start("a", let a): current = a["href"].map { ($0, "") }
            case .text(let t):
                if var c = current {
                    c.text += (c.text.isEmpty ? "" : " ") + t
                    current = c
                }
            case .end("a"):
                if let c = current { out.append(c) }
                current = nil
            default: break
            }
        }
        return out
    }

    /// A query parameter of a link, its name matched without regard to case.
    static func query(_ href: String, _ name: String) -> String? {
        guard let q = href.firstIndex(of: "?") else { return nil }
        for pair in href[href.index(after: q)...].split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == name.lowercased() {
                return String(parts[1]).removingPercentEncoding ?? String(parts[1])
            }
        }
        return nil
    }
}
