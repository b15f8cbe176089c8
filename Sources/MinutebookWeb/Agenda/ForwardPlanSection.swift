import MinutebookCore
import MinutebookServices

/// The body page's "Forward plan" section: what is coming to the body's meetings, already cut to the
/// audience by `ForwardPlanRepository.plan(of:audience:)`.
enum ForwardPlanSection {
    static func write(_ items: [ForwardPlanItem], into w: inout HTMLWriter) {
        w.raw("<h2 id=\"forward-plan\">Forward plan</h2>\n")
        guard !items.isEmpty else {
            w.raw("<p>Nothing is planned for coming meetings yet.</p>\n")
            return
        }
        w.raw("<table class=\"forward-plan\">\n<caption>Items planned for coming meetings</caption>\n<thead><tr>")
        w.raw(
            "<th scope=\"col\">Item</th><th scope=\"col\">Meeting</th><th scope=\"col\">Status</th><th scope=\"col\">Lead officer</th></tr></thead>\n<tbody>\n"
        )
        for item in items {
            w.raw("<tr id=\"plan-")
            w.text(Int(item.id))
            w.raw("\"><td>")
            w.text(item.title)
            if item.part == .two {
                w.raw(" <span class=\"tag part2\">Part 2 – exempt</span>")
            }
            if let notes = item.notes, !notes.isEmpty {
                w.raw("<br><span class=\"hint\">")
                w.text(notes)
                w.raw("</span>")
            }
            w.raw("</td><td>")
            w.text(item.targetDate?.long ?? "To be scheduled")
            w.raw("</td><td><span class=\"tag\">")
            w.text(item.status.label)
            w.raw("</span></td><td>")
            w.text(item.leadOfficer ?? "")
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody>\n</table>\n")
    }
}
