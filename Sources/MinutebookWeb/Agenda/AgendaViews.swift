import MinutebookCore
import MinutebookServices

/// Typed views of the agenda pages (secretariat only).
enum AgendaViews {
    static func layout(_ title: String, _ context: AppRequestContext) -> Layout {
        Layout(title: title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
    }

    static func schedulePage(scope: AgendaController.BodyScope, context: AppRequestContext, values: FormData, errors: FormErrors) -> [UInt8] {
        layout("Schedule a meeting of \(scope.body.name)", context).render { w in
            w.errorSummary(errors)
            w.raw("<h1>Schedule a meeting</h1>\n<p>")
            w.text(
                "The agenda of the new meeting of \(scope.body.name) is drafted from its standing items, the sub-groups' reports and any deferred forward-plan items."
            )
            w.raw("</p>\n<form method=\"post\" action=\"")
            w.text("\(scope.path)/schedule")
            w.raw("\">\n")
            w.csrfField(context.csrfToken)
            w.inputField(
                "date", label: "Date", value: values["date"] ?? "", type: "date", hint: "For example 2026-03-12", errors: errors, required: true)
            w.inputField("time", label: "Start time (optional)", value: values["time"] ?? "", type: "time", errors: errors)
            w.inputField("venue", label: "Venue (optional)", value: values["venue"] ?? "", errors: errors)
            w.inputField("virtualLink", label: "Link for attending virtually (optional)", value: values["virtualLink"] ?? "", errors: errors)
            w.raw("<button type=\"submit\">Schedule the meeting</button>\n</form>\n")
        }
    }

    static func doneMessage(_ done: String?) -> String? {
        switch done {
        case "scheduled": "The meeting is scheduled and its agenda drafted."
        case "added": "The item has been added."
        case "changed": "The agenda has been changed."
        case "uploaded": "The report has been uploaded."
        case "issued": "The pack has been issued and published on the meeting page."
        default: nil
        }
    }

    static func editPage(
        scope: AgendaController.MeetingScope, agenda: Agenda, deadlines: MeetingDeadlines, issue: PackIssue?,
        context: AppRequestContext,
        errors: FormErrors, values: FormData, done: String?
    ) -> [UInt8] {
        let title = "Agenda: \(agenda.body.name), \(agenda.meeting.date.long)"
        return layout(title, context).render { w in
            w.errorSummary(errors)
            if let message = doneMessage(done) {
                w.raw("<div class=\"notice\" role=\"status\"><p>"); w.text(message); w.raw("</p></div>\n")
            }
            w.raw("<h1>"); w.text(title); w.raw("</h1>\n<h2>Deadlines (working days)</h2>\n<dl class=\"summary\">\n")
            w.summaryRow("Reports due", deadlines.reports.longWithWeekday)
            w.summaryRow("Publish the pack by", "\(deadlines.publication.longWithWeekday) (five clear working days before)")
            w.summaryRow("Questions by", deadlines.questions.longWithWeekday)
            w.summaryRow("Status", agenda.meeting.status.label)
            // An approved meeting's agenda is part of the record: no change is offered (the store refuses them too).
            let fixed = FixedAgenda.isFixed(agenda.meeting.status)
            w.raw("</dl>\n")
            if fixed { w.element("<div class=\"notice\" role=\"status\"><p>", FixedAgenda.fixedExplanation, "</p></div>\n") }
            w.raw("<h2>Items</h2>\n<table>\n<caption class=\"visually-hidden\">Agenda items</caption>\n")
            w.raw(
                fixed
                    ? "<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Item</th><th scope=\"col\">Report</th></tr></thead>\n<tbody>\n"
                    : "<thead><tr><th scope=\"col\">No.</th><th scope=\"col\">Item</th><th scope=\"col\">Report</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>\n"
            )
            for entry in agenda.entries {
                let base = "\(scope.path)/agenda/items/\(entry.id)"
                w.raw("<tr id=\"item-"); w.text(Int(entry.id)); w.raw("\"><td>"); w.text(entry.item.number ?? "")
                w.raw("</td><td>"); w.text(entry.item.title)
                if entry.item.part == .two { w.raw(" <strong>(Part 2: "); w.text(entry.item.exemptReason ?? ""); w.raw(")</strong>") }
                if entry.isSupplementary { w.raw(" <strong>(supplementary)</strong>") }
                if let ref = entry.item.reportReference { w.raw("<br>"); w.text("Report \(ref)") }
                if let lead = entry.item.leadOfficer { w.raw("<br>"); w.text("Lead officer: \(lead)") }
                w.raw("</td><td>")
                if let report = entry.latestReport {
                    w.text("\(report.filename), version \(report.version)")
                } else if entry.expectsReport {
                    w.raw("Awaited")
                }
                guard !fixed else { w.raw("</td></tr>\n"); continue }
                let field = "file-\(entry.id)"
                w.raw("<form method=\"post\" enctype=\"multipart/form-data\" action=\""); w.text("\(base)/report"); w.raw("\">")
                w.csrfField(context.csrfToken)
                if let message = errors.message(for: field) {
                    w.raw("<p class=\"error-message\" id=\""); w.text(field); w.raw("-error\">"); w.text(message); w.raw("</p>")
                }
                w.raw("<label for=\""); w.text(field); w.raw("\">");
                w.text("Report for item \(entry.item.number ?? "") (PDF, Word, HTML or Markdown)")
                w.raw("</label> <input type=\"file\" name=\"file\" id=\""); w.text(field)
                w.raw("\" accept=\".pdf,.docx,.html,.htm,.md\"> <button type=\"submit\" class=\"secondary\">Upload</button></form>")
                w.raw("</td><td><a href=\""); w.text(base); w.raw("\">Change<span class=\"visually-hidden\"> ")
                w.text("item \(entry.item.number ?? "")"); w.raw("</span></a> ")
                for (action, label) in [("up", "Move up"), ("down", "Move down"), ("remove", "Remove")] {
                    w.raw("<form class=\"inline\" method=\"post\" action=\""); w.text("\(base)/\(action)"); w.raw("\">")
                    w.csrfField(context.csrfToken)
                    w.raw(action == "remove" ? "<button type=\"submit\" class=\"warning\">" : "<button type=\"submit\" class=\"secondary\">")
                    w.text(label); w.raw("<span class=\"visually-hidden\"> "); w.text("item \(entry.item.number ?? "")");
                    w.raw("</span></button></form> ")
                }
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody></table>\n")
            if !fixed { addItemForm(&w, scope: scope, context: context, errors: errors, values: values) }
            packSection(&w, scope: scope, agenda: agenda, issue: issue, fixed: fixed, context: context, errors: errors, values: values)
        }
    }

    static func addItemForm(
        _ w: inout HTMLWriter, scope: AgendaController.MeetingScope, context: AppRequestContext, errors: FormErrors,
        values: FormData
    ) {
        w.raw("<h2>Add an item</h2>\n<form method=\"post\" action=\""); w.text("\(scope.path)/agenda/items"); w.raw("\">\n")
        w.csrfField(context.csrfToken)
        w.inputField("title", label: "Title", value: values["title"] ?? "", errors: errors, required: true)
        w.checkbox("sub", label: "A lettered sub-item of the item before it (such as 15a)", checked: values["sub"] == "1")
        w.selectField(
            "part", label: "Part", choices: [Choice("1", "Part 1 (public)"), Choice("2", "Part 2 (exempt, members only)")],
            selected: values["part"] ?? "1", errors: errors)
        w.inputField("exemptReason", label: "Exempt reason (Part 2 only)", value: values["exemptReason"] ?? "", errors: errors)
        w.inputField("lead", label: "Lead officer (optional)", value: values["lead"] ?? "", errors: errors)
        w.inputField(
            "reference", label: "Report reference (optional)", value: values["reference"] ?? "", hint: "For example CSD18054", errors: errors)
        w.checkbox("autoReference", label: "Give it the next report reference number", checked: values["autoReference"] == "1")
        w.checkbox("expectsReport", label: "A report is expected", checked: values["expectsReport"] == "1")
        w.textArea("description", label: "Text printed under the item (optional)", value: values["description"] ?? "", errors: errors, rows: 3)
        w.raw("<button type=\"submit\">Add the item</button>\n</form>\n")
    }

    static func packSection(
        _ w: inout HTMLWriter, scope: AgendaController.MeetingScope, agenda: Agenda, issue: PackIssue?, fixed: Bool,
        context: AppRequestContext, errors: FormErrors, values: FormData
    ) {
        w.raw("<h2>The pack</h2>\n")
        if let issue {
            var sentence =
                "Issued on \(issue.issuedOn.long); " + (issue.emailed == 1 ? "emailed to 1 member." : "emailed to \(issue.emailed) members.")
            if let note = issue.mailNote { sentence += " " + note }
            if let reason = issue.reason { sentence += " Version \(issue.version), issued because: \(reason)" }
            w.raw("<p>"); w.text(sentence); w.raw("</p>\n")
        } else {
            w.raw("<p>Not issued yet.</p>\n")
        }
        w.raw("<ul>\n<li><a href=\""); w.text("\(scope.path)/pack/preview.pdf"); w.raw("\">Preview the members' pack (PDF)</a></li>\n")
        if issue != nil {
            // The published pack exists only once issued: before that these links would answer 404.
            w.raw("<li><a href=\""); w.text("\(scope.path)/pack.pdf"); w.raw("\">The published public pack (PDF)</a></li>\n")
            w.raw("<li><a href=\""); w.text("\(scope.path)/pack.html"); w.raw("\">The published public pack (accessible HTML)</a></li>\n")
        }
        w.raw("</ul>\n")
        w.raw("<form method=\"post\" action=\""); w.text("\(scope.path)/pack/issue"); w.raw("\">\n")
        w.csrfField(context.csrfToken)
        w.raw(
            "<p>Issuing builds the public pack (Part 1), publishes it on the meeting page with its accessible HTML version, records today as the date of issue and emails the members a link.</p>\n"
        )
        if fixed {
            w.textArea("reason", label: "Why a new version of the pack is issued", value: values["reason"] ?? "", errors: errors, rows: 3)
            w.raw("<button type=\"submit\">Issue a new version of the pack</button>\n</form>\n")
        } else {
            w.raw("<button type=\"submit\">Issue the pack</button>\n</form>\n")
        }
        w.raw("<ul>\n<li><a href=\""); w.text("\(scope.bodyScope.path)/forward-plan"); w.raw("\">Forward plan of "); w.text(agenda.body.name)
        w.raw("</a></li>\n<li><a href=\""); w.text("\(scope.bodyScope.path)/agenda-template"); w.raw("\">Standing items of ");
        w.text(agenda.body.name)
        w.raw("</a></li>\n</ul>\n")
    }

    static func planPage(
        scope: AgendaController.BodyScope, items: [ForwardPlanItem], histories: [Int64: [ForwardPlanMove]], upcoming: [LocalDate],
        context: AppRequestContext, values: FormData, errors: FormErrors
    ) -> [UInt8] {
        let title = "Forward plan: \(scope.body.name)"
        let targets = [Choice("", "The next meeting")] + upcoming.map { Choice($0.iso, $0.longWithWeekday) }
        return layout(title, context).render { w in
            w.errorSummary(errors)
            w.raw("<h1>"); w.text(title); w.raw("</h1>\n")
            if items.isEmpty { w.raw("<p>No items have been proposed yet.</p>\n") }
            for item in items {
                w.raw("<section class=\"plan-item\" id=\"plan-"); w.text(Int(item.id)); w.raw("\">\n<h2>"); w.text(item.title);
                w.raw("</h2>\n<dl class=\"summary\">\n")
                w.summaryRow("Status", item.status.label)
                w.summaryRow("Proposed by", item.proposer)
                w.summaryRow("Meeting", item.targetDate?.longWithWeekday ?? "Not yet planned")
                if let lead = item.leadOfficer { w.summaryRow("Lead officer", lead) }
                if item.part == .two { w.summaryRow("Part 2", item.exemptReason ?? "") }
                w.raw("</dl>\n")
                let history = histories[item.id] ?? []
                if !history.isEmpty {
                    w.raw("<details><summary>History</summary><ul>\n")
                    for move in history {
                        var line = "\(move.at): \(move.to.label)"
                        if let from = move.fromDate, let to = move.toDate, from != to {
                            line += ", from \(from.long) to \(to.long)"
                        } else if let to = move.toDate {
                            line += ", for \(to.long)"
                        }
                        if let reason = move.reason { line += " (\(reason))" }
                        w.raw("<li>"); w.text(line); w.raw("</li>\n")
                    }
                    w.raw("</ul></details>\n")
                }
                if item.status.isOpen {
                    let base = "\(scope.path)/forward-plan/\(item.id)"
                    if !upcoming.isEmpty {
                        w.raw("<form method=\"post\" action=\""); w.text("\(base)/schedule"); w.raw("\">\n")
                        w.csrfField(context.csrfToken)
                        w.selectField(
                            "target", label: "Schedule for", choices: targets.dropFirst().map { $0 },
                            selected: item.targetDate?.iso ?? "", errors: errors, id: "schedule-\(item.id)")
                        w.raw("<button type=\"submit\" class=\"secondary\">Schedule<span class=\"visually-hidden\"> ")
                        w.text(item.title); w.raw("</span></button>\n</form>\n")
                    }
                    w.raw("<form method=\"post\" action=\""); w.text("\(base)/defer"); w.raw("\">\n")
                    w.csrfField(context.csrfToken)
                    w.selectField("target", label: "Defer to", choices: targets, selected: "", errors: errors, id: "target-\(item.id)")
                    w.inputField("reason", label: "Reason (optional)", errors: errors, id: "reason-\(item.id)")
                    w.raw("<button type=\"submit\" class=\"secondary\">Defer<span class=\"visually-hidden\"> ")
                    w.text(item.title); w.raw("</span></button>\n</form>\n")
                    for (action, label) in [("taken", "Mark as taken"), ("drop", "Drop")] {
                        w.raw("<form class=\"inline\" method=\"post\" action=\""); w.text("\(base)/\(action)"); w.raw("\">")
                        w.csrfField(context.csrfToken)
                        w.raw(action == "drop" ? "<button type=\"submit\" class=\"warning\">" : "<button type=\"submit\" class=\"secondary\">")
                        w.text(label); w.raw("<span class=\"visually-hidden\"> "); w.text(item.title); w.raw("</span></button></form> ")
                    }
                }
                w.raw("</section>\n")
            }
            w.raw("<h2>Propose an item</h2>\n<form method=\"post\" action=\""); w.text("\(scope.path)/forward-plan"); w.raw("\">\n")
            w.csrfField(context.csrfToken)
            w.inputField("title", label: "Title", value: values["title"] ?? "", errors: errors, required: true)
            w.inputField("proposer", label: "Proposed by", value: values["proposer"] ?? "", errors: errors, required: true)
            w.inputField("lead", label: "Lead officer (optional)", value: values["lead"] ?? "", errors: errors)
            w.selectField(
                "target", label: "For the meeting of", choices: [Choice("", "Not yet decided")] + targets.dropFirst(),
                selected: values["target"] ?? "", errors: errors)
            w.selectField(
                "part", label: "Part", choices: [Choice("1", "Part 1 (public)"), Choice("2", "Part 2 (exempt, members only)")],
                selected: values["part"] ?? "1", errors: errors)
            w.inputField("exemptReason", label: "Exempt reason (Part 2 only)", value: values["exemptReason"] ?? "", errors: errors)
            w.textArea("notes", label: "Notes (optional)", value: values["notes"] ?? "", errors: errors, rows: 3)
            w.raw("<button type=\"submit\">Propose the item</button>\n</form>\n")
            w.raw("<p><a href=\""); w.text("\(scope.path)/agenda-template"); w.raw("\">Standing items of "); w.text(scope.body.name)
            w.raw("</a></p>\n")
        }
    }
}
