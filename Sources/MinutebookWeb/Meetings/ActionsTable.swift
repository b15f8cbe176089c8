import MinutebookCore
import MinutebookServices

/// A compact list of tracked actions (already cut by `Visibility` in the repository), each linked
/// to the minute it came from.
enum ActionsTable {
    static func write(_ actions: [TrackedAction], partnership p: String, caption: StaticString, into w: inout HTMLWriter) {
        guard !actions.isEmpty else { w.raw("<p>None.</p>\n"); return }
        w.raw("<table class=\"actions\">\n<caption class=\"visually-hidden\">")
        w.raw(caption)
        w.raw(
            "</caption>\n<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Body and minute</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"
        )
        for tracked in actions {
            w.raw("<tr><td>")
            w.text(tracked.action.text)
            w.raw("</td><td>")
            w.text(tracked.bodyName)
            if let minute = tracked.minute {
                w.raw(", ")
                w.text([minute.number.map { "minute \($0.text)" }, minute.meetingDate.long].compactMap { $0 }.joined(separator: ", "))
            }
            w.raw("</td><td>")
            w.text(tracked.owners.map { $0.name ?? $0.displayCode }.joined(separator: ", "))
            w.raw("</td><td>")
            w.text(tracked.action.due?.long ?? "")
            w.raw("</td><td>")
            w.text(tracked.action.status.label)
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody>\n</table>\n")
    }
}
