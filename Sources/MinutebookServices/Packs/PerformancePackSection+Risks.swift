import MinutebookCore

/// The "Risk log review" standing item: what changed on the register since the board last met
/// (new risks, residual scores up or down, closed risks, reviews overdue), from the review history.
extension PerformancePackSection {
    public static func riskLogReview(_ agenda: Agenda, audience: Audience, repositories: Repositories) async throws -> String {
        var w = HTMLWriter()
        let repository = repositories.risks
        guard let risks = try await repository.risks(of: agenda.body.id, audience: audience) else {
            w.raw("<p>The risk register is reviewed by the members of the board and is not published. It is in the members' pack.</p>\n")
            return w.string
        }
        let meetings = try await repositories.directory.meetings(of: agenda.body.id, audience: audience, limit: 50)
        let previous = meetings.filter { $0.date < agenda.meeting.date && $0.status != .cancelled }.map(\.date).max()
        let since = previous ?? risks.map(\.openedOn).min()?.adding(days: -1) ?? agenda.meeting.date
        let changes = RiskChange.changes(
            risks: risks, reviews: try await repository.reviews(of: agenda.body.id), since: since,
            until: agenda.meeting.date)
        w.element(
            "<p>",
            previous.map { "Changes to the risk register since the last meeting on \($0.long)." }
                ?? "Changes to the risk register since it was opened.", "</p>\n")
        changeTable(changes, into: &w)
        let open = risks.filter { $0.isOpen(on: agenda.meeting.date) }
        PerformanceMarkup.heat(RiskHeatMap(risks: open, on: agenda.meeting.date), into: &w)
        w.raw(
            "<h2>Open risks</h2>\n<table>\n<thead><tr><th scope=\"col\">Ref</th><th scope=\"col\">Risk</th><th scope=\"col\">Owner</th><th scope=\"col\">Residual</th><th scope=\"col\">Next review</th></tr></thead>\n<tbody>"
        )
        for risk in open.sorted(by: { ($0.residual.value, $1.reference) > ($1.residual.value, $0.reference) }) {
            w.element("<tr><td>", risk.reference, "</td>")
            w.element("<td>", risk.title, "</td>")
            w.element("<td>", risk.owner, "</td>")
            w.element("<td>", risk.residual.summary, "</td>")
            w.element("<td>", risk.nextReviewOn?.long ?? "–", "</td></tr>\n")
        }
        w.raw("</tbody></table>\n")
        return w.string
    }

    public static func changeTable(_ changes: [RiskChange], into w: inout HTMLWriter) {
        guard !changes.isEmpty else {
            w.raw("<p>No risks were added, closed or re-scored in that time.</p>\n")
            return
        }
        w.raw(
            "<table class=\"risk-changes\">\n<caption>What changed</caption>\n<thead><tr><th scope=\"col\">Ref</th><th scope=\"col\">Risk</th><th scope=\"col\">Change</th></tr></thead>\n<tbody>"
        )
        for change in changes {
            w.element("<tr><td>", change.reference, "</td>")
            w.element("<td>", change.title, "</td>")
            w.element("<td>", change.summary, "</td></tr>\n")
        }
        w.raw("</tbody></table>\n")
    }
}
