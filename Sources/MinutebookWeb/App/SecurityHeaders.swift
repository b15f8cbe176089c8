import HTTPTypes
import Hummingbird

/// Headers every answer carries (issue 17, item 13): a Content-Security-Policy that loads scripts,
/// styles, images and forms only from this site and lets no other site frame it, no MIME sniffing,
/// no Referer beyond this site's origin, and HSTS when the site is served over HTTPS.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    /// Served behind TLS (`serve --secure-cookies`): browsers are told to keep to HTTPS.
    let https: Bool

    /// The site's pages: scripts and styles only from this site's files (no inline script or style).
    static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    /// A stored HTML document (the accessible pack) carries its own page styles inline and no script:
    /// inline styles, and nothing else, are allowed for it.
    static let documentPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; "
        + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    static let csp = HTTPField.Name("Content-Security-Policy")!
    static let contentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let hsts = HTTPField.Name("Strict-Transport-Security")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            // The API's errors leave the router as errors: they get the same headers.
            response = try error.response(from: request, context: context)
        }
        add(to: &response.headers)
        return response
    }

    func add(to headers: inout HTTPFields) {
        if headers[Self.csp] == nil { headers[Self.csp] = Self.contentSecurityPolicy }
        headers[Self.contentTypeOptions] = "nosniff"
        headers[Self.referrerPolicy] = "strict-origin-when-cross-origin"
        headers[Self.frameOptions] = "DENY"
        if https { headers[Self.hsts] = "max-age=31536000" }
    }
}

/// Who may read `/metrics`: the loopback interface (a scraper on the same machine) and the addresses
/// named with `serve --metrics-allow`; anyone else gets 404, as for a page that does not exist.
struct MetricsAccess: Sendable {
    let allowed: Set<String>

    func permits(_ address: String) -> Bool {
        address == "127.0.0.1" || address == "::1" || address.hasPrefix("127.") || allowed.contains(address)
    }
}
