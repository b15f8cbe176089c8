import Hummingbird
import MinutebookCore
import MinutebookServices

/// The tracker's pages: a filterable table with bulk status change, and one action with its history.
enum ActionViews {
    static func list(
        _ actions: [TrackedAction], heading: String, note: String? = nil, partnership: Partnership, bodies: [Body],
        people: [Person] = [], organisations: [Organisation] = [], request: Request, canEdit: Bool,
        context: AppRequestContext
    ) -> [UInt8] {
        let base = SitePath.actions(partnership: partnership.slug).path
        let query = request.uri.queryParameters
        var layout = Layout(title: heading, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(partnership.name, SitePath.partnership(partnership.slug).path)]
        return layout.render { w in
            w.raw("<h1>")
            w.text(heading)
            w.raw("</h1>\n")
            if let note { w.element("<p class=\"hint\">", note, "</p>\n") }
            w.raw("<p><a href=\"")
            w.text(SitePath.actionsByOrganisation(partnership: partnership.slug).path)
            w.raw("\">Overview by organisation</a></p>\n<form method=\"get\" action=\"")
            w.text(base)
            w.raw("\" class=\"filters\">\n")
            w.selectField(
                "body", label: "Body", choices: [Choice("", "Every body")] + bodies.map { Choice($0.slug, $0.name) },
                selected: query.get("body"))
            w.selectField(
                "owner", label: "Owner",
                choices: [Choice("", "Anyone")]
                    + people.sorted { $0.fullName < $1.fullName }
                    .map { Choice(String($0.id), $0.fullName) }, selected: query.get("owner"))
            w.selectField(
                "organisation", label: "Organisation",
                choices: [Choice("", "Any")]
                    + organisations.sorted { $0.name < $1.name }.map { Choice(String($0.id), $0.name) },
                selected: query.get("organisation"))
            w.selectField(
                "status", label: "Status",
                choices: [Choice("", "Outstanding (open or in progress)"), Choice("any", "Any")]
                    + ActionStatus.allCases.map { Choice($0.rawValue, $0.label) },
                selected: query.get("status") == "outstanding" ? "" : query.get("status"))
            w.inputField("due", label: "Due on or before", value: query.get("due") ?? "", type: "date")
            w.checkbox("overdue", label: "Overdue only", checked: query.get("overdue") == "1")
            w.raw("<button type=\"submit\">Filter</button>\n</form>\n<p><a href=\"")
            var csvQuery = request.uri.query ?? ""
            csvQuery += (csvQuery.isEmpty ? "" : "&") + "format=csv"
            w.text(base + "?" + csvQuery)
            w.raw("\">Download these actions as CSV</a></p>\n")
            if canEdit, let slug = query.get("body"), bodies.contains(where: { $0.slug == slug }) {
                w.raw("<p><a href=\"")
                w.text(SitePath.closeActionsBefore(partnership: partnership.slug, body: slug).path)
                w.raw("\">Close every action from meetings before a date</a></p>\n")
            }
            if actions.isEmpty {
                w.raw("<p>No actions match.</p>\n")
                return
            }
            if canEdit {
                w.raw("<form method=\"post\" action=\"")
                w.text(base + "/status")
                w.raw("\">\n")
                w.hidden("csrf", context.csrfToken ?? "")
                w.hidden("back", base + (request.uri.query.map { "?" + $0 } ?? ""))
            }
            w.raw("<table>\n<caption class=\"visually-hidden\">Actions</caption>\n<thead><tr>")
            if canEdit { w.raw("<th scope=\"col\"><span class=\"visually-hidden\">Select</span></th>") }
            w.raw(
                "<th scope=\"col\">Minute</th><th scope=\"col\">Action</th><th scope=\"col\">Owners</th><th scope=\"col\">Status</th><th scope=\"col\">Due</th></tr></thead>\n<tbody>\n"
            )
            for a in actions {
                w.raw("<tr>")
                if canEdit {
                    w.raw("<td><input type=\"checkbox\" name=\"action\" value=\"")
                    w.text(String(a.id))
                    w.raw("\" id=\"action-")
                    w.text(String(a.id))
                    w.raw("\"><label class=\"visually-hidden\" for=\"action-")
                    w.text(String(a.id))
                    w.raw("\">")
                    w.text("Select action \(a.id)")
                    w.raw("</label></td>")
                }
                w.raw("<td>")
                w.text(a.minute?.label ?? a.bodyName)
                w.raw("</td><td><a href=\"")
                w.text(base + "/\(a.id)")
                w.raw("\">")
                w.text(a.action.text)
                w.raw("</a></td><td>")
                w.text(a.owners.map(\.label).joined(separator: ", "))
                w.raw("</td><td>")
                w.text(a.action.status.label)
                w.raw("</td><td>")
                w.text(ActionDue.of(status: a.action.status, due: a.action.due, today: Today.date).label)
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n")
            if canEdit {
                w.selectField(
                    "status", label: "Change the selected actions to", choices: ActionStatus.allCases.map { Choice($0.rawValue, $0.label) },
                    selected: nil, id: "bulk-status")
                w.inputField("note", label: "Note for the history (optional)", id: "bulk-note")
                w.raw("<button type=\"submit\">Change status</button>\n</form>\n")
            }
        }
    }

    static func page(
        _ a: TrackedAction, thread: [ThreadMinute], inferences: [StoredInference] = [], cover: ActionCover? = nil,
        partnership: Partnership,
        canUpdate: Bool, canUndo: Bool = false, context: AppRequestContext
    ) -> [UInt8] {
        var layout = Layout(title: "Action: \(a.action.text)", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (partnership.name, SitePath.partnership(partnership.slug).path),
            ("Actions", SitePath.actions(partnership: partnership.slug).path)
        ]
        return layout.render { w in
            w.raw("<h1>")
            w.text(a.action.text)
            w.raw("</h1>\n<dl class=\"summary\">\n")
            w.summaryRow("Body", a.bodyName)
            if let minute = a.minute { w.summaryRow("Minute", "\(minute.label): \(minute.title)") }
            w.summaryRow("Owners", a.owners.map(\.label).joined(separator: ", "))
            if let cover { w.summaryRow("Covered by", "\(cover.personName) until \(cover.until.long), then back with the owners") }
            w.summaryRow("Status", a.action.status.label)
            w.summaryRow("Due", ActionDue.of(status: a.action.status, due: a.action.due, today: Today.date).label)
            w.raw("</dl>\n")
            if canUndo {
                w.raw("<p><a href=\"")
                w.text(SitePath.actionChange(partnership: partnership.slug, id: a.id).path)
                w.raw("\">Change the owners or due date, or hand it to someone until a date</a></p>\n")
            }
            w.raw("<h2>What was resolved</h2>\n")
            w.paragraphs(a.resolved)
            w.raw("<h2>History</h2>\n")
            if a.history.isEmpty { w.raw("<p>No updates yet.</p>\n") }
            w.raw("<ol class=\"history\">\n")
            for entry in a.history.reversed() {
                w.raw("<li><p class=\"hint\">")
                w.text("\(entry.at.prefix(10)) · \(entry.shownAuthor) · \(entry.via.label)")
                if let from = entry.statusFrom, let to = entry.statusTo { w.text(" · \(from.label) → \(to.label)") }
                w.raw("</p>")
                if !entry.text.isEmpty { w.paragraphs(entry.text) }
                w.raw("</li>\n")
            }
            w.raw("</ol>\n")
            if !inferences.isEmpty { writeInferences(inferences, action: a, partnership: partnership, canUndo: canUndo, context: context, into: &w) }
            if thread.count > 1 {
                w.raw("<h2>This matter at other meetings</h2>\n<ol>\n")
                for item in thread {
                    w.raw("<li>")
                    w.text("\(item.minute.label): \(item.minute.title)")
                    if !item.resolutions.isEmpty { w.raw(" – "); w.text(item.resolutions.joined(separator: " ")) }
                    w.raw("</li>\n")
                }
                w.raw("</ol>\n")
            }
            if let minute = a.minute {
                w.raw("<p><a href=\"")
                w.text(SitePath.minuteThread(partnership: partnership.slug, minuteID: minute.minuteID).path)
                w.raw("\">Follow this matter across meetings</a></p>\n")
            }
            if canUpdate {
                w.raw("<h2>Add an update</h2>\n<form method=\"post\">\n")
                w.hidden("csrf", context.csrfToken ?? "")
                w.textArea("update", label: "Update", rows: 4)
                w.selectField(
                    "status", label: "Status", choices: ActionStatus.allCases.map { Choice($0.rawValue, $0.label) },
                    selected: a.action.status.rawValue)
                w.raw("<button type=\"submit\">Save the update</button>\n</form>\n")
            }
        }
    }

    /// What the packs led the store to conclude, each with its document and line; the secretariat may
    /// undo one that stands.
    static func writeInferences(
        _ inferences: [StoredInference], action a: TrackedAction, partnership: Partnership, canUndo: Bool,
        context: AppRequestContext, into w: inout HTMLWriter
    ) {
        w.raw("<h2 id=\"inferences\">Concluded from the packs</h2>\n<ul class=\"inferences\">\n")
        for inference in inferences {
            w.raw("<li><p>")
            w.text(inference.text)
            w.raw("</p><p class=\"hint\">")
            w.text("\(inference.date.long) · from \(inference.source.label)")
            if let to = inference.statusTo { w.text(" · set to \(to.label)") }
            if let undone = inference.undoneAt { w.text(" · undone \(undone.prefix(10))") }
            w.raw("</p>")
            if canUndo && !inference.isUndone {
                w.raw("<form method=\"post\" class=\"inline\" action=\"")
                w.text(SitePath.undoInference(partnership: partnership.slug, action: a.id, inference: inference.id).path)
                w.raw("\">")
                w.hidden("csrf", context.csrfToken ?? "")
                w.raw("<button type=\"submit\" class=\"secondary\">Undo<span class=\"visually-hidden\">")
                w.text(": \(inference.text)")
                w.raw("</span></button></form>")
            }
            w.raw("</li>\n")
        }
        w.raw("</ul>\n")
    }
}
