import MinutebookCore
import MinutebookServices

/// Votes and declarations of interest as the minutes print them (meeting page, live item page).
enum MinutesRecordView {
    /// "Vote on: motion. For 3, against 1, abstentions 0: carried." with the roll call of a recorded vote.
    static func vote(_ vote: RecordedVote, into w: inout HTMLWriter) {
        w.raw("<div class=\"vote\"><p><strong>")
        w.text(vote.kind == .recorded ? "Recorded vote" : "Vote")
        w.raw("</strong> on the motion “")
        w.text(vote.motion)
        w.raw("”. ")
        w.text(vote.summary)
        w.raw(" <span class=\"hint\">")
        w.text(vote.quorumNote)
        w.raw("</span></p>\n")
        if !vote.ballots.isEmpty {
            w.raw(
                "<table class=\"roll-call\">\n<caption>Roll call</caption>\n<thead><tr><th scope=\"col\">Member</th><th scope=\"col\">Vote</th></tr></thead>\n<tbody>\n"
            )
            for ballot in vote.ballots {
                w.raw("<tr><td>")
                w.text(ballot.name)
                w.raw("</td><td>")
                w.text(ballot.choice.label)
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n")
        }
        w.raw("</div>\n")
    }

    static func declarations(_ declarations: [InterestDeclaration], into w: inout HTMLWriter) {
        guard !declarations.isEmpty else { return }
        w.raw("<div class=\"declarations\"><p><strong>Declarations of interest</strong></p>\n<ul>\n")
        for d in declarations {
            w.raw("<li>")
            w.text(d.sentence)
            w.raw("</li>\n")
        }
        w.raw("</ul></div>\n")
    }

    /// " (arrived during minute 193; left during minute 195)"
    static func timing(_ entry: AttendanceEntry) -> String {
        var parts: [String] = []
        if let arrived = entry.arrivedDuring { parts.append("arrived during minute \(arrived.text)") }
        if let left = entry.leftDuring { parts.append("left during minute \(left.text)") }
        return parts.isEmpty ? "" : " (" + parts.joined(separator: "; ") + ")"
    }
}
