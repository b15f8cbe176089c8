import MinutebookCore
import MinutebookServices

/// The meeting in progress: the agenda in order with each item's state and minute number, the
/// register, and closing the meeting.
enum LiveMeetingView {
    static func anchor(_ itemID: Int64) -> String { "live-item-\(itemID)" }

    static func overview(_ page: LivePage, notice: String?, errors: FormErrors, into w: inout HTMLWriter) {
        let d = page.detail
        w.errorSummary(errors)
        if let notice {
            w.raw("<div class=\"notice\" role=\"status\"><p>")
            w.text(notice)
            w.raw("</p></div>\n")
        }
        w.raw("<span class=\"caption\">")
        w.text(d.title)
        w.raw("</span>\n<h1>Meeting in progress</h1>\n")
        guard let live = page.live else {
            notOpened(page, into: &w)
            return
        }
        if live.isClosed {
            w.raw("<p>This meeting has been closed. Its notes are now the draft minutes, which are edited and approved on <a href=\"")
            w.text(d.path + "#minutes")
            w.raw("\">the meeting page</a>.</p>\n")
            return
        }
        w.raw("<p>Take the items in the order the meeting reaches them: each takes the next minute number when it is taken, deferred or withdrawn. ")
        w.raw("Numbers once given do not change.</p>\n<ul class=\"tasks\"><li><a href=\"")
        w.text(page.registerPath)
        w.raw("\">Register: who is present</a>")
        let present = d.attendance.filter { $0.status.attended }.count
        w.text(d.attendance.isEmpty ? " (not taken yet)" : " (\(present) present)")
        w.raw(
            "</li></ul>\n<h2 id=\"agenda\">Agenda</h2>\n<table class=\"agenda live\">\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Title</th>"
        )
        w.raw("<th scope=\"col\">Minute</th><th scope=\"col\">State</th><th scope=\"col\">Take it</th></tr></thead>\n<tbody>\n")
        for item in live.items {
            let a = item.agendaItem
            w.raw("<tr id=\"")
            w.text(anchor(a.id))
            w.raw("\"><td>")
            w.text(a.number ?? "")
            w.raw("</td><td><a href=\"")
            w.text(page.itemPath(a.id))
            w.raw("\">")
            w.text(a.title)
            w.raw("</a>")
            if a.part == .two { w.raw(" <span class=\"tag part2\">Part 2 – exempt</span>") }
            w.raw("</td><td>")
            w.text(item.number?.text ?? "")
            w.raw("</td><td>")
            w.text(item.state.label)
            w.raw("</td><td>")
            takeButtons(page, item, returnTo: nil, into: &w)
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody>\n</table>\n")
        closeForm(page, live, errors: errors, into: &w)
    }

    /// Take / defer / withdraw buttons for a pending item (a taken item may still be deferred or withdrawn).
    static func takeButtons(_ page: LivePage, _ item: LiveItem, returnTo: String?, into w: inout HTMLWriter) {
        let label = item.agendaItem.number.map { "item \($0)" } ?? item.agendaItem.title
        let states: [(LiveItemState, String)] = [(.taken, "Take"), (.deferred, "Defer"), (.withdrawn, "Withdraw")]
        let offered = states.filter { $0.0 != item.state }
        w.raw("<form method=\"post\" class=\"inline take\" action=\"")
        w.text(page.itemPath(item.agendaItem.id) + "/take")
        w.raw("\">\n")
        w.csrfField(page.csrfToken)
        if let returnTo { w.hidden("next", returnTo) }
        for (state, verb) in offered {
            w.raw("<button type=\"submit\" class=\"secondary\" name=\"state\" value=\"")
            w.text(state.rawValue)
            w.raw("\">")
            w.text(verb)
            w.raw("<span class=\"visually-hidden\"> ")
            w.text(label)
            w.raw("</span></button>\n")
        }
        w.raw("</form>\n")
    }

    private static func notOpened(_ page: LivePage, into w: inout HTMLWriter) {
        let d = page.detail
        if !d.minutes.isEmpty {
            w.raw("<p>The minutes of this meeting were started from the agenda, so it cannot be run live. Edit them on <a href=\"")
            w.text(d.path + "#minutes")
            w.raw("\">the meeting page</a>.</p>\n")
            return
        }
        if d.agenda.isEmpty {
            w.raw("<p>This meeting has no agenda yet: a meeting is run from its agenda.</p>\n")
            return
        }
        w.raw("<p>Open the meeting when it starts. You will keep the register, take the items in any order, and write the notes, ")
        w.raw("resolutions, actions, votes and declarations of each. Closing the meeting turns the notes into the draft minutes.</p>\n")
        w.raw("<form method=\"post\" action=\"")
        w.text(page.path + "/open")
        w.raw("\">\n")
        w.csrfField(page.csrfToken)
        w.raw("<button type=\"submit\">Open the meeting</button>\n</form>\n")
    }

    private static func closeForm(_ page: LivePage, _ live: LiveMeeting, errors: FormErrors, into w: inout HTMLWriter) {
        w.raw("<h2 id=\"close\">Close the meeting</h2>\n<p>Closing turns each item's notes, resolutions, votes and declarations into the ")
        w.raw("draft minutes, numbered as taken, and sends the actions to the tracker. The notes cannot be changed here afterwards: ")
        w.raw("the draft minutes are edited on the meeting page.</p>\n")
        if let message = errors.message(for: "close") {
            w.raw("<p class=\"error-message\"><span class=\"visually-hidden\">Error:</span> ")
            w.text(message)
            w.raw("</p>\n")
        } else if !live.pending.isEmpty {
            w.raw("<p class=\"hint\">")
            w.text(
                live.pending.count == 1
                    ? "1 item has not been taken, deferred or withdrawn yet."
                    : "\(live.pending.count) items have not been taken, deferred or withdrawn yet.")
            w.raw("</p>\n")
        }
        w.raw("<form method=\"post\" action=\"")
        w.text(page.path + "/close")
        w.raw("\" novalidate>\n")
        w.csrfField(page.csrfToken)
        if let message = errors.message(for: "confirm-close") {
            w.raw("<p class=\"error-message\" id=\"confirm-close-error\"><span class=\"visually-hidden\">Error:</span> ")
            w.text(message)
            w.raw("</p>\n")
        }
        w.checkbox("confirm-close", label: "The meeting has ended", checked: false)
        w.raw("<button type=\"submit\" id=\"close-button\">Close the meeting</button>\n</form>\n")
    }
}
