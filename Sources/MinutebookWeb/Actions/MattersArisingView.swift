import MinutebookCore
import MinutebookServices

/// The report as the hand-made one lays it out: a table of minute | matters arising | update.
enum MattersArisingView {
    struct Options {
        /// The draft's texts can be edited and saved (secretariat, not yet published).
        var editable: Bool
        /// The secretariat may email the owners.
        var canRequestUpdates: Bool
        var mailConfigured: Bool
        /// The report is published: the secretariat records what the meeting decided per row.
        var canRecordOutcomes: Bool
    }

    static func page(
        _ report: MattersArisingReport, target t: MattersArisingController.Target, path: String, options: Options,
        context: AppRequestContext, notice: String?
    ) -> [UInt8] {
        let editable = options.editable
        var layout = Layout(title: "Matters Arising – \(t.body.name), \(t.date.long)", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (t.partnership.name, SitePath.partnership(t.partnership.slug).path),
            (t.body.name, SitePath.body(partnership: t.partnership.slug, body: t.body.slug).path),
            (t.date.long, SitePath.meeting(partnership: t.partnership.slug, body: t.body.slug, date: t.date).path)
        ]
        return layout.render { w in
            w.raw("<h1>Matters Arising</h1>\n<p class=\"lead\">")
            w.text("\(t.body.name), \(t.date.longWithWeekday)")
            w.raw("</p>\n<p><span class=\"tag\">")
            let state: String =
                switch report.state {
                case .drafted: "Draft, worked out from the open actions"
                case .saved: "Draft, edited by the secretariat"
                case .published: "Published"
                }
            w.text(state)
            w.raw("</span></p>\n")
            if notice == "saved" { w.raw("<p class=\"notice\" role=\"status\">The draft has been saved.</p>\n") }
            if notice == "published" { w.raw("<p class=\"notice\" role=\"status\">The report has been published as an agenda item.</p>\n") }
            if notice == "outcomes" { w.raw("<p class=\"notice\" role=\"status\">What the meeting decided has been recorded on the actions.</p>\n") }
            requestUpdates(&w, report, path: path, options: options, context: context)
            w.raw("<p><a href=\"")
            w.text(path + ".docx")
            w.raw("\">Download as a Word document</a></p>\n")
            if editable || options.canRecordOutcomes {
                w.raw("<form method=\"post\" action=\"")
                w.text(editable ? path : path + "/outcomes")
                w.raw("\">\n")
                w.hidden("csrf", context.csrfToken ?? "")
            }
            w.raw("<table class=\"matters-arising\">\n<caption class=\"visually-hidden\">Matters arising from previous meetings</caption>\n")
            w.raw(
                "<thead><tr><th scope=\"col\">Minute number, date and title</th><th scope=\"col\">Matters arising</th><th scope=\"col\">Update</th></tr></thead>\n<tbody>\n"
            )
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
                if let minuteID = entry.minuteID, context.account != nil {
                    w.raw("<br><a href=\"")
                    w.text(SitePath.minuteThread(partnership: t.partnership.slug, minuteID: minuteID).path)
                    w.raw("\">")
                    w.text("The matter across meetings" + (entry.minuteLabel.isEmpty ? "" : " (\(entry.minuteLabel))"))
                    w.raw("</a>")
                }
                w.raw("</th>\n<td>")
                if editable {
                    w.textArea(
                        "resolved-\(entry.key)", label: "What was resolved (\(entry.minuteLabel.isEmpty ? entry.title : entry.minuteLabel))",
                        value: entry.resolved, rows: 4)
                } else {
                    if !entry.minutesApproved { w.element("<p><strong>", MattersArisingEntry.draftMark, "</strong></p>") }
                    w.paragraphs(entry.resolved)
                }
                w.raw("</td>\n<td>")
                if editable {
                    w.textArea(
                        "update-\(entry.key)", label: "Update (\(entry.minuteLabel.isEmpty ? entry.title : entry.minuteLabel))",
                        value: entry.update, rows: 4)
                    w.checkbox(
                        "omit-\(entry.key)", label: "Leave \(entry.minuteLabel.isEmpty ? entry.title : entry.minuteLabel) out of the report",
                        checked: false)
                } else {
                    w.paragraphs(entry.update)
                }
                outcome(&w, entry, options: options)
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
            } else if options.canRecordOutcomes && !report.entries.isEmpty {
                w.raw("<button type=\"submit\">Record what the meeting decided</button>\n</form>\n")
            } else if options.canRecordOutcomes {
                w.raw("</form>\n")
            }
        }
    }

    static let outcomeChoices = [Choice("", "Not yet decided")] + MattersArisingOutcome.allCases.map { Choice($0.rawValue, $0.label) }

    /// The meeting's decision on a row: shown once recorded; chosen by the secretariat on the published report.
    static func outcome(_ w: inout HTMLWriter, _ entry: MattersArisingEntry, options: Options) {
        let name = entry.minuteLabel.isEmpty ? entry.title : entry.minuteLabel
        if options.canRecordOutcomes {
            w.selectField(
                "outcome-\(entry.key)", label: "What the meeting decided (\(name))", choices: outcomeChoices,
                selected: entry.outcome?.rawValue ?? "")
        } else if let outcome = entry.outcome {
            w.raw("<p><strong>Meeting decision:</strong> ")
            w.text(outcome.label)
            w.raw("</p>")
        }
    }

    /// "Request updates": offered to the secretariat before the meeting, or why it cannot be.
    static func requestUpdates(
        _ w: inout HTMLWriter, _ report: MattersArisingReport, path: String, options: Options,
        context: AppRequestContext
    ) {
        guard options.canRequestUpdates, report.state != .published else { return }
        w.raw("<section aria-labelledby=\"request-updates\">\n<h2 id=\"request-updates\">Updates from the owners</h2>\n")
        guard options.mailConfigured else {
            w.raw("<p>Email is not set up on this site, so owners cannot be asked for updates from here. ")
            w.raw("The administrator sets the mail server when starting Minutebook.</p>\n</section>\n")
            return
        }
        w.raw("<p>Each owner of an outstanding action gets one email listing their actions, with a personal link to send ")
        w.raw("their updates without an account. Updates land in this draft.</p>\n<form method=\"post\" action=\"")
        w.text(path + "/request-updates")
        w.raw("\">\n")
        w.hidden("csrf", context.csrfToken ?? "")
        w.raw("<button type=\"submit\" class=\"secondary\">Request updates by email</button>\n</form>\n</section>\n")
    }
}
