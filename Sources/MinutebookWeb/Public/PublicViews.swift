import MinutebookCore

/// Typed views of the public partnership and body pages.
enum PublicViews {
    static func partnership(_ partnership: Partnership, bodies: [Body], upcoming: [(Body, Meeting)], into w: inout HTMLWriter) {
        w.element("<h1>", partnership.name, "</h1>\n")
        w.raw("<h2>Boards and sub-groups</h2>\n<ul class=\"bodies\">")
        for body in bodies {
            w.raw("<li><a href=\"")
            w.text("/p/\(partnership.slug)/bodies/\(body.slug)")
            w.raw("\">")
            w.text(body.name)
            w.raw("</a></li>")
        }
        if bodies.isEmpty { w.raw("<li>No public bodies yet.</li>") }
        w.raw("</ul>\n<h2>Coming up</h2>\n<ul class=\"meetings\">")
        for (body, meeting) in upcoming.prefix(10) {
            w.raw("<li><a href=\"")
            w.text("/p/\(partnership.slug)/bodies/\(body.slug)/meetings/\(meeting.date.iso)")
            w.raw("\">")
            w.text("\(body.name), \(meeting.date.longWithWeekday)")
            w.raw("</a></li>")
        }
        if upcoming.isEmpty { w.raw("<li>No meetings are scheduled.</li>") }
        w.raw("</ul>\n")
        subscribe(PublicController.feeds(partnership: partnership, body: nil), into: &w)
    }

    static func body(_ body: Body, partnership: Partnership, meetings: [Meeting], into w: inout HTMLWriter) {
        w.element("<h1>", body.name, "</h1>\n")
        w.raw("<h2>Meetings</h2>\n<table class=\"meetings\"><caption class=\"visually-hidden\">Meetings, newest first</caption>")
        w.raw("<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Time</th><th scope=\"col\">Place</th><th scope=\"col\">Status</th></tr></thead><tbody>")
        for meeting in meetings {
            w.raw("<tr><td><a href=\"")
            w.text("/p/\(partnership.slug)/bodies/\(body.slug)/meetings/\(meeting.date.iso)")
            w.raw("\">")
            w.text(meeting.date.longWithWeekday)
            w.raw("</a></td><td>")
            w.text(meeting.start.map { start in meeting.end.map { "\(start.hhmm)–\($0.hhmm)" } ?? start.hhmm } ?? "")
            w.raw("</td><td>")
            w.text(meeting.venue ?? "")
            w.raw("</td><td><span class=\"tag\">")
            w.text(meeting.status.label)
            w.raw("</span></td></tr>")
        }
        w.raw("</tbody></table>\n")
        if meetings.isEmpty { w.raw("<p>No meetings yet.</p>\n") }
        subscribe(PublicController.feeds(partnership: partnership, body: body), into: &w)
    }

    /// Visible links to the feeds and the API (the same as the page's `<link rel="alternate">`).
    static func subscribe(_ feeds: [(type: String, title: String, href: String)], into w: inout HTMLWriter) {
        w.raw("<h2>Subscribe and reuse</h2>\n<ul class=\"feeds\">")
        for feed in feeds {
            w.raw("<li><a href=\"")
            w.text(feed.href)
            w.raw("\">")
            w.text(feed.title)
            w.raw("</a></li>")
        }
        w.raw("<li><a href=\"/api/v1/openapi.json\">API description (OpenAPI)</a></li>")
        w.raw("<li><a href=\"/open-data/oparl/meeting.json\">Open data: meetings (OParl JSON)</a></li>")
        w.raw("<li><a href=\"/open-data/csv/decisions.csv\">Open data: decisions (CSV)</a></li></ul>\n")
    }
}
