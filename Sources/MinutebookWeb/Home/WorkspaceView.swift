import MinutebookCore
import MinutebookServices

/// The "Your work" page: for a member, their actions and next meetings first; for the secretariat,
/// then what is due, awaited and unfinished (`SecretariatWorkspace`). Every section says when it is
/// empty, so none is left blank.
struct WorkspaceView {
    let partnership: Partnership
    let today: LocalDate
    let bodies: [SecretariatWorkspace.BodyMeetings]
    let workspace: SecretariatWorkspace?
    var ownActions: [TrackedAction]?
    var memberOf: Set<Int64> = []

    private var p: String { partnership.slug }

    func write(into w: inout HTMLWriter) {
        w.element("<h1>", "Your work", "</h1>\n")
        w.element("<p class=\"lead\">", partnership.name, "</p>\n")
        if let ownActions {
            w.raw("<section aria-labelledby=\"own-actions\"><h2 id=\"own-actions\">Your actions</h2>\n")
            if ownActions.isEmpty {
                w.raw("<p>No action is waiting for you.</p>\n")
            } else {
                ActionsTable.write(ownActions, partnership: p, caption: "Actions you own that are still open", into: &w)
            }
            w.raw("</section>\n")
            let own = bodies.filter { memberOf.contains($0.body.id) }
            if !own.isEmpty {
                w.raw("<section aria-labelledby=\"own-meetings\"><h2 id=\"own-meetings\">Your next meetings</h2>\n<ul>\n")
                for entry in own {
                    w.raw("<li>")
                    if let next = entry.next(after: today) {
                        link(
                            SitePath.meeting(partnership: p, body: entry.body.slug, date: next.date).path,
                            "\(entry.body.name), \(next.date.longWithWeekday)", into: &w)
                        w.element(" <span class=\"tag\">", next.status == .scheduled ? "Papers not yet published" : next.status.label, "</span>")
                    } else {
                        w.text("\(entry.body.name): no meeting scheduled")
                    }
                    w.raw("</li>\n")
                }
                w.raw("</ul>\n</section>\n")
            }
        }
        if let workspace { writeSecretariat(workspace, into: &w) }
    }

    private func writeSecretariat(_ s: SecretariatWorkspace, into w: inout HTMLWriter) {
        w.raw("<section aria-labelledby=\"deadlines\"><h2 id=\"deadlines\">Next meetings and their deadlines</h2>\n")
        if s.upcoming.isEmpty {
            w.raw("<p>No meeting is scheduled. Schedule one from a body's page.</p>\n")
        } else {
            w.raw("<table>\n<caption class=\"visually-hidden\">Next meetings and their working-day deadlines</caption>\n")
            w.raw("<thead><tr><th scope=\"col\">Meeting</th><th scope=\"col\">Reports due</th><th scope=\"col\">Publish the pack by</th>")
            w.raw("<th scope=\"col\">Questions by</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n")
            for u in s.upcoming {
                w.raw("<tr><th scope=\"row\">")
                link(
                    SitePath.meeting(partnership: p, body: u.body.slug, date: u.meeting.date).path,
                    "\(u.body.name), \(u.meeting.date.longWithWeekday)", into: &w)
                w.raw("</th>")
                for day in [u.deadlines.reports, u.deadlines.publication, u.deadlines.questions] {
                    w.element("<td>", day.longWithWeekday + (day < today ? " (passed)" : ""), "</td>")
                }
                w.element("<td>", u.meeting.status.label, "</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n")
        }
        w.raw("</section>\n<section aria-labelledby=\"awaited-reports\"><h2 id=\"awaited-reports\">Reports still awaited</h2>\n")
        if s.awaitedReports.isEmpty {
            w.raw("<p>Every item of the next agendas that expects a report has one.</p>\n")
        } else {
            w.raw("<ul>\n")
            for r in s.awaitedReports {
                w.raw("<li>")
                link(
                    SitePath.agendaEdit(partnership: p, body: r.body.slug, date: r.meeting.date).path,
                    [r.item.number.map { "Item \($0)" }, r.item.title].compactMap { $0 }.joined(separator: ": "), into: &w)
                w.text(" (\(r.body.name), \(r.meeting.date.long)): ")
                w.text(r.isLate ? "due \(r.due.longWithWeekday), now late" : "due \(r.due.longWithWeekday)")
                if let lead = r.item.leadOfficer { w.text(", from \(lead)") }
                w.raw("</li>\n")
            }
            w.raw("</ul>\n")
        }
        w.raw("</section>\n<section aria-labelledby=\"awaited-updates\"><h2 id=\"awaited-updates\">Updates not yet received</h2>\n")
        if s.awaitedUpdates.isEmpty {
            w.raw("<p>Every matter arising for the next meetings has an update.</p>\n")
        } else {
            w.raw("<ul>\n")
            for u in s.awaitedUpdates {
                w.raw("<li>")
                link(
                    SitePath.mattersArising(partnership: p, body: u.body.slug, date: u.meeting.date).path,
                    [u.entry.minuteLabel, u.entry.title].filter { !$0.isEmpty }.joined(separator: ": "), into: &w)
                w.text(" (\(u.body.name), \(u.meeting.date.long))")
                if !u.entry.owners.isEmpty { w.text(": from \(u.entry.owners.joined(separator: ", "))") }
                w.raw("</li>\n")
            }
            w.raw("</ul>\n")
        }
        w.raw("</section>\n<section aria-labelledby=\"unfinished\"><h2 id=\"unfinished\">Drafts and work to finish</h2>\n")
        if s.unfinished.isEmpty {
            w.raw("<p>Nothing is left unfinished.</p>\n")
        } else {
            w.raw("<ul>\n")
            for u in s.unfinished {
                let meeting = "\(u.body.name), \(u.meeting.date.long)"
                w.raw("<li>")
                switch u.task {
                case .writeMinutes:
                    link(
                        SitePath.meeting(partnership: p, body: u.body.slug, date: u.meeting.date).path + "#minutes",
                        "Write the minutes of \(meeting)", into: &w)
                case .approveMinutes:
                    link(
                        SitePath.meeting(partnership: p, body: u.body.slug, date: u.meeting.date).path + "#minutes",
                        "Draft minutes of \(meeting), to approve at the next meeting", into: &w)
                case .publishAgenda(let by):
                    link(
                        SitePath.agendaEdit(partnership: p, body: u.body.slug, date: u.meeting.date).path,
                        "Publish the agenda of \(meeting)", into: &w)
                    w.text(by < today ? " (the publication deadline, \(by.longWithWeekday), has passed)" : " by \(by.longWithWeekday)")
                }
                w.raw("</li>\n")
            }
            w.raw("</ul>\n")
        }
        w.raw("</section>\n")
    }

    private func link(_ href: String, _ label: String, into w: inout HTMLWriter) {
        w.raw("<a href=\"")
        w.text(href)
        w.raw("\">")
        w.text(label)
        w.raw("</a>")
    }
}
