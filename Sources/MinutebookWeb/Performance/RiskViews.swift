import MinutebookCore
import MinutebookServices

/// The risk register, its heat map and the "risk log review" of changes since the last meeting.
enum RiskViews {
    static func register(
        _ risks: [Risk], heatMap: RiskHeatMap, changes: [RiskChange]?, lastMeeting: LocalDate?, today: LocalDate,
        scope: PerformanceController.Scope, editCSRF: String?? = nil, into w: inout HTMLWriter
    ) {
        w.raw("<h1>Risk register</h1>\n<p><a href=\"")
        w.text(scope.base + "/risks.csv")
        w.raw("\" download>Download the register (CSV)</a></p>\n<h2>Changes since the last meeting</h2>\n")
        if let changes, let lastMeeting {
            w.element("<p>", "Since the meeting of \(lastMeeting.long):", "</p>\n")
            if changes.isEmpty { w.raw("<p>No risk has changed.</p>\n") }
            w.raw("<ul class=\"changes\">")
            for change in changes {
                w.element("<li>", "\(change.reference) \(change.title): \(change.summary)", "</li>")
            }
            w.raw("</ul>\n")
        } else {
            w.raw("<p>The board has not met yet.</p>\n")
        }
        PerformanceMarkup.heat(heatMap, into: &w)
        w.raw(
            "<h2>Risks</h2>\n<table class=\"risks\"><caption class=\"visually-hidden\">Risks with scores</caption><thead><tr><th scope=\"col\">Ref</th><th scope=\"col\">Risk</th><th scope=\"col\">Owner</th><th scope=\"col\">Inherent</th><th scope=\"col\">Controls</th><th scope=\"col\">Residual</th><th scope=\"col\">Last review</th><th scope=\"col\">Next review</th></tr></thead><tbody>"
        )
        for risk in risks {
            w.raw("<tr><th scope=\"row\">")
            w.text(risk.reference)
            w.raw("</th><td>")
            w.text(risk.title)
            if let closed = risk.closedOn {
                w.element(" <span class=\"tag\">", "Closed \(closed.long)", "</span>")
            }
            if !risk.description.isEmpty { w.element("<br><span class=\"note\">", risk.description, "</span>") }
            w.raw("</td><td>")
            w.text(risk.owner)
            w.raw("</td><td>")
            w.text(risk.inherent.summary)
            w.raw("</td><td>")
            w.text(risk.controls)
            w.raw("</td><td>")
            w.text(risk.residual.summary)
            w.raw("</td><td>")
            w.text(risk.lastReviewedOn?.long ?? "–")
            w.raw("</td><td>")
            w.text(risk.nextReviewOn?.long ?? "–")
            if risk.isReviewOverdue(on: today) { w.raw(" <strong>(overdue)</strong>") }
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody></table>\n")
        if case .some(let csrf) = editCSRF {
            forms(risks, scope: scope, csrf: csrf, today: today, into: &w)
        }
    }

    static let scoreChoices = (1...5).map { Choice(String($0), String($0)) }

    /// The secretariat's forms: review each open risk, add a new one.
    static func forms(_ risks: [Risk], scope: PerformanceController.Scope, csrf: String?, today: LocalDate, into w: inout HTMLWriter) {
        w.raw("<p><a href=\"")
        w.text(scope.base + "/risks/new")
        w.raw("\">Add a risk on its own page</a></p>\n<h2>Review a risk</h2>\n")
        let open = risks.filter { $0.isOpen(on: today) }
        if open.isEmpty { w.raw("<p>No open risk to review.</p>\n") }
        for risk in open {
            w.raw("<details><summary>")
            w.text("Review \(risk.reference): \(risk.title)")
            w.raw("</summary>\n<form method=\"post\" action=\"")
            w.text("\(scope.base)/risks/\(risk.id)/review")
            w.raw("\">\n")
            w.csrfField(csrf)
            let id = "r\(risk.id)-"
            w.selectField(
                "residualLikelihood", label: "Residual likelihood (1 to 5)", choices: scoreChoices,
                selected: String(risk.residual.likelihood), id: id + "likelihood")
            w.selectField(
                "residualImpact", label: "Residual impact (1 to 5)", choices: scoreChoices,
                selected: String(risk.residual.impact), id: id + "impact")
            w.inputField("reviewedOn", label: "Reviewed on", value: today.iso, type: "date", id: id + "reviewed")
            w.inputField("nextReviewOn", label: "Next review", type: "date", id: id + "next")
            w.textArea("note", label: "What changed", id: id + "note", rows: 3)
            w.raw("<button type=\"submit\">Record the review</button>\n</form>\n<p><a href=\"")
            w.text("\(scope.base)/risks/\(risk.id)/review")
            w.raw("\">Review or close on its own page</a></p></details>\n")
        }
        w.raw("<h2>Add a risk</h2>\n<form method=\"post\" action=\"")
        w.text("\(scope.base)/risks")
        w.raw("\">\n")
        w.csrfField(csrf)
        w.inputField("reference", label: "Reference", hint: "For example R7")
        w.inputField("title", label: "Risk")
        w.textArea("description", label: "Description", rows: 3)
        w.inputField("owner", label: "Owner")
        w.selectField("inherentLikelihood", label: "Inherent likelihood (1 to 5)", choices: scoreChoices, selected: "3")
        w.selectField("inherentImpact", label: "Inherent impact (1 to 5)", choices: scoreChoices, selected: "3")
        w.textArea("controls", label: "Controls", rows: 3)
        w.selectField(
            "residualLikelihood", label: "Residual likelihood (1 to 5)", choices: scoreChoices, selected: "2", id: "new-residual-likelihood")
        w.selectField("residualImpact", label: "Residual impact (1 to 5)", choices: scoreChoices, selected: "3", id: "new-residual-impact")
        w.inputField("openedOn", label: "Opened on", value: today.iso, type: "date")
        w.inputField("nextReviewOn", label: "Next review", type: "date", id: "new-next-review")
        w.raw("<button type=\"submit\">Add the risk</button>\n</form>\n")
    }

    static func csv(_ risks: [Risk]) -> String {
        var out =
            "reference,title,owner,inherent_likelihood,inherent_impact,residual_likelihood,residual_impact,residual_rating,controls,opened,last_reviewed,next_review,closed\r\n"
        for r in risks {
            out +=
                [
                    r.reference, r.title, r.owner, "\(r.inherent.likelihood)", "\(r.inherent.impact)", "\(r.residual.likelihood)",
                    "\(r.residual.impact)", r.residual.rating.label, r.controls, r.openedOn.iso, r.lastReviewedOn?.iso ?? "",
                    r.nextReviewOn?.iso ?? "", r.closedOn?.iso ?? ""
                ].map(ActualsCSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }
}

/// Who leads on what.
enum DirectoryViews {
    static func directory(_ entries: [DirectoryEntry], scope: PerformanceController.Scope, canEdit: Bool = false, into w: inout HTMLWriter) {
        w.raw("<h1>Who leads on what</h1>\n")
        if canEdit {
            w.raw("<p><a href=\"")
            w.text(scope.base + "/directory/new")
            w.raw("\">Add a lead</a></p>\n")
        }
        guard !entries.isEmpty else {
            w.raw("<p>No leads have been listed yet.</p>\n")
            return
        }
        w.raw(
            "<table class=\"directory\"><caption class=\"visually-hidden\">Leads by theme</caption><thead><tr><th scope=\"col\">Theme</th><th scope=\"col\">Role</th><th scope=\"col\">Name</th><th scope=\"col\">Organisation</th><th scope=\"col\">Contact</th></tr></thead><tbody>"
        )
        for e in entries {
            w.element("<tr><th scope=\"row\">", e.theme, "</th>")
            w.element("<td>", e.seatTitle ?? "–", "</td>")
            w.element("<td>", e.personName ?? "Sign in to see names", "</td>")
            w.element("<td>", e.organisationName ?? "–", "</td>")
            w.raw("<td>")
            if let email = e.email {
                w.raw("<a href=\"mailto:")
                w.text(email)
                w.raw("\">")
                w.text(email)
                w.raw("</a>")
            }
            if let phone = e.phone { w.element(" <span>", phone, "</span>") }
            if canEdit {
                w.raw(" <a href=\"")
                w.text(scope.base + "/directory/\(e.id)/edit")
                w.raw("\">Edit<span class=\"visually-hidden\"> ")
                w.text(e.theme)
                w.raw("</span></a>")
            }
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody></table>\n<p><a href=\"")
        w.text(scope.base + "/directory.csv")
        w.raw("\" download>Download (CSV)</a></p>\n")
    }

    static func csv(_ entries: [DirectoryEntry]) -> String {
        var out = "theme,role,name,organisation,email,phone\r\n"
        for e in entries {
            out +=
                [e.theme, e.seatTitle ?? "", e.personName ?? "", e.organisationName ?? "", e.email ?? "", e.phone ?? ""]
                .map(ActualsCSV.field).joined(separator: ",") + "\r\n"
        }
        return out
    }
}

/// A sub-group report in the template's order.
enum ReportViews {
    /// What the viewer may do next: the secretariat moves the report on; the sub-group edits its draft.
    struct Controls {
        var base: String
        var csrfToken: String?
        var isSecretariat: Bool
        var canEditDraft: Bool
    }

    static func report(_ r: SubGroupReport, subGroup: Body, board: Body, meeting: Meeting, controls: Controls, into w: inout HTMLWriter) {
        w.element("<h1>", "\(subGroup.name): report to the \(board.name)", "</h1>\n")
        if r.status != .onAgenda { w.element("<p class=\"tag\">", "\(r.status.label): not public", "</p>\n") }
        w.raw("<dl class=\"summary\">")
        PerformanceViews.row("Meeting", meeting.date.longWithWeekday, into: &w)
        PerformanceViews.row("Date report filed", r.filedOn?.long ?? "Not filed yet", into: &w)
        PerformanceViews.row("Date of last board", r.lastBoardOn?.long ?? "–", into: &w)
        PerformanceViews.row("Author", r.author.isEmpty ? "–" : r.author, into: &w)
        w.raw("</dl>\n")
        for (title, text) in [
            ("Operational update", r.operationalUpdate), ("Strategic update", r.strategicUpdate), ("Action plan update", r.actionPlanUpdate)
        ]
        where !text.isEmpty {
            w.element("<h2>", title, "</h2>\n")
            w.paragraphs(text)
        }
        if !r.actionsForPartnership.isEmpty {
            w.raw("<h2>Action for the partnership</h2>\n<ol>")
            for action in r.actionsForPartnership { w.element("<li>", action, "</li>") }
            w.raw("</ol>\n<h3>Proposed resolutions</h3>\n<ul>")
            for resolution in r.proposedResolutions { w.element("<li>", resolution, "</li>") }
            w.raw("</ul>\n")
        }
        actions(r, subGroup: subGroup, controls: controls, into: &w)
    }

    static func actions(_ r: SubGroupReport, subGroup: Body, controls c: Controls, into w: inout HTMLWriter) {
        if r.status == .draft && c.canEditDraft {
            w.raw("<p><a class=\"button\" href=\"")
            w.text("\(c.base)/bodies/\(subGroup.slug)/report")
            w.raw("\">Continue the draft</a></p>\n")
        }
        if c.canEditDraft {
            w.raw("<h2>Escalate a decision to the board</h2>\n<form method=\"post\" action=\"")
            w.text("\(c.base)/bodies/\(subGroup.slug)/escalate")
            w.raw("\">\n")
            w.csrfField(c.csrfToken)
            w.hidden("return", "\(c.base)/reports/\(r.id)")
            w.textArea("decision", label: "Decision of the sub-group", hint: "It goes on the board's forward plan for its next meeting.", rows: 3)
            w.inputField("lead", label: "Who will present it (optional)")
            w.raw("<button type=\"submit\" class=\"secondary\">Escalate</button>\n</form>\n")
        }
        guard c.isSecretariat else { return }
        switch r.status {
        case .draft:
            break
        case .submitted:
            w.raw("<form method=\"post\" action=\"")
            w.text("\(c.base)/reports/\(r.id)/agenda")
            w.raw("\">\n")
            w.csrfField(c.csrfToken)
            w.raw("<button type=\"submit\">Put on the board's agenda</button>\n</form>\n")
        case .onAgenda:
            w.raw("<h2>Record the board's resolutions</h2>\n<form method=\"post\" action=\"")
            w.text("\(c.base)/reports/\(r.id)/resolutions")
            w.raw("\">\n")
            w.csrfField(c.csrfToken)
            if !r.proposedResolutions.isEmpty {
                w.raw("<fieldset><legend>Proposed resolutions adopted</legend>\n")
                for (i, resolution) in r.proposedResolutions.enumerated() {
                    w.raw("<div class=\"field checkbox\"><input type=\"checkbox\" name=\"adopt\" value=\"")
                    w.text(i)
                    w.raw("\" id=\"adopt-")
                    w.text(i)
                    w.raw("\" checked><label for=\"adopt-")
                    w.text(i)
                    w.raw("\">")
                    w.text(resolution)
                    w.raw("</label></div>\n")
                }
                w.raw("</fieldset>\n")
            }
            w.textArea(
                "other", label: "Another resolution (optional)", hint: "As the board agreed it, e.g. RESOLVED that the update be noted.", rows: 3)
            w.raw("<button type=\"submit\">Record resolutions</button>\n</form>\n")
        }
    }
}
