import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The public site's machine-facing files: robots.txt and sitemap.xml. The pages themselves (home,
/// partnership, body, meeting) are served by their feature controllers for every audience, from
/// `PublicCache` for the anonymous public.
struct PublicController {
    let directory: any DirectoryRepository
    let cache: PublicCache

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/robots.txt", use: robots)
        router.get("/sitemap.xml", use: sitemap)
    }

    @Sendable func robots(_ request: Request, context: AppRequestContext) async throws -> Response {
        let base = PublicBase(context)
        let text = """
            User-agent: *
            Allow: /
            Disallow: /login
            Disallow: /account
            Disallow: /admin
            Disallow: /search
            Sitemap: \(base.origin)/sitemap.xml

            """
        return Response(
            status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "public, max-age=3600"],
            body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    @Sendable func sitemap(_ request: Request, context: AppRequestContext) async throws -> Response {
        let base = PublicBase(context)
        let entry = try await cache.entry("sitemap", contentType: "application/xml; charset=utf-8") {
            var w = HTMLWriter()
            w.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
            func url(_ path: String) {
                w.raw("<url><loc>")
                w.text(base.origin + path)
                w.raw("</loc></url>\n")
            }
            url("/")
            for partnership in try await directory.partnerships() {
                url(SitePath.partnership(partnership.slug).path)
                for body in try await publicBodies(partnership, audience: .public) {
                    url(SitePath.body(partnership: partnership.slug, body: body.slug).path)
                    for meeting in try await directory.meetings(of: body.id, audience: .public, limit: 5_000) {
                        url(SitePath.meeting(partnership: partnership.slug, body: body.slug, date: meeting.date).path)
                    }
                }
            }
            w.raw("</urlset>\n")
            return w.bytes
        }
        return PublicCache.response(entry, request: request, maxAge: 3600)
    }

    private func publicBodies(_ partnership: Partnership, audience: Audience) async throws -> [Body] {
        try await directory.bodies(of: partnership.id).filter { body in
            Visibility.canSeeMeeting(
                bodyIsPublic: body.isPublic,
                grant: Visibility.grant(audience, bodyID: body.id, partnershipID: partnership.id))
        }
    }
}
