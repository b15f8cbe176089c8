import MinutebookCore
import MinutebookImport
import MinutebookServices

/// Pages of the minutes import: the upload form, the preview of what was read, the result.
enum MinutesImportViews {
    struct Result: Sendable {
        var record: MeetingRecord
        var outcome: MeetingImportOutcome?
        var refusal: String?
    }

    static func layout(_ title: String, _ scope: MinutesImportController.Scope, context: AppRequestContext) -> Layout {
        var layout = Layout(title: title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(scope.partnership.name, SitePath.partnership(scope.partnership.slug).path)]
        return layout
    }

    static let statusChoices: [(ImportedMinutesStatus, String, String)] = [
        (
            .auto, "As the minutes show",
            "Drafts, except minutes that a later imported meeting agreed as a correct record: those are approved at that meeting and become public."
        ),
        (.approved, "Approved", "The documents are signed minutes: every meeting imported is approved and public."),
        (.draft, "Draft", "Every meeting imported stays a draft until you approve its minutes.")
    ]

    static func bodyChoices(_ scope: MinutesImportController.Scope) -> [Choice] {
        [Choice("", "The body named in the document")] + scope.bodies.map { Choice($0.slug, $0.name) }
    }

    static func form(
        _ scope: MinutesImportController.Scope, choices: MinutesImportController.Choices, errors: FormErrors,
        context: AppRequestContext
    ) -> [UInt8] {
        layout(errors.isEmpty ? "Import minutes" : "Error: Import minutes", scope, context: context).render { w in
            w.errorSummary(errors)
            w.raw("<h1>Import minutes</h1>\n")
            w.raw(
                "<p>Upload past minutes or an agenda pack that contains them: plain text, Markdown, a web page, a Word document (.docx) or a PDF. You will see what was read before anything is stored. Importing the same document again changes nothing; a corrected document updates the meeting in place.</p>\n"
            )
            w.raw("<form method=\"post\" enctype=\"multipart/form-data\" action=\"")
            w.text(MinutesImportController.path(scope.partnership.slug))
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            let fileError = errors.message(for: "file")
            w.raw(fileError == nil ? "<div class=\"field\">" : "<div class=\"field error\">")
            w.raw("<label for=\"file\">Minutes document</label>")
            w.raw("<span class=\"hint\" id=\"file-hint\">.txt, .md, .html, .docx or .pdf, up to 64 MB</span>")
            if let fileError { w.element("<span class=\"error-message\" id=\"file-error\">", fileError, "</span>") }
            w.raw("<input type=\"file\" id=\"file\" name=\"file\" accept=\".txt,.md,.markdown,.html,.htm,.docx,.pdf\" aria-describedby=\"file-hint")
            if fileError != nil { w.raw(" file-error") }
            w.raw("\"></div>\n")
            w.selectField(
                "body", label: "Body", choices: bodyChoices(scope), selected: choices.body,
                hint: "Which body's minutes these are, when the document names it differently", errors: errors)
            statusField(choices.status, into: &w)
            w.raw("<button type=\"submit\">Read the document</button>\n</form>\n")
        }
    }

    static func statusField(_ selected: ImportedMinutesStatus, into w: inout HTMLWriter) {
        w.raw("<fieldset class=\"field\">\n<legend>Status of the imported minutes</legend>\n")
        for (status, label, hint) in statusChoices {
            let id = "status-\(status.rawValue)"
            w.raw("<div class=\"radio\"><input type=\"radio\" name=\"status\" id=\"")
            w.text(id)
            w.raw("\" value=\"")
            w.text(status.rawValue)
            w.raw(status == selected ? "\" checked aria-describedby=\"" : "\" aria-describedby=\"")
            w.text(id + "-hint")
            w.raw("\"><label for=\"")
            w.text(id)
            w.raw("\">")
            w.text(label)
            w.raw("</label> <span class=\"hint\" id=\"")
            w.text(id + "-hint")
            w.raw("\">")
            w.text(hint)
            w.raw("</span></div>\n")
        }
        w.raw("</fieldset>\n")
    }

    static func preview(
        _ scope: MinutesImportController.Scope, records: [MeetingRecord], filename: String, digest: String,
        choices: MinutesImportController.Choices, context: AppRequestContext
    ) -> [UInt8] {
        layout("Check the import of \(filename)", scope, context: context).render { w in
            w.element("<span class=\"caption\">", filename, "</span>\n")
            w.raw("<h1>Check what was read</h1>\n")
            let warnings = records.reduce(0) { $0 + $1.warnings.count }
            w.raw("<p>")
            w.text(
                "\(records.count) meeting\(records.count == 1 ? "" : "s") read, \(warnings) warning\(warnings == 1 ? "" : "s"). Nothing has been stored yet."
            )
            w.raw("</p>\n")
            for (k, record) in records.enumerated() { meeting(record, index: k, into: &w) }
            w.raw("<form method=\"post\" action=\"")
            w.text(MinutesImportController.path(scope.partnership.slug) + "/confirm")
            w.raw("\">\n")
            w.csrfField(context.csrfToken)
            w.hidden("upload", digest)
            w.hidden("filename", filename)
            w.hidden("body", choices.body)
            w.hidden("status", choices.status.rawValue)
            w.raw("<p>")
            w.text("Minutes will be stored as: \(choices.status.summary).")
            w.raw("</p>\n<button type=\"submit\">Import ")
            w.text(records.count == 1 ? "this meeting" : "these \(records.count) meetings")
            w.raw("</button>\n</form>\n<p><a href=\"")
            w.text(MinutesImportController.path(scope.partnership.slug))
            w.raw("\">Choose another document</a></p>\n")
        }
    }

    static func meeting(_ record: MeetingRecord, index: Int, into w: inout HTMLWriter) {
        let id = "meeting-\(index + 1)"
        w.raw("<section aria-labelledby=\"")
        w.text(id)
        w.raw("\">\n<h2 id=\"")
        w.text(id)
        w.raw("\">")
        w.text("\(record.body): \(record.date.longWithWeekday)")
        w.raw("</h2>\n<dl class=\"summary\">\n")
        let times = [record.start?.hhmm, record.end?.hhmm].compactMap { $0 }.joined(separator: " to ")
        if !times.isEmpty { w.summaryRow("Time", times) }
        if let venue = record.venue { w.summaryRow("Venue", venue) }
        if let next = record.nextMeeting { w.summaryRow("Next meeting", next.date.long) }
        if case .meeting(let date) = record.approvesMinutesOf { w.summaryRow("Agrees the minutes of", date.long) }
        if record.approvesMinutesOf == .previousMeeting { w.summaryRow("Agrees the minutes of", "the previous meeting") }
        // A record read from a scan says so: OCR can misread names, dates and numbers.
        if record.warnings.contains(where: { $0.hasPrefix(DocumentReader.ocrNote) }) {
            w.summaryRow("Read from", "a scanned image by OCR: check it against the scan")
        }
        w.raw("</dl>\n")
        if !record.warnings.isEmpty {
            w.raw("<div class=\"warning\" role=\"note\"><h3>")
            w.text("Warnings (\(record.warnings.count))")
            w.raw("</h3>\n<ul class=\"warnings\">")
            for warning in record.warnings { w.element("<li>", warning, "</li>") }
            w.raw("</ul></div>\n")
        }
        w.raw("<table>\n<caption>")
        w.text("Attendance (\(record.attendance.count))")
        w.raw(
            "</caption>\n<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Role</th><th scope=\"col\">Attendance</th></tr></thead>\n<tbody>\n")
        for a in record.attendance {
            w.element("<tr><th scope=\"row\">", a.name, "</th>")
            w.element("<td>", a.role ?? "", "</td>")
            var status = a.status.label
            if let position = a.position { status += ", " + position.label }
            if let replaced = a.substituteFor { status += " for " + replaced }
            w.element("<td>", status, "</td></tr>\n")
        }
        w.raw("</tbody>\n</table>\n<table>\n<caption>")
        w.text("Minutes (\(record.items.count))")
        w.raw(
            "</caption>\n<thead><tr><th scope=\"col\">Minute</th><th scope=\"col\">Title</th><th scope=\"col\">Resolutions</th><th scope=\"col\">Actions</th></tr></thead>\n<tbody>\n"
        )
        for item in record.items {
            w.element("<tr><th scope=\"row\">", item.number ?? "", "</th>")
            w.raw("<td>")
            w.text(item.title)
            if item.part == .two { w.raw(" <span class=\"tag\">Part 2</span>") }
            w.raw("</td><td>")
            list(item.resolutions, into: &w)
            w.raw("</td><td>")
            list(
                item.actions.map { action in
                    let names = action.ownerNames.map { " (" + $0.joined(separator: ", ") + ")" } ?? ""
                    return action.owners.joined(separator: "/") + names + ": " + action.text
                }, into: &w)
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody>\n</table>\n</section>\n")
    }

    static func list(_ texts: [String], into w: inout HTMLWriter) {
        guard !texts.isEmpty else { return }
        w.raw("<ul>")
        for text in texts { w.element("<li>", text, "</li>") }
        w.raw("</ul>")
    }

    static func result(
        _ scope: MinutesImportController.Scope, results: [Result], bodies: [Body], filename: String,
        context: AppRequestContext
    ) -> [UInt8] {
        let refused = results.contains { $0.refusal != nil }
        return layout(refused ? "Error: Import of \(filename)" : "Imported \(filename)", scope, context: context).render { w in
            w.element("<span class=\"caption\">", filename, "</span>\n")
            w.raw(refused ? "<h1>Some meetings were not imported</h1>\n" : "<h1>Minutes imported</h1>\n")
            w.raw("<ul class=\"results\">\n")
            for result in results {
                let body = bodies.first { $0.name.lowercased() == result.record.body.lowercased() }
                w.raw("<li>")
                if let body, result.refusal == nil {
                    w.raw("<a href=\"")
                    w.text(SitePath.meeting(partnership: scope.partnership.slug, body: body.slug, date: result.record.date).path)
                    w.raw("\">")
                    w.text("\(result.record.body): \(result.record.date.long)")
                    w.raw("</a>")
                } else {
                    w.text("\(result.record.body): \(result.record.date.long)")
                }
                w.raw(" – ")
                if let refusal = result.refusal {
                    w.element("<strong>", "not imported: \(refusal)", "</strong>")
                } else if let outcome = result.outcome {
                    w.text(outcome.description)
                }
                w.raw("</li>\n")
            }
            w.raw("</ul>\n<p><a href=\"")
            w.text(MinutesImportController.path(scope.partnership.slug))
            w.raw("\">Import another document</a></p>\n")
        }
    }
}
