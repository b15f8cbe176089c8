import MinutebookCore

/// The report as the hand-made one lays it out: a table of minute | matters arising | update.
enum MattersArisingView {
    static func page(_ report: MattersArisingReport, target t: MattersArisingController.Target, path: String, editable: Bool,
                     context: AppRequestContext, notice: String?) -> [UInt8] {
        var layout = Layout(title: "Matters Arising – \(t.body.name), \(t.date.long)", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(t.partnership.name, SitePath.partnership(t.partnership.slug).path),
                              (t.body.name, SitePath.body(partnership: t.partnership.slug, body: t.body.slug).path),
                              (t.date.long, SitePath.meeting(partnership: t.partnership.slug, body: t.body.slug, date: t.date).path)]
        return layout.render { w in
            w.raw("<h1>Matters Arising</h1>\n<p class=\"lead\">")
            w.text("\(t.body.name), \(t.date.longWithWeekday)")
            w.raw("</p>\n<p><span class=\"tag\">")
            let state: String = switch report.state {
            case .drafted: "Draft, worked out from the open actions"
            case .saved: "Draft, edited by the secretariat"
            case .published: "Published"
            }
            w.text(state)
            w.raw("</span></p>\n")
            if notice == "saved" { w.raw("<p class=\"notice\" role=\"status\">The draft has been saved.</p>\n") }
            if notice == "published" { w.raw("<p class=\"notice\" role=\"status\">The report has been published as an agenda item.</p>\n") }
            w.raw("<p><a href=\"")
            w.text(path + ".docx")
            w.raw("\">Download as a Word document</a></p>\n")
            if editable { w.raw("<form method=\"post\" action=\"") ; w.text(path); w.raw("\">\n"); w.hidden("csrf", context.csrfToken ?? "") }
            w.raw("<table class=\"matters-arising\">\n<caption class=\"visually-hidden\">Matters arising from previous meetings</caption>\n")
            w.raw("<thead><tr><th scope=\"col\">Minute number, date and title</th><th scope=\"col\">Matters arising</th><th scope=\"col\">Update</th></tr></thead>\n<tbody>\n")
            for entry in report.entries {
                let columns = MattersArisingDocument.columns(of: entry)
                w.raw("<tr><th scope=\"row\">")
                for (i, line) in columns.minute.enumerated() {
                    if i > 0 { w.raw("<br>") }
                    w.text(line)
                }
                if !entry.owners.isEmpty {
                    w.raw("<br><span class=\"hint\">")
                    w.text("Owners: " + MattersArising.list(entry.owners))
                    w.raw("</span>")
                }
                w.raw("</th>\n<td>")
                if editable {
                    w.textArea("resolved-\(entry.key)", label: "What was resolved (\(entry.minuteLabel.isEmpty ? entry.title : entry.minuteLabel))",
                               value: entry.resolved, rows: 4)
                } else {
                    w.paragraphs(entry.resolved)
                }
                w.raw("</td>\n<td>")
                if editable {
                    w.textArea("update-\(entry.key)", label: "Update (\(entry.minuteLabel.isEmpty ? entry.title : entry.minuteLabel))",
                               value: entry.update, rows: 4)
                    w.checkbox("omit-\(entry.key)", label: "Leave \(entry.minuteLabel.isEmpty ? entry.title : entry.minuteLabel) out of the report", checked: false)
                } else {
                    w.paragraphs(entry.update)
                }
                w.raw("</td></tr>\n")
            }
            if report.entries.isEmpty { w.raw("<tr><td colspan=\"3\">There are no matters arising from previous meetings.</td></tr>\n") }
            w.raw("</tbody>\n</table>\n")
            if editable {
                w.raw("<button type=\"submit\">Save the draft</button>\n</form>\n<form method=\"post\" action=\"")
                w.text(path + "/publish")
                w.raw("\">\n")
                w.hidden("csrf", context.csrfToken ?? "")
                w.raw("<button type=\"submit\" class=\"secondary\">Publish as an agenda item</button>\n</form>\n")
            }
        }
    }
}
