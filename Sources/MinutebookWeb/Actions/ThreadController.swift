import Foundation
import Hummingbird
import MinutebookCore

/// A matter across meetings: a resolution that comes back ("update to the next meeting") links its
/// later minutes, and one page shows the thread. The secretariat links a later minute from here.
struct ThreadController {
    let threads: any ThreadRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.partnership.get("minutes/:id/thread", use: show)
        routes.partnership.post("minutes/:id/thread", use: link)
        routes.partnership.post("minutes/:id/thread/unlink", use: unlink)
    }

    struct Target {
        var partnership: Partnership
        var minute: MinuteReference
        var grant: Visibility.Grant
    }

    func target(_ context: AppRequestContext) async throws -> Target {
        let partnership = try context.pathPartnership()
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }),
            let found = try await threads.minuteReference(id: id, audience: context.audience),
            found.partnershipID == partnership.id
        else {
            throw DomainError.notFound("There is no such minute.")
        }
        return Target(
            partnership: partnership, minute: found.minute,
            grant: Visibility.grant(context.audience, bodyID: found.bodyID, partnershipID: partnership.id))
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount(request)
        let t = try await target(context)
        let thread = try await threads.thread(of: t.minute.minuteID, audience: context.audience)
        let candidates = t.grant.edit ? try await threads.laterMinutes(than: t.minute.minuteID) : []
        let neighbours = t.grant.edit ? try await threads.threadNeighbours(of: t.minute.minuteID) : []
        return .html(
            ThreadView.page(
                t, thread: thread, candidates: candidates, neighbours: neighbours, context: context,
                notice: request.uri.queryParameters.get("done")))
    }

    /// The secretariat's editor for a change to the thread of `t`.
    func editor(_ request: Request, _ context: AppRequestContext, _ t: Target) throws -> ActionEditor {
        let editor = try context.requireActionEditor(request)
        guard t.grant.edit else { throw DomainError.forbidden("Only the secretariat can link minutes.") }
        return editor
    }

    func done(_ t: Target, _ what: String) -> Response {
        .redirect(
            to: SitePath.minuteThread(partnership: t.partnership.slug, minuteID: t.minute.minuteID).path + "?done=\(what)",
            type: .found)
    }

    /// The minute id posted in `field`, or a 400 saying `missing`.
    func postedMinute(_ request: Request, _ context: AppRequestContext, _ field: String, missing: String) async throws -> Int64 {
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        guard let id = form[field].flatMap({ Int64($0) }) else { throw DomainError.invalid(missing) }
        return id
    }

    @Sendable func link(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = try await target(context)
        let editor = try editor(request, context, t)
        let later = try await postedMinute(request, context, "later", missing: "Choose the later minute that reports back on this matter.")
        try await threads.linkThread(earlierMinuteID: t.minute.minuteID, laterMinuteID: later, by: editor)
        return done(t, "linked")
    }

    @Sendable func unlink(_ request: Request, context: AppRequestContext) async throws -> Response {
        let t = try await target(context)
        let editor = try editor(request, context, t)
        let other = try await postedMinute(request, context, "other", missing: "Choose the minute to unlink from this matter.")
        try await threads.unlinkThread(t.minute.minuteID, from: other, by: editor)
        return done(t, "unlinked")
    }
}

enum ThreadView {
    static func page(
        _ t: ThreadController.Target, thread: [ThreadMinute], candidates: [MinuteReference], neighbours: Set<Int64>,
        context: AppRequestContext, notice: String?
    ) -> [UInt8] {
        let title = "\(t.minute.label): \(t.minute.title)"
        var layout = Layout(title: "The matter across meetings – \(title)", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (t.partnership.name, SitePath.partnership(t.partnership.slug).path),
            ("Actions", SitePath.actions(partnership: t.partnership.slug).path)
        ]
        return layout.render { w in
            w.raw("<h1>The matter across meetings</h1>\n<p class=\"lead\">")
            w.text(title)
            w.raw("</p>\n")
            if notice == "linked" { w.raw("<p class=\"notice\" role=\"status\">The later minute has been linked.</p>\n") }
            if notice == "unlinked" { w.raw("<p class=\"notice\" role=\"status\">The minute has been unlinked from this matter.</p>\n") }
            if thread.count <= 1 {
                w.raw("<p>No later minute has been linked to this matter yet.</p>\n")
            }
            w.raw("<ol class=\"thread\">\n")
            for item in thread {
                w.raw("<li><h2>")
                w.text("\(item.minute.label): \(item.minute.title)")
                w.raw("</h2>\n")
                if item.minute.minuteID == t.minute.minuteID { w.raw("<p><span class=\"tag\">This minute</span></p>\n") }
                w.paragraphs(item.text)
                if !item.resolutions.isEmpty {
                    w.raw("<h3>Resolved</h3>\n")
                    for resolution in item.resolutions { w.paragraphs(resolution) }
                }
                if t.grant.edit, neighbours.contains(item.minute.minuteID) {
                    w.raw("<form method=\"post\" action=\"")
                    w.text(SitePath.minuteThread(partnership: t.partnership.slug, minuteID: t.minute.minuteID).path + "/unlink")
                    w.raw("\">\n")
                    w.hidden("csrf", context.csrfToken ?? "")
                    w.hidden("other", String(item.minute.minuteID))
                    w.raw("<button type=\"submit\" class=\"secondary\">Unlink<span class=\"visually-hidden\"> ")
                    w.text("\(item.minute.label) from this matter")
                    w.raw("</span></button>\n</form>\n")
                }
                w.raw("</li>\n")
            }
            w.raw("</ol>\n")
            guard t.grant.edit else { return }
            w.raw("<h2>Link a later minute</h2>\n")
            guard !candidates.isEmpty else {
                w.raw("<p>There are no minutes of later meetings of this body to link yet.</p>\n")
                return
            }
            w.raw("<form method=\"post\">\n")
            w.hidden("csrf", context.csrfToken ?? "")
            w.selectField(
                "later", label: "The later minute that reports back on this matter",
                choices: candidates.map { Choice(String($0.minuteID), "\($0.label): \($0.title)") }, selected: nil)
            w.raw("<button type=\"submit\">Link the minute</button>\n</form>\n")
        }
    }
}
