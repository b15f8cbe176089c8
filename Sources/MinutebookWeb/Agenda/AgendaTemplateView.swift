import MinutebookCore
import MinutebookServices

/// The standing-items page: each item with its own save form and move/remove buttons, then a form
/// to add one. Field ids carry the item's position ("title-3"); the add form's start with "new-".
enum AgendaTemplateView {
    /// The form that was refused, to show again with what was typed.
    struct Submitted {
        /// The standing item's position, or nil for the add form.
        var position: Int?
        var values: FormData
    }

    static func fieldID(_ field: String, position: Int?) -> String {
        position.map { "\(field)-\($0)" } ?? "new-\(field)"
    }

    static func doneMessage(_ done: String?) -> String? {
        switch done {
        case "added": "The standing item has been added."
        case "changed": "The standing items have been changed."
        default: nil
        }
    }

    static let kinds = [Choice("", "Another standing item")] + StandingItemKind.allCases.map { Choice($0.rawValue, $0.defaultTitle) }
    static let parts = [Choice("1", "Part 1 (public)"), Choice("2", "Part 2 (exempt, members only)")]

    static func page(
        scope: AgendaController.BodyScope, items: [AgendaTemplateItem], isOwn: Bool, context: AppRequestContext,
        form: Submitted?, errors: FormErrors, done: String?
    ) -> [UInt8] {
        let title = "Standing items: \(scope.body.name)"
        var layout = AgendaViews.layout(title, context)
        layout.breadcrumbs = [(scope.body.name, "\(scope.path)")]
        return layout.render { w in
            w.errorSummary(errors)
            if let message = doneMessage(done) {
                w.raw("<div class=\"notice\" role=\"status\"><p>"); w.text(message); w.raw("</p></div>\n")
            }
            w.raw("<h1>"); w.text(title); w.raw("</h1>\n<p>")
            w.text(
                "Every new meeting of \(scope.body.name) starts its agenda with these items, in this order. "
                    + "Agendas already drafted do not change.")
            w.raw("</p>\n")
            if !isOwn {
                w.raw("<p class=\"hint\">These are the standard standing items; the first change saves them as this body's own.</p>\n")
            }
            for (index, item) in items.enumerated() {
                let position = index + 1
                let values = form?.position == position ? form?.values : nil
                writeItem(
                    item, position: position, count: items.count, values: values, scope: scope, context: context,
                    errors: errors, into: &w)
            }
            w.raw("<h2 id=\"add-heading\">Add a standing item</h2>\n<form method=\"post\" action=\"")
            w.text("\(scope.path)/agenda-template"); w.raw("\" aria-labelledby=\"add-heading\">\n")
            w.csrfField(context.csrfToken)
            let values = form?.position == nil ? form?.values : nil
            fields(nil, item: nil, values: values, errors: errors, into: &w)
            w.raw("<button type=\"submit\">Add the standing item</button>\n</form>\n")
            w.raw("<p><a href=\""); w.text("\(scope.path)/forward-plan"); w.raw("\">Forward plan of "); w.text(scope.body.name)
            w.raw("</a></p>\n")
        }
    }

    static func writeItem(
        _ item: AgendaTemplateItem, position: Int, count: Int, values: FormData?, scope: AgendaController.BodyScope,
        context: AppRequestContext, errors: FormErrors, into w: inout HTMLWriter
    ) {
        let base = "\(scope.path)/agenda-template/\(position)"
        w.raw("<section class=\"plan-item\" id=\"standing-"); w.text(position); w.raw("\" aria-labelledby=\"standing-")
        w.text(position); w.raw("-heading\">\n<h2 id=\"standing-"); w.text(position); w.raw("-heading\">")
        w.text("\(position). \(item.title)")
        if item.part == .two { w.raw(" <span class=\"tag part2\">Part 2 – exempt</span>") }
        w.raw("</h2>\n<form method=\"post\" action=\""); w.text("\(base)/save"); w.raw("\">\n")
        w.csrfField(context.csrfToken)
        fields(position, item: item, values: values, errors: errors, into: &w)
        w.raw("<button type=\"submit\">Save<span class=\"visually-hidden\"> "); w.text("standing item \(position)")
        w.raw("</span></button>\n</form>\n")
        var actions: [(String, String)] = []
        if position > 1 { actions.append(("up", "Move up")) }
        if position < count { actions.append(("down", "Move down")) }
        actions.append(("remove", "Remove"))
        for (action, label) in actions {
            w.raw("<form class=\"inline\" method=\"post\" action=\""); w.text("\(base)/\(action)"); w.raw("\">")
            w.csrfField(context.csrfToken)
            w.raw(action == "remove" ? "<button type=\"submit\" class=\"warning\">" : "<button type=\"submit\" class=\"secondary\">")
            w.text(label); w.raw("<span class=\"visually-hidden\"> "); w.text("standing item \(position), \(item.title)")
            w.raw("</span></button></form> ")
        }
        w.raw("</section>\n")
    }

    /// The fields of one standing item: from the refused form when there is one, else from the item.
    static func fields(_ position: Int?, item: AgendaTemplateItem?, values: FormData?, errors: FormErrors, into w: inout HTMLWriter) {
        func value(_ name: String, _ stored: String?) -> String { values.map { $0.untrimmed(name) ?? "" } ?? stored ?? "" }
        w.inputField(
            "title", label: "Title", value: value("title", item?.title), errors: errors,
            id: fieldID("title", position: position), required: true)
        w.selectField(
            "kind", label: "What the item is", choices: kinds, selected: value("kind", item?.kind?.rawValue),
            hint: "The minutes of the previous meeting and matters arising bring their documents into the pack.",
            errors: errors, id: fieldID("kind", position: position))
        w.textArea(
            "description", label: "Text printed under the item (optional)", value: value("description", item?.description),
            errors: errors, id: fieldID("description", position: position), rows: 2)
        w.selectField(
            "part", label: "Part", choices: parts, selected: value("part", item.map { String($0.part.rawValue) } ?? "1"),
            errors: errors, id: fieldID("part", position: position))
        w.inputField(
            "exemptReason", label: "Exempt reason (Part 2 only)", value: value("exemptReason", item?.exemptReason),
            errors: errors, id: fieldID("exemptReason", position: position))
    }
}
