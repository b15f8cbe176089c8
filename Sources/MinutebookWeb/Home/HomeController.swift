import Hummingbird
import MinutebookCore

/// The front page: every partnership with its bodies and their latest meetings.
struct HomeController {
    let directory: any DirectoryRepository
    let cache: PublicCache

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/", use: home)
    }

    @Sendable func home(_ request: Request, context: AppRequestContext) async throws -> Response {
        try await cache.page(request, context) { try await render(context) }
    }

    private func render(_ context: AppRequestContext) async throws -> [UInt8] {
        var sections: [(Partnership, [(Body, [Meeting])])] = []
        for partnership in try await directory.partnerships() {
            var bodies: [(Body, [Meeting])] = []
            for body in try await directory.bodies(of: partnership.id) {
                let grant = Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id)
                guard Visibility.canSeeMeeting(bodyIsPublic: body.isPublic, grant: grant) else { continue }
                bodies.append((body, try await directory.meetings(of: body.id, audience: context.audience, limit: 4)))
            }
            sections.append((partnership, bodies))
        }
        var layout = Layout(title: "Partnerships", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.alternates = PublicLinks.home(sections.map(\.0))
        return layout.render { w in
            w.raw("<h1>Partnerships</h1>\n")
            if sections.isEmpty {
                w.raw("<p>No partnership has been set up yet. Run <code>minutebook demo</code> or <code>minutebook import</code>.</p>")
            }
            for (partnership, bodies) in sections {
                w.raw("<section class=\"partnership\"><h2><a href=\"")
                w.text(SitePath.partnership(partnership.slug).path)
                w.raw("\">")
                w.text(partnership.name)
                w.raw("</a></h2>\n")
                for (body, meetings) in bodies {
                    w.raw("<h3><a href=\"")
                    w.text(SitePath.body(partnership: partnership.slug, body: body.slug).path)
                    w.raw("\">")
                    w.text(body.name)
                    w.raw("</a></h3>\n<ul class=\"meetings\">")
                    for meeting in meetings {
                        w.raw("<li><a href=\"")
                        w.text(SitePath.meeting(partnership: partnership.slug, body: body.slug, date: meeting.date).path)
                        w.raw("\">")
                        w.text(meeting.date.longWithWeekday)
                        w.raw("</a> <span class=\"tag\">")
                        w.text(meeting.status.label)
                        w.raw("</span></li>")
                    }
                    if meetings.isEmpty { w.raw("<li>No meetings yet.</li>") }
                    w.raw("</ul>\n")
                }
                w.raw("</section>\n")
            }
            PublicLinks.write(layout.alternates, into: &w)
        }
    }
}

extension Response {
    /// A 200 HTML response from rendered bytes.
    static func html(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var h = headers
        h[.contentType] = "text/html; charset=utf-8"
        return Response(status: status, headers: h, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
