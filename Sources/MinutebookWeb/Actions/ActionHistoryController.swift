import Hummingbird
import MinutebookCore
import MinutebookServices

/// What the secretariat does about history the packs could not settle or settled wrongly: undo one
/// inference on an action's page, and close every still-open action of a body's meetings before a
/// date, the count shown before anything is changed.
struct ActionHistoryController {
    let actions: any ActionRepository
    let history: any ActionHistoryRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.secretariat.post("actions/:id/inferences/:inference/undo", use: undo)
        routes.secretariatBody.get("actions/close-before", use: closeBeforeForm)
        routes.secretariatBody.post("actions/close-before", use: closeBefore)
    }

    @Sendable func undo(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let (context, partnership, editor) = (secretariat.request, secretariat.partnership, secretariat.actionEditor)
        guard let actionID = context.parameters.get("id").flatMap({ Int64($0) }),
            let inferenceID = context.parameters.get("inference").flatMap({ Int64($0) }),
            let tracked = try await actions.action(id: actionID, in: partnership.id, audience: context.audience)
        else {
            throw DomainError.notFound("There is no such action.")
        }
        guard Visibility.grant(context.audience, bodyID: tracked.action.bodyID, partnershipID: partnership.id).edit else {
            throw DomainError.forbidden("Only the secretariat can undo what was concluded from a pack.")
        }
        guard try await history.inferences(actionID: actionID).contains(where: { $0.id == inferenceID }) else {
            throw DomainError.notFound("That action has no such inference.")
        }
        try await history.undoInference(id: inferenceID, by: editor)
        return .redirect(to: SitePath.action(partnership: partnership.slug, id: actionID).path + "#inferences", type: .found)
    }

    /// Without a date: the form. With one: how many actions it would close, and the button that closes them.
    @Sendable func closeBeforeForm(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let context = secretariat.request
        let (partnership, body, editor) = (secretariat.partnership, try secretariat.pathBody(), secretariat.actionEditor)
        let query = request.uri.queryParameters
        let closed = query.get("closed").flatMap { Int($0) }
        guard let typed = query.get("date"), !typed.isEmpty else {
            return .html(
                CloseBeforeView.page(
                    partnership: partnership, body: body, date: nil, typed: "", count: nil, closed: closed,
                    errors: FormErrors(), context: context))
        }
        guard let date = LocalDate(iso: typed) else {
            var errors = FormErrors()
            errors.add("date", "Enter the date as a day, month and year, for example 2019-04-01.")
            return .html(
                CloseBeforeView.page(
                    partnership: partnership, body: body, date: nil, typed: typed, count: nil, closed: nil,
                    errors: errors, context: context), status: .badRequest)
        }
        let count = try await history.closeActions(bodyID: body.id, before: date, apply: false, by: editor, via: .web)
        return .html(
            CloseBeforeView.page(
                partnership: partnership, body: body, date: date, typed: date.iso, count: count, closed: closed,
                errors: FormErrors(), context: context))
    }

    /// Closes them: only after the count was shown (the form carries it), and only if it still holds.
    @Sendable func closeBefore(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let context = secretariat.request
        var request = request
        let (partnership, body, editor) = (secretariat.partnership, try secretariat.pathBody(), secretariat.actionEditor)
        let form = try await FormData.collect(from: &request, context: context)
        let path = SitePath.closeActionsBefore(partnership: partnership.slug, body: body.slug).path
        guard let date = form["date"].flatMap({ LocalDate(iso: $0) }) else {
            var errors = FormErrors()
            errors.add("date", "Enter the date as a day, month and year, for example 2019-04-01.")
            return .html(
                CloseBeforeView.page(
                    partnership: partnership, body: body, date: nil, typed: form["date"] ?? "", count: nil,
                    closed: nil, errors: errors, context: context), status: .badRequest)
        }
        let count = try await history.closeActions(bodyID: body.id, before: date, apply: false, by: editor, via: .web)
        guard let shown = form["count"].flatMap({ Int($0) }), shown == count else {
            // The count the secretariat saw no longer holds (or was never shown): show the new one.
            var errors = FormErrors()
            errors.add("date", "The number of still-open actions before \(date.long) is now \(count): check it, then close them.")
            return .html(
                CloseBeforeView.page(
                    partnership: partnership, body: body, date: date, typed: date.iso, count: count, closed: nil,
                    errors: errors, context: context), status: .conflict)
        }
        let closed = try await history.closeActions(bodyID: body.id, before: date, apply: true, by: editor, via: .web)
        return .redirect(to: path + "?date=\(date.iso)&closed=\(closed)", type: .found)
    }
}

enum CloseBeforeView {
    static func page(
        partnership: Partnership, body: Body, date: LocalDate?, typed: String, count: Int?, closed: Int?,
        errors: FormErrors, context: AppRequestContext
    ) -> [UInt8] {
        let path = SitePath.closeActionsBefore(partnership: partnership.slug, body: body.slug).path
        var layout = Layout(title: "Close old actions of the \(body.name)", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (partnership.name, SitePath.partnership(partnership.slug).path),
            (body.name, SitePath.body(partnership: partnership.slug, body: body.slug).path)
        ]
        return layout.render { w in
            w.errorSummary(errors)
            w.element("<h1>", "Close old actions of the \(body.name)", "</h1>\n")
            if let closed, let date {
                w.element(
                    "<div class=\"notice\" role=\"status\"><p>",
                    "Closed \(closed) action\(closed == 1 ? "" : "s") from meetings before \(date.long), each with a line in its history.",
                    "</p></div>\n")
            }
            w.element(
                "<p>",
                "For history no pack can settle: every action of a meeting before the date you give that is still "
                    + "open or in progress is marked done, with a line in its history saying so. You see how many first.", "</p>\n")
            w.raw("<form method=\"get\" action=\"")
            w.text(path)
            w.raw("\">\n")
            w.inputField("date", label: "Meetings before", value: typed, type: "date", errors: errors, required: true)
            w.raw("<button type=\"submit\">Count the actions</button>\n</form>\n")
            guard let date, let count else { return }
            w.element("<h2>", "Meetings before \(date.long)", "</h2>\n")
            if count == 0 {
                w.element("<p>", "No action of a meeting before \(date.long) is still open.", "</p>\n")
                return
            }
            w.element(
                "<p class=\"count\">", "\(count) action\(count == 1 ? " is" : "s are") still open from meetings before \(date.long).",
                "</p>\n")
            w.raw("<form method=\"post\" action=\"")
            w.text(path)
            w.raw("\">\n")
            w.hidden("csrf", context.csrfToken ?? "")
            w.hidden("date", date.iso)
            w.hidden("count", String(count))
            w.raw("<button type=\"submit\">")
            w.text("Close these \(count) action\(count == 1 ? "" : "s")")
            w.raw("</button>\n</form>\n<p><a href=\"")
            w.text(SitePath.actions(partnership: partnership.slug).path + "?body=" + body.slug)
            w.raw("\">See the body's actions first</a></p>\n")
        }
    }
}
