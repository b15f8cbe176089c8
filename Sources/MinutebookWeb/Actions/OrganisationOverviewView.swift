import MinutebookCore
import MinutebookServices

/// The overview by organisation: one row per partner organisation, each count linking to the tracker filtered to it.
enum OrganisationOverviewView {
    static func page(_ counts: [OrganisationActionCounts], partnership: Partnership, context: AppRequestContext) -> [UInt8] {
        var layout = Layout(title: "Actions by organisation – \(partnership.name)", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (partnership.name, SitePath.partnership(partnership.slug).path),
            ("Actions", SitePath.actions(partnership: partnership.slug).path)
        ]
        let base = SitePath.actions(partnership: partnership.slug).path
        return layout.render { w in
            w.raw("<h1>Actions by organisation</h1>\n")
            guard !counts.isEmpty else {
                w.raw("<p>No actions are owned by a partner organisation or its people yet.</p>\n")
                return
            }
            w.raw("<table>\n<caption class=\"visually-hidden\">Actions of each partner organisation</caption>\n<thead><tr>")
            w.raw(
                "<th scope=\"col\">Organisation</th><th scope=\"col\" class=\"numeric\">Open</th><th scope=\"col\" class=\"numeric\">In progress</th>"
            )
            w.raw("<th scope=\"col\" class=\"numeric\">Overdue</th><th scope=\"col\" class=\"numeric\">Done</th>")
            w.raw("<th scope=\"col\" class=\"numeric\">Dropped or superseded</th></tr></thead>\n<tbody>\n")
            for row in counts {
                let filter = "\(base)?organisation=\(row.organisationID)"
                w.raw("<tr><th scope=\"row\"><a href=\"")
                w.text(filter)
                w.raw("\">")
                w.text(row.name)
                w.raw("</a></th>")
                cell(&w, row.open, "\(filter)&status=open", "open actions of \(row.name)")
                cell(&w, row.inProgress, "\(filter)&status=in_progress", "actions in progress of \(row.name)")
                cell(&w, row.overdue, "\(filter)&overdue=1", "overdue actions of \(row.name)")
                cell(&w, row.done, "\(filter)&status=done", "done actions of \(row.name)")
                w.raw("<td class=\"numeric\">")
                w.text(row.closedOtherwise)
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n")
        }
    }

    static func cell(_ w: inout HTMLWriter, _ count: Int, _ href: String, _ description: String) {
        w.raw("<td class=\"numeric\">")
        guard count > 0 else { w.text(0); w.raw("</td>"); return }
        w.raw("<a href=\"")
        w.text(href)
        w.raw("\" aria-label=\"")
        w.text("\(count) \(description)")
        w.raw("\">")
        w.text(count)
        w.raw("</a></td>")
    }
}
