import MinutebookCore

/// Typed views shared by the public pages.
enum PublicViews {
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
