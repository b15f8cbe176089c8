import MinutebookCore

/// The Matters Arising report as the pack prints it (Appendix A: minute number, date and title |
/// what was resolved | update), from the actions tracker's report for the meeting.
public enum MattersArisingSection {
    /// The HTML fragments to put into `edition`'s pack for the meeting's Matters Arising item, if any.
    public static func fragments(for agenda: Agenda, edition: PackEdition, reports: any MattersArisingRepository) async throws -> [Int64: String] {
        guard let entry = agenda.entries.first(where: { $0.kind == .mattersArising && $0.latestReport == nil }) else { return [:] }
        let report = try await reports.mattersArising(bodyID: agenda.body.id, date: agenda.meeting.date, audience: .system)
            .visible(to: edition.grant)
        return [entry.id: html(report)]
    }

    public static func html(_ report: MattersArisingReport) -> String {
        var w = HTMLWriter()
        w.raw("<p>This report lists the actions outstanding from earlier meetings and the updates received.</p>\n")
        guard !report.entries.isEmpty else {
            w.raw("<p>There are no outstanding matters arising.</p>\n")
            return w.string
        }
        w.raw(
            "<h2>Appendix A</h2>\n<table>\n<thead><tr><th scope=\"col\">Minute number, date and title</th><th scope=\"col\">What was resolved</th><th scope=\"col\">Update</th></tr></thead>\n<tbody>\n"
        )
        for entry in report.entries {
            w.raw("<tr><td>")
            var head = [entry.minuteLabel]
            if let date = entry.meetingDate { head.append(date.long) }
            head.append(entry.title)
            w.text(head.filter { !$0.isEmpty }.joined(separator: ", "))
            w.raw("</td><td>")
            if !entry.minutesApproved { w.raw("<strong>"); w.text(MattersArisingEntry.draftMark); w.raw(":</strong> ") }
            w.text(entry.resolved)
            if !entry.owners.isEmpty { w.raw("<br>"); w.text("Action: \(entry.owners.joined(separator: ", "))") }
            w.raw("</td><td>")
            w.text(entry.update.isEmpty ? entry.status.label : "\(entry.update) (\(entry.status.label))")
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody></table>\n")
        return w.string
    }
}

/// What the CLI and the web add to a pack beyond the agenda's own documents, for the items with no
/// upload of their own: the Matters Arising report drafted by the actions tracker, then the
/// performance papers (sub-group, indicator and exception reports, the risk log review).
public enum PackExtras {
    public static func fragments(for agenda: Agenda, edition: PackEdition, repositories: Repositories) async throws -> [Int64: String] {
        var extra = try await MattersArisingSection.fragments(for: agenda, edition: edition, reports: repositories.mattersArising)
        extra.merge(try await PerformancePackSection.fragments(for: agenda, edition: edition, repositories: repositories)) { first, _ in first }
        return extra
    }
}
