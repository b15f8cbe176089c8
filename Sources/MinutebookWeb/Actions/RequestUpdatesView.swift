import MinutebookCore

/// After "Request updates": who was emailed (with how many actions each), and whom no email reaches.
enum RequestUpdatesView {
    static func page(
        target t: MattersArisingController.Target, back: String, emailed: [UpdateRequestMail], withoutAddress: [String],
        context: AppRequestContext
    ) -> [UInt8] {
        var layout = Layout(
            title: "Updates requested – \(t.body.name), \(t.date.long)", signedInAs: context.signedInAs,
            csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (t.partnership.name, SitePath.partnership(t.partnership.slug).path),
            (t.body.name, SitePath.body(partnership: t.partnership.slug, body: t.body.slug).path),
            (t.date.long, SitePath.meeting(partnership: t.partnership.slug, body: t.body.slug, date: t.date).path)
        ]
        return layout.render { w in
            w.raw("<h1>Updates requested</h1>\n<p class=\"notice\" role=\"status\">")
            w.text(emailed.isEmpty ? "No emails were sent." : "\(emailed.count) email\(emailed.count == 1 ? " was" : "s were") sent.")
            w.raw("</p>\n<h2>Emailed</h2>\n")
            if emailed.isEmpty {
                w.raw("<p>Nobody with an outstanding action has an email address on record.</p>\n")
            } else {
                w.raw("<table>\n<caption class=\"visually-hidden\">Owners emailed</caption>\n")
                w.raw("<thead><tr><th scope=\"col\">Owner</th><th scope=\"col\">Email</th><th scope=\"col\">Actions</th></tr></thead>\n<tbody>\n")
                for mail in emailed {
                    w.element("<tr><th scope=\"row\">", mail.name, "</th>")
                    w.element("<td>", mail.email, "</td>")
                    w.element("<td>", mail.actions.map(\.minuteLabel).joined(separator: "; "), "</td></tr>\n")
                }
                w.raw("</tbody>\n</table>\n")
            }
            w.raw("<h2>No email address</h2>\n")
            if withoutAddress.isEmpty {
                w.raw("<p>Every owner has an address.</p>\n")
            } else {
                w.raw("<p>These owners have no email address on record (or are not matched to a person): chase them another way.</p>\n<ul>\n")
                for name in withoutAddress { w.element("<li>", name, "</li>\n") }
                w.raw("</ul>\n")
            }
            w.raw("<p><a href=\"")
            w.text(back)
            w.raw("\">Back to the Matters Arising report</a></p>\n")
        }
    }
}
