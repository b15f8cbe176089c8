import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// A partnership's decisions and published documents, newest first, built from the meeting read model
/// as the public sees it, and written as Atom (RFC 4287) or RSS 2.0: the same entries either way.
struct DecisionsFeed {
    struct Entry {
        var id: String
        var title: String
        var date: LocalDate
        var link: String
        var summary: String
        var category: String
    }

    var id: String
    var title: String
    var description: String
    /// The feed's own address in each format.
    var selfAtom: String
    var selfRSS: String
    var alternate: String
    var entries: [Entry]

    /// The newest entry's day (entries are newest first); nil for an empty feed.
    var updated: LocalDate? { entries.first?.date }

    /// A feed of the decisions and published documents in `details` (already cut for the public).
    static func decisionsAndDocuments(_ details: [MeetingDetail], partnership: Partnership, base: PublicBase) -> DecisionsFeed {
        var entries: [Entry] = []
        for detail in details {
            let page = base.origin + SitePath.meeting(partnership: partnership.slug, body: detail.body.slug, date: detail.meeting.date).path
            for minute in detail.minutes {
                for resolution in minute.resolutions {
                    let number = minute.minute.number.map { "\($0.text). " } ?? ""
                    entries.append(
                        Entry(
                            id: "tag:minutebook,2026:\(partnership.slug)/resolution/\(resolution.id)",
                            title: "\(detail.body.name), \(detail.meeting.date.long): \(number)\(minute.minute.title)",
                            date: detail.meeting.date, link: page + "#" + MeetingAnchor.minute(minute.minute),
                            summary: resolution.text, category: "decision"))
                }
            }
            for document in detail.documents {
                entries.append(
                    Entry(
                        id: "tag:minutebook,2026:\(partnership.slug)/document/\(document.id)/v\(document.version)",
                        title: "\(detail.body.name), \(detail.meeting.date.long): \(document.title)",
                        date: detail.meeting.date, link: page + "#" + MeetingAnchor.document(document.id),
                        summary: "\(document.title) (\(document.filename), version \(document.version))",
                        category: "document"))
            }
        }
        return DecisionsFeed(
            id: "tag:minutebook,2026:\(partnership.slug)/decisions",
            title: "\(partnership.name): decisions and papers",
            description: "Decisions and published papers of the \(partnership.name)'s public meetings.",
            selfAtom: base.origin + SitePath.decisionsFeed(partnership: partnership.slug, format: .atom).path,
            selfRSS: base.origin + SitePath.decisionsFeed(partnership: partnership.slug, format: .rss).path,
            alternate: base.origin + SitePath.partnership(partnership.slug).path,
            entries: Array(entries.prefix(200)))
    }

    /// XML 1.0 forbids most control characters even escaped: drop them.
    static func xmlSafe(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.filter { scalar in
                    scalar.value == 0x9 || scalar.value == 0xA || scalar.value == 0xD
                        || (scalar.value >= 0x20 && scalar.value != 0xFFFE
                            && scalar.value != 0xFFFF && !(0xD800...0xDFFF).contains(scalar.value))
                }))
    }

    /// `<name>value</name>` with the value escaped and made XML-safe.
    static func element(_ name: StaticString, _ value: String, _ w: inout HTMLWriter) {
        w.raw("<")
        w.raw(name)
        w.raw(">")
        w.text(xmlSafe(value))
        w.raw("</")
        w.raw(name)
        w.raw(">\n")
    }
}

extension DecisionsFeed {
    static let atomContentType = "application/atom+xml; charset=utf-8"

    /// The feed as Atom.
    func atom() -> [UInt8] {
        var w = HTMLWriter()
        w.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        Self.element("id", id, &w)
        Self.element("title", title, &w)
        Self.element("subtitle", description, &w)
        Self.element("updated", (updated?.iso ?? "2000-01-01") + "T00:00:00Z", &w)
        w.raw("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
        w.text(Self.xmlSafe(selfAtom))
        w.raw("\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
        w.text(Self.xmlSafe(alternate))
        w.raw("\"/>\n<author><name>")
        w.text(Self.xmlSafe(title))
        w.raw("</name></author>\n<generator>Minutebook</generator>\n")
        for entry in entries {
            w.raw("<entry>\n")
            Self.element("id", entry.id, &w)
            Self.element("title", entry.title, &w)
            Self.element("updated", entry.date.iso + "T00:00:00Z", &w)
            w.raw("<link rel=\"alternate\" type=\"text/html\" href=\"")
            w.text(Self.xmlSafe(entry.link))
            w.raw("\"/>\n<category term=\"")
            w.text(entry.category)
            w.raw("\"/>\n")
            Self.element("summary", entry.summary, &w)
            w.raw("</entry>\n")
        }
        w.raw("</feed>\n")
        return w.bytes
    }
}
