import MinutebookCore
import MinutebookServices

/// The form that drafts one minute: narrative, resolutions, post-meeting note, actions.
struct MinuteEditPage: Sendable {
    var detail: MeetingDetail
    var minute: MinuteDetail
    var people: [Person]
    var csrfToken: String?

    /// Blank rows offered for new resolutions and actions (no JavaScript needed to add more: save and
    /// the form comes back with fresh blank rows).
    static let blankRows = 2

    var path: String {
        SitePath.minute(partnership: detail.partnership.slug, body: detail.body.slug, date: detail.meeting.date, id: minute.minute.id).path
    }
}

enum MinuteEditView {
    /// `values` is the submitted form when it comes back with errors, else nil (fields from the record).
    static func write(_ page: MinuteEditPage, values: FormData?, errors: FormErrors, into w: inout HTMLWriter) {
        let m = page.minute.minute
        w.errorSummary(errors)
        w.raw("<span class=\"caption\">")
        w.text(page.detail.title)
        w.raw("</span>\n<h1>Minute ")
        w.text([m.number?.text, m.title].compactMap { $0 }.joined(separator: ": "))
        w.raw("</h1>\n")
        if m.part == .two { w.raw("<p><span class=\"tag part2\">Part 2 – exempt</span> Members of this body only.</p>\n") }
        w.raw("<form method=\"post\" action=\"")
        w.text(page.path)
        w.raw("\" novalidate>\n")
        w.csrfField(page.csrfToken)
        w.textArea(
            "text", label: "What was discussed", value: values?.untrimmed("text") ?? m.text,
            hint: "Leave a blank line between paragraphs.", errors: errors, rows: 10)

        w.raw(
            "<fieldset><legend>Resolutions</legend>\n<p class=\"hint\">What the meeting decided, one per box, e.g. “RESOLVED that the report be noted.” Clear a box to remove it.</p>\n"
        )
        let resolutions =
            values.map { v in resolutionIndices(v).map { v.untrimmed("resolution-\($0)") ?? "" } }
            ?? page.minute.resolutions.map(\.text)
        // A form coming back with errors keeps its rows as sent, so error links still point at them.
        let blankCount = values == nil ? MinuteEditPage.blankRows : 0
        for (i, text) in (resolutions + Array(repeating: "", count: blankCount)).enumerated() {
            w.textArea("resolution-\(i + 1)", label: "Resolution \(i + 1)", value: text, errors: errors, rows: 3)
        }
        w.raw("</fieldset>\n")

        w.textArea(
            "note", label: "Post-meeting note (optional)", value: values?.untrimmed("note") ?? m.postMeetingNote ?? "",
            hint: "Something learned or done after the meeting, printed under the minute.", errors: errors, rows: 3)

        w.raw(
            "<fieldset><legend>Actions</legend>\n<p class=\"hint\">Pick an owner from the partnership's people, or type a name or initials that match nobody yet (shown as not matched). Clear an action's text to remove it.</p>\n"
        )
        let rows =
            values.map(actionRows(from:))
            ?? page.minute.actions.map { a in
                ActionRow(
                    id: a.action.id, text: a.action.text, owner: a.owners.first(where: { $0.personID != nil })?.personID.map(String.init) ?? "",
                    ownerText: a.owners.filter { $0.personID == nil && $0.seatID == nil && $0.organisationID == nil }
                        .compactMap { $0.name ?? $0.code }.joined(separator: ", "),
                    due: a.action.due?.iso ?? "", isPrivate: a.isPrivate)
            }
        let blanks = Array(repeating: ActionRow(), count: blankCount)
        let choices = [Choice("", "No one picked")] + page.people.map { Choice(String($0.id), $0.fullName) }
        for (i, row) in (rows + blanks).enumerated() {
            let n = i + 1
            w.raw("<div class=\"action-row\"><h3>Action ")
            w.text(n)
            w.raw("</h3>\n")
            if let id = row.id { w.hidden("action-\(n)-id", String(id)) }
            w.textArea("action-\(n)-text", label: "Action \(n)", value: row.text, errors: errors, rows: 2)
            w.selectField("action-\(n)-owner", label: "Owner", choices: choices, selected: row.owner, errors: errors)
            w.inputField("action-\(n)-owner-text", label: "Other owners (names or initials)", value: row.ownerText, errors: errors)
            w.inputField("action-\(n)-due", label: "Due date (optional)", value: row.due, type: "date", errors: errors)
            w.checkbox("action-\(n)-private", label: "Private (names individuals: members of this body only)", checked: row.isPrivate)
            w.raw("</div>\n")
        }
        w.raw("</fieldset>\n<button type=\"submit\">Save draft</button>\n <a href=\"")
        w.text(page.detail.path + "#" + MeetingAnchor.minute(m))
        w.raw("\">Back to the meeting</a>\n</form>\n")
    }

    struct ActionRow: Sendable {
        var id: Int64?
        var text = ""
        var owner = ""
        var ownerText = ""
        var due = ""
        var isPrivate = false
    }

    static func resolutionIndices(_ form: FormData) -> [Int] {
        (1...200).filter { form.untrimmed("resolution-\($0)") != nil }
    }

    static func actionIndices(_ form: FormData) -> [Int] {
        (1...200).filter { form.untrimmed("action-\($0)-text") != nil }
    }

    static func actionRows(from form: FormData) -> [ActionRow] {
        actionIndices(form).map { n in
            ActionRow(
                id: form["action-\(n)-id"].flatMap { Int64($0) }, text: form.untrimmed("action-\(n)-text") ?? "",
                owner: form["action-\(n)-owner"] ?? "", ownerText: form["action-\(n)-owner-text"] ?? "",
                due: form["action-\(n)-due"] ?? "", isPrivate: form["action-\(n)-private"] == "1")
        }
    }
}
