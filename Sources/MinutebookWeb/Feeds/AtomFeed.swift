import Foundation
import Hummingbird
import MinutebookCore

/// An Atom (RFC 4287) feed of a partnership's decisions and published documents, newest first,
/// built from the meeting read model as the public sees it.
struct AtomFeed {
    struct Entry {
        var id: String
        var title: String
        var updated: String
        var link: String
        var summary: String
        var category: String
    }

    var id: String
    var title: String
    var selfLink: String
    var alternate: String
    var updated: String
    var entries: [Entry]

    static let contentType = "application/atom+xml; charset=utf-8"

    func render() -> [UInt8] {
        var w = HTMLWriter()
        w.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        element("id", id, &w)
        element("title", title, &w)
        element("updated", updated, &w)
        w.raw("<link rel=\"self\" type=\"application/atom+xml\" href=\"")
        w.text(AtomFeed.xmlSafe(selfLink))
        w.raw("\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"")
        w.text(AtomFeed.xmlSafe(alternate))
        w.raw("\"/>\n<author><name>")
        w.text(AtomFeed.xmlSafe(title))
        w.raw("</name></author>\n<generator>Minutebook</generator>\n")
        for entry in entries {
            w.raw("<entry>\n")
            element("id", entry.id, &w)
            element("title", entry.title, &w)
            element("updated", entry.updated, &w)
            w.raw("<link rel=\"alternate\" type=\"text/html\" href=\"")
            w.text(AtomFeed.xmlSafe(entry.link))
            w.raw("\"/>\n<category term=\"")
            w.text(entry.category)
            w.raw("\"/>\n")
            element("summary", entry.summary, &w)
            w.raw("</entry>\n")
        }
        w.raw("</feed>\n")
        return w.bytes
    }

    private func element(_ name: StaticString, _ value: String, _ w: inout HTMLWriter) {
        w.raw("<")
        w.raw(name)
        w.raw(">")
        w.text(AtomFeed.xmlSafe(value))
        w.raw("</")
        w.raw(name)
        w.raw(">\n")
    }

    /// XML 1.0 forbids most control characters even escaped: drop them.
    static func xmlSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { scalar in
            scalar.value == 0x9 || scalar.value == 0xA || scalar.value == 0xD || (scalar.value >= 0x20 && scalar.value != 0xFFFE
                && scalar.value != 0xFFFF && !(0xD800...0xDFFF).contains(scalar.value))
        }))
    }

    /// A feed of the decisions and published documents in `details` (already cut for the public).
    static func decisionsAndDocuments(_ details: [MeetingDetail], partnership: Partnership, base: PublicBase) -> AtomFeed {
        var entries: [Entry] = []
        for detail in details {
            let page = base.origin + "/p/\(partnership.slug)/bodies/\(detail.body.slug)/meetings/\(detail.meeting.date.iso)"
            let updated = detail.meeting.date.iso + "T00:00:00Z"
            for minute in detail.minutes {
                for resolution in minute.resolutions {
                    let number = minute.minute.number.map { "\($0.text). " } ?? ""
                    entries.append(Entry(id: "tag:minutebook,2026:\(partnership.slug)/resolution/\(resolution.id)",
                                         title: "\(detail.body.name), \(detail.meeting.date.long): \(number)\(minute.minute.title)",
                                         updated: updated,
                                         link: page + (minute.minute.number.map { "#minute-\($0.text)" } ?? ""),
                                         summary: resolution.text, category: "decision"))
                }
            }
            for document in detail.documents {
                entries.append(Entry(id: "tag:minutebook,2026:\(partnership.slug)/document/\(document.id)/v\(document.version)",
                                     title: "\(detail.body.name), \(detail.meeting.date.long): \(document.title)",
                                     updated: updated, link: page + "#document-\(document.id)",
                                     summary: "\(document.title) (\(document.filename), version \(document.version))",
                                     category: "document"))
            }
        }
        let kept = Array(entries.prefix(200))
        return AtomFeed(id: "tag:minutebook,2026:\(partnership.slug)/decisions", title: "\(partnership.name): decisions and papers",
                        selfLink: base.origin + "/p/\(partnership.slug)/feed.atom", alternate: base.origin + "/p/\(partnership.slug)",
                        updated: kept.first?.updated ?? "2000-01-01T00:00:00Z", entries: kept)
    }
}
