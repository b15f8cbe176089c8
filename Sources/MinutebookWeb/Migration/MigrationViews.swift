import Hummingbird
import MinutebookCore

/// The migration form and the page that follows a run.
enum MigrationViews {
    static func form(
        context: AppRequestContext, partnerships: [Partnership], values: FormData, errors: FormErrors,
        status: HTTPResponse.Status
    ) -> Response {
        let title = "Bring an archive from ModernGov"
        let page = Layout(
            title: errors.isEmpty ? title : "Error: " + title, signedInAs: context.signedInAs,
            csrfToken: context.csrfToken
        ).render { w in
            w.errorSummary(errors)
            w.element("<h1>", title, "</h1>\n")
            w.raw(
                "<p>Brings a committee's meetings from a council's ModernGov site: attendance, agenda items, minutes with their resolutions and actions, and the reports of public items. Documents the site restricts are never fetched. Each meeting is stored whole; if the run stops, starting it again continues where it stopped.</p>\n"
            )
            w.raw("<form method=\"post\" action=\"/admin/migrations\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.inputField(
                "site", label: "Address of the ModernGov site", value: values["site"] ?? "", type: "url",
                hint: "For example https://democracy.example.gov.uk", autocomplete: "url", errors: errors)
            w.inputField(
                "committee", label: "Committee", value: values["committee"] ?? "",
                hint: "Its name as the site shows it, or its id (the number after ID= in the committee's address).",
                errors: errors)
            w.inputField("from", label: "First meeting date (optional)", value: values["from"] ?? "", type: "date", errors: errors)
            w.inputField("to", label: "Last meeting date (optional)", value: values["to"] ?? "", type: "date", errors: errors)
            w.selectField(
                "partnership", label: "Partnership",
                choices: [Choice("", "The only partnership, or one named after the committee")]
                    + partnerships.map { Choice($0.slug, $0.name) },
                selected: values["partnership"], errors: errors)
            w.inputField(
                "delay", label: "Seconds between requests", value: values["delay"] ?? "1", type: "number",
                hint: "A pause before each request, so the council's site is not hurried. One request is made at a time.",
                errors: errors)
            w.raw("<button type=\"submit\">Start the migration</button>\n</form>\n")
        }
        return .html(page, status: status)
    }

    static func status(context: AppRequestContext, job: MigrationJobs.Job) -> Response {
        let heading = job.failure != nil ? "Migration stopped" : job.counts != nil ? "Migration finished" : "Migration running"
        let page = Layout(title: heading, signedInAs: context.signedInAs, csrfToken: context.csrfToken).render { w in
            w.element("<h1>", heading, "</h1>\n")
            w.raw("<dl class=\"summary\">")
            w.summaryRow("Site", job.site)
            w.summaryRow("Committee", job.committeeTitle ?? job.committee)
            w.summaryRow("Started by", job.startedBy)
            w.summaryRow("Meetings", job.total.map { "\(job.done) of \($0)" } ?? "listing the meetings")
            w.raw("</dl>\n")
            if let total = job.total, total > 0, !job.isFinished {
                w.raw("<label for=\"progress\">Meetings done</label> <progress id=\"progress\" max=\"")
                w.text("\(total)")
                w.raw("\" value=\"")
                w.text("\(job.done)")
                w.raw("\">")
                w.text("\(job.done) of \(total)")
                w.raw("</progress>\n")
            }
            if let failure = job.failure {
                w.raw("<div class=\"error-summary\" role=\"alert\"><h2>The migration stopped</h2><p>")
                w.text(failure)
                w.raw("</p><p>What was stored is kept. Start it again with the same site and committee to continue where it stopped.</p></div>\n")
            }
            if let counts = job.counts {
                w.raw("<table>\n<caption>What the migration did</caption>\n<tbody>\n")
                for (label, value) in counts.summary {
                    w.raw("<tr><th scope=\"row\">")
                    w.text(label.prefix(1).uppercased() + label.dropFirst())
                    w.raw("</th><td>")
                    w.text(value)
                    w.raw("</td></tr>\n")
                }
                w.raw("</tbody>\n</table>\n")
            } else if job.failure == nil {
                w.raw("<p><a href=\"/admin/migrations/")
                w.text(job.id)
                w.raw("\">Check again</a></p>\n")
            }
            if !job.messages.isEmpty {
                w.raw("<h2>Warnings and notes</h2>\n<ul>\n")
                for m in job.messages { w.element("<li>", m, "</li>\n") }
                w.raw("</ul>\n")
            }
            w.raw("<p><a href=\"/admin/migrations\">Start another migration</a></p>\n")
        }
        return .html(page)
    }
}
