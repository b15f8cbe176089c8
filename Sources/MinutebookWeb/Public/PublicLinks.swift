import MinutebookCore
import MinutebookServices

/// Where a public page's record can be subscribed to and reused: its feeds, calendars and API JSON.
/// The same list goes into the head as `<link rel="alternate">` and into the page as visible links,
/// so feed readers, calendar apps, crawlers and people all find them.
enum PublicLinks {
    /// The API's list of partnerships, and each partnership's feeds while there are few enough to list
    /// (a site of many partnerships links them from each partnership's page instead).
    static func home(_ partnerships: [Partnership]) -> [AlternateLink] {
        var links = [AlternateLink(type: "application/json", title: "Partnerships (JSON API)", href: "/api/v1/partnerships")]
        if partnerships.count <= 3 {
            for partnership in partnerships { links += feeds(partnership) }
        }
        return links
    }

    static func partnership(_ partnership: Partnership) -> [AlternateLink] {
        feeds(partnership) + [
            AlternateLink(
                type: "application/json", title: "\(partnership.name) bodies (JSON API)",
                href: "/api/v1/partnerships/\(partnership.slug)/bodies"),
            AlternateLink(
                type: "application/json", title: "\(partnership.name) decisions (JSON API)",
                href: "/api/v1/partnerships/\(partnership.slug)/decisions")
        ]
    }

    static func body(_ partnership: Partnership, _ body: Body) -> [AlternateLink] {
        [
            AlternateLink(
                type: "text/calendar", title: "\(body.name) meetings (iCalendar)",
                href: SitePath.bodyCalendar(partnership: partnership.slug, body: body.slug).path),
            AlternateLink(
                type: "application/json", title: "\(body.name) meetings (JSON API)",
                href: "/api/v1/partnerships/\(partnership.slug)/bodies/\(body.slug)/meetings")
        ] + feeds(partnership)
    }

    static func meeting(_ detail: MeetingDetail) -> [AlternateLink] {
        let p = detail.partnership.slug, b = detail.body.slug
        return [
            AlternateLink(
                type: "application/json", title: "This meeting's record (JSON API)",
                href: "/api/v1/partnerships/\(p)/bodies/\(b)/meetings/\(detail.meeting.date.iso)"),
            AlternateLink(
                type: "text/calendar", title: "\(detail.body.name) meetings (iCalendar)",
                href: SitePath.bodyCalendar(partnership: p, body: b).path)
        ] + feeds(detail.partnership)
    }

    /// A partnership's calendar and its feeds of decisions and papers, in both feed formats.
    static func feeds(_ partnership: Partnership) -> [AlternateLink] {
        let p = partnership.slug
        return [
            AlternateLink(
                type: "text/calendar", title: "All \(partnership.name) meetings (iCalendar)",
                href: SitePath.partnershipCalendar(partnership: p).path),
            AlternateLink(
                type: "application/atom+xml", title: "\(partnership.name) decisions and papers (Atom)",
                href: SitePath.decisionsFeed(partnership: p, format: .atom).path),
            AlternateLink(
                type: "application/rss+xml", title: "\(partnership.name) decisions and papers (RSS)",
                href: SitePath.decisionsFeed(partnership: p, format: .rss).path)
        ]
    }

    /// The visible form: a "Subscribe and reuse" section with the same links, the API description
    /// and the open data downloads.
    static func write(_ links: [AlternateLink], into w: inout HTMLWriter) {
        w.raw("<section class=\"subscribe\" aria-labelledby=\"subscribe\">\n<h2 id=\"subscribe\">Subscribe and reuse</h2>\n<ul class=\"feeds\">")
        for link in links {
            w.raw("<li><a href=\"")
            w.text(link.href)
            w.raw("\" type=\"")
            w.text(link.type)
            w.raw("\">")
            w.text(link.title)
            w.raw("</a></li>")
        }
        w.raw("<li><a href=\"/api/v1/openapi.json\" type=\"application/json\">API description (OpenAPI 3.1)</a></li>")
        w.raw("<li><a href=\"/open-data/oparl/system.json\" type=\"application/json\">Open data (OParl JSON)</a></li>")
        w.raw("<li><a href=\"/open-data/csv/decisions.csv\" type=\"text/csv\">Open data: decisions (CSV)</a></li></ul>\n</section>\n")
    }
}
