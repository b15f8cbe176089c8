import MinutebookCore
import MinutebookServices

/// The decisions feed as RSS 2.0, for readers that take RSS only: the same entries as the Atom feed.
extension DecisionsFeed {
    static let rssContentType = "application/rss+xml; charset=utf-8"

    func rss() -> [UInt8] {
        var w = HTMLWriter()
        w.raw("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\">\n<channel>\n")
        Self.element("title", title, &w)
        Self.element("link", alternate, &w)
        Self.element("description", description, &w)
        w.raw("<atom:link rel=\"self\" type=\"application/rss+xml\" href=\"")
        w.text(Self.xmlSafe(selfRSS))
        w.raw("\"/>\n<language>en-gb</language>\n<generator>Minutebook</generator>\n")
        if let updated { Self.element("lastBuildDate", Self.rfc822(updated), &w) }
        for entry in entries {
            w.raw("<item>\n")
            Self.element("title", entry.title, &w)
            Self.element("link", entry.link, &w)
            w.raw("<guid isPermaLink=\"false\">")
            w.text(Self.xmlSafe(entry.id))
            w.raw("</guid>\n")
            Self.element("pubDate", Self.rfc822(entry.date), &w)
            Self.element("category", entry.category, &w)
            Self.element("description", entry.summary, &w)
            w.raw("</item>\n")
        }
        w.raw("</channel>\n</rss>\n")
        return w.bytes
    }

    /// RFC 822 date as RSS wants it: `Tue, 10 Dec 2019 00:00:00 +0000`.
    static func rfc822(_ date: LocalDate) -> String {
        let day = date.day < 10 ? "0\(date.day)" : "\(date.day)"
        let weekday = String(LocalDate.weekdayNames[date.weekday - 1].prefix(3))
        let month = String(LocalDate.monthNames[date.month - 1].prefix(3))
        return "\(weekday), \(day) \(month) \(date.year) 00:00:00 +0000"
    }
}
