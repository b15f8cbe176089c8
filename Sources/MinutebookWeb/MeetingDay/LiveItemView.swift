import MinutebookCore
import MinutebookServices

/// One item as taken: its notes, resolutions and actions (one form, saved with its version),
/// then its declarations of interest and its votes.
enum LiveItemView {
    static let blankRows = 2

    /// `values` is the submitted form when the page comes back with errors or a conflict.
    static func write(_ p: LiveItemPage, notice: String?, values: FormData?, errors: FormErrors, into w: inout HTMLWriter) {
        let item = p.item
        let page = p.page
        w.errorSummary(errors)
        if let notice {
            w.raw("<div class=\"notice\" role=\"status\"><p>")
            w.text(notice)
            w.raw("</p></div>\n")
        }
        w.raw("<span class=\"caption\">")
        w.text(page.detail.title + ", meeting in progress")
        w.raw("</span>\n<h1>")
        w.text(LivePage.label(item))
        w.raw("</h1>\n<p>")
        w.text(item.state.label + ".")
        if item.agendaItem.part == .two { w.raw(" <span class=\"tag part2\">Part 2 – exempt</span> Members of this body only.") }
        w.raw("</p>\n")
        LiveMeetingView.takeButtons(page, item, returnTo: "item", into: &w)
        if let conflict = p.conflict {
            w.raw("<div class=\"conflict\" role=\"alert\"><h2>Saved by someone else</h2>\n<p>")
            w.text(conflict)
            w.raw("</p>\n<h3>Their notes, as saved</h3>\n")
            w.paragraphs(item.notes.isEmpty ? "(no notes)" : item.notes)
            w.raw("<p>Saving this form again replaces their version with yours.</p>\n</div>\n")
        }
        notesForm(p, values: values, errors: errors, into: &w)
        declarations(p, values: values, errors: errors, into: &w)
        votes(p, values: values, errors: errors, into: &w)
        w.raw("<p><a href=\"")
        w.text(page.path + "#" + LiveMeetingView.anchor(item.agendaItem.id))
        w.raw("\">Back to the agenda</a></p>\n")
    }

    private static func notesForm(_ p: LiveItemPage, values: FormData?, errors: FormErrors, into w: inout HTMLWriter) {
        let item = p.item
        w.raw("<h2 id=\"notes-heading\">Notes, resolutions and actions</h2>\n<form method=\"post\" data-autosave action=\"")
        w.text(p.page.itemPath(item.agendaItem.id))
        w.raw("\" novalidate>\n")
        w.csrfField(p.page.csrfToken)
        // After a conflict the form carries the version now saved, so saving again is a choice made knowingly.
        w.hidden("version", String(item.version))
        w.textArea(
            "notes", label: "Notes of the discussion", value: values?.untrimmed("notes") ?? item.notes,
            hint: "Saved as you type when your browser runs scripts; otherwise press Save. Leave a blank line between paragraphs.",
            errors: errors, rows: 10)
        w.raw("<fieldset><legend>Resolutions</legend>\n<p class=\"hint\">What the meeting decided, one per box. Clear a box to remove it.</p>\n")
        let resolutions = values.map { v in indices(v, "resolution-", "").map { v.untrimmed("resolution-\($0)") ?? "" } } ?? item.resolutions
        for (i, text) in (resolutions + Array(repeating: "", count: values == nil ? blankRows : 0)).enumerated() {
            w.textArea("resolution-\(i + 1)", label: "Resolution \(i + 1)", value: text, errors: errors, rows: 2)
        }
        w.raw(
            "</fieldset>\n<fieldset><legend>Actions</legend>\n<p class=\"hint\">Owners are the people present or a seat (whoever holds it). Clear an action's text to remove it.</p>\n"
        )
        struct Row { var text = "", owner = "", due = "" }
        let rows: [Row] =
            values.map { v in
                indices(v, "action-", "-text").map {
                    Row(
                        text: v["action-\($0)-text"] ?? "", owner: v["action-\($0)-owner"] ?? "",
                        due: v["action-\($0)-due"] ?? "")
                }
            }
            ?? item.actions.map { a in
                Row(text: a.text, owner: a.ownerPersonID.map { "p:\($0)" } ?? a.ownerSeatID.map { "s:\($0)" } ?? "", due: a.due?.iso ?? "")
            }
        for (i, row) in (rows + Array(repeating: Row(), count: values == nil ? blankRows : 0)).enumerated() {
            let n = i + 1
            w.raw("<div class=\"action-row\"><h3>Action ")
            w.text(n)
            w.raw("</h3>\n")
            w.inputField("action-\(n)-text", label: "Action \(n)", value: row.text, errors: errors)
            w.selectField("action-\(n)-owner", label: "Owner of action \(n)", choices: p.owners, selected: row.owner, errors: errors)
            w.inputField("action-\(n)-due", label: "Due date of action \(n) (optional)", value: row.due, type: "date", errors: errors)
            w.raw("</div>\n")
        }
        w.raw("</fieldset>\n<p id=\"autosave-status\" class=\"autosave\" role=\"status\" aria-live=\"polite\"></p>\n")
        w.raw("<button type=\"submit\">Save</button>\n</form>\n")
    }

    private static func declarations(_ p: LiveItemPage, values: FormData?, errors: FormErrors, into w: inout HTMLWriter) {
        let item = p.item
        w.raw("<h2 id=\"declarations\">Declarations of interest</h2>\n")
        if item.declarations.isEmpty {
            w.raw("<p>No interest has been declared in this item.</p>\n")
        } else {
            w.raw("<ul class=\"declarations\">\n")
            for d in item.declarations {
                w.raw("<li>")
                w.text("\(d.name): \(d.kind.label.lowercased()), \(d.text)")
                w.raw(" <form method=\"post\" class=\"inline\" action=\"")
                w.text(p.page.itemPath(item.agendaItem.id) + "/declarations/\(d.id)/delete")
                w.raw("\">")
                w.csrfField(p.page.csrfToken)
                w.raw("<button type=\"submit\" class=\"link\">Remove<span class=\"visually-hidden\"> the declaration of ")
                w.text(d.name)
                w.raw("</span></button></form></li>\n")
            }
            w.raw("</ul>\n")
        }
        w.raw("<form method=\"post\" action=\"")
        w.text(p.page.itemPath(item.agendaItem.id) + "/declarations")
        w.raw("\" novalidate>\n")
        w.csrfField(p.page.csrfToken)
        w.selectField("declarer", label: "Who declared an interest", choices: p.declarers, selected: values?["declarer"], errors: errors)
        radios(
            "interest-kind", legend: "Kind of interest", choices: InterestKind.allCases.map { Choice($0.rawValue, $0.label) },
            selected: values?["interest-kind"], errors: errors, into: &w)
        w.textArea("interest-text", label: "The interest declared", value: values?.untrimmed("interest-text") ?? "", errors: errors, rows: 2)
        w.raw("<button type=\"submit\" class=\"secondary\">Record the declaration</button>\n</form>\n")
    }

    private static func votes(_ p: LiveItemPage, values: FormData?, errors: FormErrors, into w: inout HTMLWriter) {
        let item = p.item
        w.raw("<h2 id=\"votes\">Votes</h2>\n")
        for vote in item.votes {
            MinutesRecordView.vote(vote, into: &w)
            w.raw("<form method=\"post\" class=\"inline\" action=\"")
            w.text(p.page.itemPath(item.agendaItem.id) + "/votes/\(vote.id)/delete")
            w.raw("\">")
            w.csrfField(p.page.csrfToken)
            w.raw("<button type=\"submit\" class=\"link\">Remove<span class=\"visually-hidden\"> the vote on ")
            w.text(vote.motion)
            w.raw("</span></button></form>\n")
        }
        let roll = p.roll
        w.raw("<p>")
        w.text("\(roll.voters.count) of \(roll.votingSeats) voting members present at this item; the quorum is \(roll.quorum).")
        if !roll.isQuorate { w.raw(" <strong>The meeting is not quorate: no vote can be taken.</strong>") }
        w.raw("</p>\n")
        guard item.state == .taken else {
            w.raw("<p class=\"hint\">Take the item to record a vote on it.</p>\n")
            return
        }
        w.raw("<form method=\"post\" action=\"")
        w.text(p.page.itemPath(item.agendaItem.id) + "/votes")
        w.raw("\" novalidate>\n")
        w.csrfField(p.page.csrfToken)
        w.textArea(
            "motion", label: "Motion voted on", value: values?.untrimmed("motion") ?? item.resolutions.first ?? "",
            hint: "The resolution as put to the vote.", errors: errors, rows: 2)
        radios(
            "kind", legend: "How the vote was taken", choices: VoteKind.allCases.map { Choice($0.rawValue, $0.label) },
            selected: values?["kind"] ?? VoteKind.showOfHands.rawValue, errors: errors, into: &w)
        w.raw("<fieldset><legend>Show of hands: the counts</legend>\n")
        w.inputField("vote-for", label: "For", value: values?["vote-for"] ?? "", type: "number", errors: errors)
        w.inputField("vote-against", label: "Against", value: values?["vote-against"] ?? "", type: "number", errors: errors)
        w.inputField("vote-abstain", label: "Abstentions", value: values?["vote-abstain"] ?? "", type: "number", errors: errors)
        w.raw("</fieldset>\n<fieldset><legend>Recorded vote: how each member voted</legend>\n")
        let choices = [Choice("", "Did not vote")] + VoteChoice.allCases.map { Choice($0.rawValue, $0.label) }
        for (i, voter) in roll.voters.enumerated() {
            w.selectField("ballot-\(i + 1)", label: voter.name, choices: choices, selected: values?["ballot-\(i + 1)"], errors: errors)
        }
        w.raw("</fieldset>\n")
        w.selectField(
            "casting", label: "The chair's casting vote (only on a tie)",
            choices: [Choice("", "None"), Choice(VoteChoice.votedFor.rawValue, "For"), Choice(VoteChoice.against.rawValue, "Against")],
            selected: values?["casting"], errors: errors)
        w.raw("<button type=\"submit\" class=\"secondary\">Record the vote</button>\n</form>\n")
    }

    /// A radio group in a fieldset; the first radio's id is `name-value` (errors link to it).
    static func radios(_ name: String, legend: String, choices: [Choice], selected: String?, errors: FormErrors, into w: inout HTMLWriter) {
        let firstID = name + "-" + (choices.first?.value ?? "")
        let message = errors.message(for: firstID)
        w.raw(message == nil ? "<fieldset class=\"radios\"><legend>" : "<fieldset class=\"radios error\"><legend>")
        w.text(legend)
        w.raw("</legend>\n")
        if let message {
            w.raw("<p class=\"error-message\"><span class=\"visually-hidden\">Error:</span> ")
            w.text(message)
            w.raw("</p>\n")
        }
        for choice in choices {
            let id = name + "-" + choice.value
            w.raw("<div class=\"field checkbox\"><input type=\"radio\" id=\"")
            w.text(id)
            w.raw("\" name=\"")
            w.text(name)
            w.raw("\" value=\"")
            w.text(choice.value)
            w.raw(choice.value == selected ? "\" checked><label for=\"" : "\"><label for=\"")
            w.text(id)
            w.raw("\">")
            w.text(choice.label)
            w.raw("</label></div>\n")
        }
        w.raw("</fieldset>\n")
    }

    /// The row numbers of `prefix`N`suffix` fields present in a form.
    static func indices(_ form: FormData, _ prefix: String, _ suffix: String) -> [Int] {
        (1...100).filter { form.untrimmed("\(prefix)\($0)\(suffix)") != nil }
    }
}
