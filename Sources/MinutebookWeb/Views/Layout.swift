import MinutebookServices

/// A `<link rel="alternate">` of the page head: another form of what the page shows (a feed, a
/// calendar, the API's JSON), for browsers, feed readers and crawlers to discover.
public struct AlternateLink: Sendable, Equatable {
    public var type: String
    public var title: String
    public var href: String

    public init(type: String, title: String, href: String) {
        self.type = type
        self.title = title
        self.href = href
    }
}

/// The page frame shared by every HTML page: skip link, header, main landmark, footer.
public struct Layout: Sendable {
    public var title: String
    /// Name of the signed-in user, if any (shown in the header with a sign-out form).
    public var signedInAs: String?
    /// CSRF token for the sign-out form, when signed in.
    public var csrfToken: String?
    /// `<link rel="alternate">` head links for discovery (feeds, calendars, API JSON).
    public var alternates: [AlternateLink] = []
    /// Breadcrumbs: (label, href).
    public var breadcrumbs: [(label: String, href: String)] = []
    /// Bytes reserved for the page up front: long pages set it so the buffer is not regrown and copied.
    public var capacity = 16_384
    /// Scripts that enhance the page (each deferred; the page works without them).
    public var scripts: [String] = []

    public init(title: String, signedInAs: String? = nil, csrfToken: String? = nil) {
        self.title = title
        self.signedInAs = signedInAs
        self.csrfToken = csrfToken
    }

    /// Renders a whole page whose `<main>` content is written by `content`.
    public func render(_ content: (inout HTMLWriter) -> Void) -> [UInt8] {
        var w = HTMLWriter(capacity: capacity)
        w.raw(
            "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
        )
        w.text(title)
        w.raw(" – Minutebook</title>\n<link rel=\"stylesheet\" href=\"/assets/minutebook.css\">\n")
        for alt in alternates {
            w.raw("<link rel=\"alternate\" type=\"")
            w.text(alt.type)
            w.raw("\" title=\"")
            w.text(alt.title)
            w.raw("\" href=\"")
            w.text(alt.href)
            w.raw("\">\n")
        }
        for script in scripts {
            w.raw("<script src=\"")
            w.text(script)
            w.raw("\" defer></script>\n")
        }
        w.raw(
            "</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">Skip to main content</a>\n<header class=\"site-header\"><div class=\"width\"><a class=\"brand\" href=\"/\">Minutebook</a>\n<nav aria-label=\"Site\"><ul>"
        )
        w.raw("<li><a href=\"/search\">Search</a></li>")
        if let user = signedInAs {
            w.raw("<li><a href=\"/account\">")
            w.text(user)
            w.raw("</a></li><li><form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\"")
            w.text(csrfToken ?? "")
            w.raw("\"><button type=\"submit\" class=\"link\">Sign out</button></form></li>")
        } else {
            w.raw("<li><a href=\"/login\">Sign in</a></li>")
        }
        w.raw("</ul></nav></div></header>\n")
        if signedInAs != nil, let menu = PartnershipMenu.current {
            w.raw("<nav class=\"partnership-menu\" aria-label=\"")
            w.text(menu.partnershipName)
            w.raw("\"><div class=\"width\"><ul>")
            for item in menu.items {
                w.raw("<li><a href=\"")
                w.text(item.path)
                w.raw("\">")
                w.text(item.label)
                w.raw("</a></li>")
            }
            w.raw("</ul></div></nav>\n")
        }
        if !breadcrumbs.isEmpty {
            w.raw("<nav class=\"breadcrumbs width\" aria-label=\"Breadcrumb\"><ol>")
            for crumb in breadcrumbs {
                w.raw("<li><a href=\"")
                w.text(crumb.href)
                w.raw("\">")
                w.text(crumb.label)
                w.raw("</a></li>")
            }
            w.raw("</ol></nav>\n")
        }
        w.raw("<main id=\"main\" class=\"width\" tabindex=\"-1\">\n")
        content(&w)
        w.raw(
            "\n</main>\n<footer class=\"site-footer\"><div class=\"width\"><p>Minutebook – open-source governance for partnership boards.</p></div></footer>\n</body>\n</html>\n"
        )
        return w.bytes
    }
}
