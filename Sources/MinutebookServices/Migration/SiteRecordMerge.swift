import Foundation
import MinutebookCore

/// One meeting record from what the site holds as data and what the importer read from the minutes
/// document. The site wins for the date, start time, venue, attendance, and each item's number,
/// title and part; the document gives what only it has (minute text, resolutions, actions, end
/// time, the next meeting, which minutes were approved). Where the two disagree, a warning names both.
/// The record's items are the site's agenda items in the site's order (so item k is the site's
/// item k), then any minute the site's agenda does not have.
enum SiteRecordMerge {
    static func record(site meeting: ModernGov.Meeting, body: String, document: MeetingRecord?) -> MeetingRecord {
        var warnings = document?.warnings ?? []
        func disagree(_ what: String, site: String, document: String) {
            warnings.append("\(what): the site says '\(site)', the minutes document says '\(document)'; the site's is kept")
        }
        var record = MeetingRecord(
            body: body, date: meeting.date, start: meeting.time ?? document?.start, end: document?.end,
            venue: meeting.venue ?? document?.venue)
        record.nextMeeting = document?.nextMeeting
        record.approvesMinutesOf = document?.approvesMinutesOf
        if let document {
            if document.date != meeting.date { disagree("date", site: meeting.date.iso, document: document.date.iso) }
            if let s = meeting.time, let d = document.start, s != d { disagree("start time", site: s.hhmm, document: d.hhmm) }
            if let s = meeting.venue, let d = document.venue, key(s) != key(d) { disagree("venue", site: s, document: d) }
        }
        record.attendance = attendance(meeting.attendees, document: document?.attendance ?? [], warn: &warnings)
        record.items = items(meeting.items, document: document?.items ?? [], warn: &warnings)
        record.warnings = warnings
        return record
    }

    // MARK: attendance

    static func attendance(
        _ site: [ModernGov.Attendee], document: [MeetingRecord.Attendee], warn: inout [String]
    )
        -> [MeetingRecord.Attendee]
    {
        guard !site.isEmpty else { return document }
        var out: [MeetingRecord.Attendee] = []
        for a in site {
            let status = status(a.attendance)
            let printed = document.first { key($0.name) == key(a.name) }
            if let printed, printed.status != status {
                warn.append(
                    "attendance of \(a.name): the site says '\(a.attendance)', the minutes document says '\(printed.status.rawValue)'; the site's is kept"
                )
            }
            // The site's role is a committee role ("Chairman", "Committee Member"), not a job title:
            // the job title printed in the minutes is kept, the site's role gives the chair.
            out.append(
                MeetingRecord.Attendee(
                    name: a.name, role: printed?.role, organisation: printed?.organisation, status: status,
                    position: position(a.role) ?? printed?.position,
                    substituteFor: status == .substitute ? (a.substituteFor ?? printed?.substituteFor) : nil))
        }
        for p in document where !site.contains(where: { key($0.name) == key(p.name) }) {
            warn.append(
                "attendance: \(p.name) (\(p.status.rawValue)) is in the minutes document but not in the site's attendance; the site's list is kept")
        }
        return out
    }

    static func status(_ text: String) -> AttendanceStatus {
        let t = text.lowercased()
        if t.contains("apolog") { return .apologies }
        if t.contains("substitut") || t.contains("deputy") || t.contains("alternate") { return .substitute }
        if t.contains("virtual") || t.contains("remote") || t.contains("online") { return .virtual }
        if t.contains("absent") || t.contains("not present") || t.contains("did not attend") { return .absent }
        if t.contains("in attendance") || t.contains("also present") || t.contains("expected") { return .alsoPresent }
        return .present
    }

    static func position(_ role: String?) -> ChairPosition? {
        guard let r = role?.lowercased() else { return nil }
        if r.contains("vice") { return .viceChairman }
        if r.contains("co-chair") || r.contains("co chair") { return .coChair }
        if r.contains("chair") { return .chairman }
        return nil
    }

    // MARK: items

    static func items(_ site: [ModernGov.AgendaItem], document: [MeetingRecord.Item], warn: inout [String]) -> [MeetingRecord.Item] {
        var unused = Array(document.indices)
        var out: [MeetingRecord.Item] = []
        for s in site {
            let number = s.number.map(number)
            let found =
                unused.firstIndex { number != nil && document[$0].number.map(Self.number) == number }
                ?? unused.firstIndex { key(document[$0].title) == key(s.title) }
            let part: AgendaPart = s.isRestricted ? .two : .one
            guard let k = found else {
                out.append(MeetingRecord.Item(number: number, title: s.title, part: part))
                continue
            }
            let d = document[unused.remove(at: k)]
            let label = number ?? s.title
            if let dn = d.number, let number, Self.number(dn) != number {
                warn.append("item \(label): the site numbers it '\(number)', the minutes document '\(dn)'; the site's is kept")
            }
            if key(d.title) != key(s.title) {
                warn.append("item \(label): the site calls it '\(s.title)', the minutes document '\(d.title)'; the site's is kept")
            }
            if d.part != part {
                warn.append(
                    "item \(label): the site marks it Part \(part.rawValue), the minutes document Part \(d.part.rawValue); the site's is kept")
            }
            var item = d
            item.number = number ?? d.number
            item.title = s.title.isEmpty ? d.title : s.title
            item.part = part
            out.append(item)
        }
        for k in unused {
            let d = document[k]
            warn.append(
                "minute \(d.number ?? d.title) '\(d.title)' is in the minutes document but not on the site's agenda; kept after the site's items")
            out.append(d)
        }
        return out
    }

    static func number(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: ".")).lowercased()
    }

    /// Letters and digits only, lower-cased: "Apologies for Absence" and "APOLOGIES FOR ABSENCE." agree.
    static func key(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init))
    }
}
