import Hummingbird
import MinutebookCore

/// The seats page and the hand-over form, in the GOV.UK form pattern (error summary, messages beside
/// the fields, values kept on a refused form, status 400).
extension SeatsController {
    func layout(_ title: String, _ scope: Scope, _ context: AppRequestContext, errors: FormErrors) -> Layout {
        var layout = Layout(title: errors.isEmpty ? title : "Error: " + title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (scope.partnership.name, SitePath.partnership(scope.partnership.slug).path),
            (scope.body.name, scope.bodyPath)
        ]
        return layout
    }

    func page(
        _ scope: Scope, _ context: AppRequestContext, _ list: [SeatWithHolder], notice: String?,
        _ f: FormReader
    ) async throws -> Response {
        let holders = try await choices(scope)
        let bytes = layout("Seats of \(scope.body.name)", scope, context, errors: f.errors).render { w in
            w.errorSummary(f.errors)
            if let notice { w.element("<div class=\"notice\" role=\"status\"><p>", notice, "</p></div>\n") }
            w.element("<h1>", "Seats of \(scope.body.name)", "</h1>\n")
            w.raw("<table>\n<caption>Who holds each seat today</caption>\n<thead><tr><th scope=\"col\">Seat</th><th scope=\"col\">Role</th>")
            w.raw(
                "<th scope=\"col\">Held by</th><th scope=\"col\">Since</th><th scope=\"col\"><span class=\"visually-hidden\">Change</span></th></tr></thead>\n<tbody>\n"
            )
            for entry in list {
                w.raw("<tr><th scope=\"row\"><a href=\"")
                w.text("\(scope.path)/\(entry.seat.id)")
                w.raw("\">")
                w.text(entry.seat.title)
                w.raw("</a></th>")
                w.element("<td>", entry.seat.role.label, "</td>")
                w.element("<td>", entry.holderName ?? "Vacant", "</td>")
                w.element("<td>", entry.since?.long ?? "", "</td><td>")
                if entry.holderID != nil {
                    w.raw("<a href=\"")
                    w.text("\(scope.path)/\(entry.seat.id)/hand-over")
                    w.raw("\">Hand over<span class=\"visually-hidden\"> ")
                    w.text(entry.seat.title)
                    w.raw("</span></a>")
                }
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n")
            w.raw("<h2 id=\"add-seat\">Add a seat</h2>\n<form method=\"post\" action=\"")
            w.text(scope.path)
            w.raw("\" novalidate aria-labelledby=\"add-seat\">\n")
            w.csrfField(context.csrfToken)
            w.inputField(
                "title", label: "Seat", value: f.value("title"), hint: "The post, not the person: for example Borough Commander",
                errors: f.errors)
            w.selectField(
                "role", label: "Role", choices: SeatRole.allCases.map { Choice($0.rawValue, $0.label) },
                selected: f.form.nonEmpty("role") ?? SeatRole.member.rawValue, errors: f.errors)
            w.selectField("holder", label: "Held by", choices: holders.choices, selected: f.value("holder"), errors: f.errors)
            w.dateInput("since", legend: "Held since", value: f.dateParts("since"), hint: "For example 14 5 2031", errors: f.errors)
            w.raw("<button type=\"submit\">Add the seat</button>\n</form>\n")
        }
        return .html(bytes, status: f.errors.isEmpty ? .ok : .badRequest)
    }

    func handOverForm(_ scope: Scope, _ context: AppRequestContext, _ entry: SeatWithHolder, _ f: FormReader) async throws -> Response {
        let successors = try await choices(scope, excluding: entry.holderID)
        var layout = layout("Hand over the seat \(entry.seat.title)", scope, context, errors: f.errors)
        layout.breadcrumbs.append(("Seats", scope.path))
        let bytes = layout.render { w in
            w.errorSummary(f.errors)
            w.element("<h1>", "Hand over the seat \(entry.seat.title)", "</h1>\n")
            if let holder = entry.holderName {
                w.element("<p>", "Held by \(holder)" + (entry.since.map { " since \($0.long)" } ?? "") + ".", "</p>\n")
                w.element(
                    "<p>",
                    "The open actions of \(scope.body.name) owned through this seat, or by \(holder) in it, "
                        + "pass to the successor, and each action's history says so.", "</p>\n")
            }
            w.raw("<form method=\"post\" action=\"")
            w.text("\(scope.path)/\(entry.seat.id)/hand-over")
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.selectField("successor", label: "Successor", choices: successors.choices, selected: f.value("successor"), errors: f.errors)
            w.dateInput(
                "on", legend: "The successor's first day", value: f.dateParts("on"),
                hint: "For example 1 9 2031; the leaving holder's last day is the day before", errors: f.errors)
            w.raw("<button type=\"submit\">Hand over the seat</button>\n</form>\n")
        }
        return .html(bytes, status: f.errors.isEmpty ? .ok : .badRequest)
    }
}
