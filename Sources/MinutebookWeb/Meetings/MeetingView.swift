import MinutebookCore
import MinutebookServices

/// Writes the meeting page. Everything it prints has already passed `Visibility`.
enum MeetingView {
    static func write(_ page: MeetingPage, errors: FormErrors, values: FormData, into w: inout HTMLWriter) {
        let d = page.detail
        let p = d.partnership.slug, b = d.body.slug, date = d.meeting.date
        w.errorSummary(errors)
        if let notice = page.notice {
            w.raw("<div class=\"notice\" role=\"status\"><p>")
            w.text(notice)
            w.raw("</p></div>\n")
        }
        w.raw("<span class=\"caption\">")
        w.text(d.body.name)
        w.raw("</span>\n<h1>")
        w.text(date.longWithWeekday)
        w.raw("</h1>\n")
        writeChanges(page, into: &w)
        w.raw("<dl class=\"summary\">\n")
        w.summaryRow("Status", d.meeting.status.label)
        if let start = d.meeting.start {
            w.summaryRow("Time", start.twelveHour + (d.meeting.end.map { " to " + $0.twelveHour } ?? ""))
        }
        if let venue = d.meeting.venue { w.summaryRow("Venue", venue) }
        if let next = d.nextMeeting {
            w.raw("<dt>Next meeting</dt><dd><a href=\"")
            w.text(SitePath.meeting(partnership: p, body: b, date: next.date).path)
            w.raw("\">")
            w.text(next.date.longWithWeekday)
            w.raw("</a></dd>\n")
        }
        w.raw("</dl>\n")
        if page.canEdit { writeTasks(page, into: &w) }
        let groups = DocumentGroup.groups(d)
        // The issued pack is listed (with its earlier versions) in its own section; without an issue
        // record its stored files stay in "Documents".
        let pack = page.packIssue == nil ? [] : groups.filter(\.isPack)
        if let issue = page.packIssue { writePack(issue, page, pack: pack, into: &w) }
        writeAgenda(page, into: &w)
        writeAttendance(d, into: &w)
        writeMinutes(page, into: &w)
        MeetingDocumentsView.write(page, groups: page.packIssue == nil ? groups : groups.filter { !$0.isPack }, into: &w)
        if page.canEdit {
            if !page.isApproved && !d.minutes.isEmpty { MinutesForms.approval(page, errors: errors, values: values, into: &w) }
            if page.isApproved { MinutesForms.correction(page, errors: errors, values: values, into: &w) }
        }
    }

    /// "This meeting is cancelled" and each move with its reason, for everyone who can see the meeting.
    private static func writeChanges(_ page: MeetingPage, into w: inout HTMLWriter) {
        guard !page.changes.isEmpty else { return }
        w.raw("<div class=\"notice meeting-changes\">\n")
        if page.detail.meeting.status == .cancelled { w.raw("<p><strong>This meeting is cancelled.</strong></p>\n") }
        for change in page.changes {
            let sentence = change.sentence
            w.element("<p>", sentence.hasSuffix(".") ? sentence : sentence + ".", "</p>\n")
        }
        w.raw("</div>\n")
    }

    private static func writeTasks(_ page: MeetingPage, into w: inout HTMLWriter) {
        let d = page.detail
        let p = d.partnership.slug, b = d.body.slug, date = d.meeting.date
        w.raw("<nav class=\"tasks no-print\" aria-label=\"Secretariat tasks\"><h2 class=\"visually-hidden\">Secretariat tasks</h2><ul>\n")
        if !page.isApproved {
            w.raw("<li><a href=\"")
            w.text(SitePath.attendance(partnership: p, body: b, date: date).path)
            w.raw("\">Record attendance</a></li>\n")
        }
        w.raw("<li><a href=\"")
        w.text(SitePath.mattersArising(partnership: p, body: b, date: date).path)
        w.raw("\">Matters arising</a></li>\n<li><a href=\"")
        w.text(d.path + "/agenda/edit")
        w.raw("\">Agenda and pack</a></li>\n")
        if d.meeting.status == .scheduled || d.meeting.status == .agendaPublished {
            w.raw("<li><a href=\"")
            w.text(SitePath.meetingChange(partnership: p, body: b, date: date).path)
            w.raw("\">Move or cancel</a></li>\n")
        }
        w.raw("<li><a href=\"")
        w.text(SitePath.audit(partnership: p, table: "meeting", id: d.meeting.id).path)
        w.raw("\">Change history</a></li>\n</ul>\n")
        if d.minutes.isEmpty && !d.agenda.isEmpty && d.meeting.status != .cancelled {
            w.raw("<p><a href=\"")
            w.text(SitePath.liveMeeting(partnership: p, body: b, date: date).path)
            w.raw("\">Run the meeting: live minutes</a></p>\n")
            w.raw("<form method=\"post\" action=\"")
            w.text(SitePath.startMinutes(partnership: p, body: b, date: date).path)
            w.raw("\">\n")
            w.csrfField(page.csrfToken)
            w.raw("<button type=\"submit\">Start the minutes from the agenda</button>\n</form>\n")
        }
        w.raw("</nav>\n")
    }

    /// The issued pack: the public PDF and its accessible version for everyone, the members' pack for
    /// those who may see Part 2, and how the members were emailed for the secretariat.
    private static func writePack(_ issue: PackIssue, _ page: MeetingPage, pack: [DocumentGroup], into w: inout HTMLWriter) {
        let path = page.detail.path
        // The stored current files carry the anchors search results and feeds link to.
        func anchor(_ mediaType: String) {
            guard let current = pack.first(where: { $0.current.mediaType.hasPrefix(mediaType) })?.current else { return }
            w.raw(" id=\"")
            w.text(MeetingAnchor.document(current.id))
            w.raw("\"")
        }
        w.raw("<section class=\"pack\" aria-labelledby=\"pack\">\n<h2 id=\"pack\">Agenda pack</h2>\n<p>")
        w.text(issue.version > 1 ? "Issued on \(issue.issuedOn.long) (version \(issue.version))." : "Issued on \(issue.issuedOn.long).")
        w.raw("</p>\n<ul class=\"documents\">\n<li")
        anchor("application/pdf")
        w.raw("><a href=\"")
        w.text(path + "/pack.pdf")
        w.raw("\">Agenda pack (PDF")
        if issue.pdfByteCount > 0 { w.text(", " + byteText(issue.pdfByteCount)) }
        w.raw(")</a></li>\n<li")
        anchor("text/html")
        w.raw("><a href=\"")
        w.text(path + "/pack.html")
        w.raw("\">Agenda pack, accessible version (web page)</a></li>\n")
        if page.detail.grant.partTwo {
            w.raw("<li><a href=\"")
            w.text(path + "/pack/members.pdf")
            w.raw("\">Members' pack, with the exempt (Part 2) items (PDF)</a></li>\n<li><a href=\"")
            w.text(path + "/pack/members.html")
            w.raw("\">Members' pack, accessible version (web page)</a></li>\n")
        }
        w.raw("</ul>\n")
        let previous = pack.flatMap(\.previous).sorted { ($0.version, $0.mediaType) > ($1.version, $1.mediaType) }
        MeetingDocumentsView.previousVersions(previous, page.detail, into: &w)
        if page.canEdit {
            var sentence = issue.emailed == 1 ? "Emailed to 1 member." : "Emailed to \(issue.emailed) members."
            if let note = issue.mailNote { sentence += " " + note }
            w.raw("<p class=\"hint\">"); w.text(sentence); w.raw("</p>\n")
        }
        w.raw("</section>\n")
    }

    private static func writeAgenda(_ page: MeetingPage, into w: inout HTMLWriter) {
        let d = page.detail
        w.raw("<h2 id=\"agenda\">Agenda</h2>\n")
        if d.agenda.isEmpty {
            w.raw("<p>No agenda has been published for this meeting.</p>\n")
        } else {
            w.raw(
                "<table class=\"agenda\">\n<thead><tr><th scope=\"col\">Item</th><th scope=\"col\">Title</th><th scope=\"col\">Part</th></tr></thead>\n<tbody>\n"
            )
            for item in d.agenda {
                w.raw("<tr id=\"")
                w.text(MeetingAnchor.item(item.id))
                w.raw("\"><td>")
                w.text(item.number ?? "")
                w.raw("</td><td>")
                w.text(item.title)
                if let lead = item.leadOfficer {
                    w.raw("<br><span class=\"hint\">")
                    w.text(lead)
                    w.raw("</span>")
                }
                for report in page.reports where report.agendaItemID == item.id {
                    w.raw("<br><a href=\"")
                    w.text(SitePath.subGroupReport(partnership: d.partnership.slug, id: report.id).path)
                    w.raw("\">")
                    w.text("Read the \(report.label)")
                    w.raw("</a>")
                }
                w.raw("</td><td>")
                partTag(item.part, reason: item.exemptReason, into: &w)
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n")
        }
        if d.withheldCount > 0 {
            w.raw("<p class=\"hint\">")
            w.text(d.withheldCount == 1 ? "1 exempt (Part 2) item is not shown." : "\(d.withheldCount) exempt (Part 2) items are not shown.")
            w.raw("</p>\n")
        }
    }

    static func partTag(_ part: AgendaPart, reason: String?, into w: inout HTMLWriter) {
        if part == .two {
            w.raw("<span class=\"tag part2\">Part 2 – exempt</span>")
            if let reason {
                w.raw(" <span class=\"hint\">")
                w.text(reason)
                w.raw("</span>")
            }
        } else {
            w.raw("<span class=\"tag\">Part 1</span>")
        }
    }

    private static func writeAttendance(_ d: MeetingDetail, into w: inout HTMLWriter) {
        guard !d.attendance.isEmpty else { return }
        w.raw("<h2 id=\"attendance\">Attendance</h2>\n")
        let order: [AttendanceStatus] = [.present, .virtual, .substitute, .alsoPresent, .apologies, .absent]
        for status in order {
            let entries = d.attendance.filter { $0.status == status }
            guard !entries.isEmpty else { continue }
            w.element("<h3>", status == .virtual ? "Attended virtually" : status.label, "</h3>\n<ul class=\"attendance\">")
            for e in entries {
                w.raw("<li>")
                if let personID = e.personID {
                    w.raw("<a href=\"")
                    w.text(SitePath.person(partnership: d.partnership.slug, id: personID).path)
                    w.raw("\">")
                    w.text(e.name)
                    w.raw("</a>")
                } else {
                    w.text(e.name)
                }
                if let position = e.position { w.text(" (\(position.label))") }
                let role = [e.role, e.organisation].compactMap { $0 }.joined(separator: ", ")
                if !role.isEmpty { w.text(", " + role) }
                if let sub = e.substituteFor { w.text(" – substitute for " + sub) }
                w.text(MinutesRecordView.timing(e))
                w.raw("</li>")
            }
            w.raw("</ul>\n")
        }
    }

    private static func writeMinutes(_ page: MeetingPage, into w: inout HTMLWriter) {
        let d = page.detail
        guard !d.minutes.isEmpty else { return }
        w.raw("<section class=\"minutes\" aria-labelledby=\"minutes\">\n<h2 id=\"minutes\">Minutes")
        if d.minutesAreDraft { w.raw(" <span class=\"tag draft\">Draft</span>") }
        w.raw("</h2>\n")
        if let approval = page.approval {
            w.raw("<p class=\"approval\">")
            var sentence = approval.note ?? MinutesApproval.standardNote
            if let at = approval.atMeetingDate ?? approval.date { sentence += " at the meeting on \(at.long)" }
            if let proposer = approval.proposer, !proposer.isEmpty { sentence += ", proposed by \(proposer)" }
            w.text(sentence + ".")
            w.raw("</p>\n")
        }
        writeRecordLinks(page, into: &w)
        for detail in d.minutes {
            let m = detail.minute
            w.raw("<article class=\"minute\" id=\"")
            w.text(MeetingAnchor.minute(m))
            w.raw("\">\n<h3><span class=\"number\">")
            w.text(m.number?.text ?? "")
            w.raw("</span> ")
            w.text(m.title)
            w.raw("</h3>\n")
            if m.part == .two { w.raw("<p><span class=\"tag part2\">Part 2 – exempt</span></p>\n") }
            MinutesRecordView.declarations(detail.declarations, into: &w)
            for block in MinuteLayout.blocks(text: m.text, resolutions: detail.resolutions) {
                switch block {
                case .paragraph(let paragraph): w.paragraphs(paragraph)
                case .resolutions(let decisions):
                    for decision in decisions {
                        w.raw("<div class=\"resolution\">")
                        w.paragraphs(decision)
                        w.raw("</div>\n")
                    }
                }
            }
            for vote in detail.votes { MinutesRecordView.vote(vote, into: &w) }
            if let note = m.postMeetingNote {
                w.raw("<div class=\"post-meeting-note\"><h4>Post-meeting note</h4>")
                w.paragraphs(note)
                w.raw("</div>\n")
            }
            if !detail.actions.isEmpty { writeActions(detail.actions, d, into: &w) }
            for correction in page.corrections where correction.minuteID == m.id {
                w.raw("<div class=\"correction\"><h4>Correction</h4>")
                w.paragraphs(correction.text)
                w.raw("<p class=\"hint\">Recorded ")
                w.text(String(correction.createdAt.prefix(10)))
                w.raw("</p></div>\n")
            }
            if page.canEdit && !page.isApproved {
                w.raw("<p class=\"no-print\"><a href=\"")
                w.text(SitePath.minute(partnership: d.partnership.slug, body: d.body.slug, date: d.meeting.date, id: m.id).path)
                w.raw("\">Edit minute ")
                w.text(m.number?.text ?? m.title)
                w.raw("</a></p>\n")
            }
            w.raw("</article>\n")
        }
        w.raw("</section>\n")
    }

    /// The signature line, the minutes as documents, and (for the secretariat once approved) signing.
    private static func writeRecordLinks(_ page: MeetingPage, into w: inout HTMLWriter) {
        let d = page.detail
        let (p, b, date) = (d.partnership.slug, d.body.slug, d.meeting.date)
        if let signature = page.signature {
            w.raw("<p class=\"signed\">")
            w.text("\(signature.sentence) (\(signature.signerName)).")
            w.raw(" <a href=\"")
            w.text(SitePath.verifyMinutes(partnership: p, body: b, date: date).path)
            w.raw("\">Verify the signature</a></p>\n")
        } else if page.isApproved && page.canSign {
            w.raw("<p class=\"no-print\"><a href=\"")
            w.text(SitePath.signMinutes(partnership: p, body: b, date: date).path)
            w.raw("\">Sign the minutes</a></p>\n")
        }
        w.raw("<p class=\"downloads no-print\">Download the ")
        if d.minutesAreDraft { w.raw("draft ") }
        w.raw("minutes: <a href=\"")
        w.text(SitePath.minutesDocument(partnership: p, body: b, date: date, format: "pdf").path)
        w.raw("\">PDF</a> · <a href=\"")
        w.text(SitePath.minutesDocument(partnership: p, body: b, date: date, format: "docx").path)
        w.raw("\">Word (DOCX)</a></p>\n")
    }

    private static func writeActions(_ actions: [ActionDetail], _ d: MeetingDetail, into w: inout HTMLWriter) {
        w.raw(
            "<table class=\"actions\">\n<caption>Actions</caption>\n<thead><tr><th scope=\"col\">Action</th><th scope=\"col\">Owner</th><th scope=\"col\">Due</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"
        )
        for a in actions {
            w.raw("<tr><td>")
            w.text(a.action.text)
            w.raw("</td><td>")
            for (i, owner) in a.owners.enumerated() {
                if i > 0 { w.raw(", ") }
                if let personID = owner.personID {
                    w.raw("<a href=\"")
                    w.text(SitePath.person(partnership: d.partnership.slug, id: personID).path)
                    w.raw("\">")
                    w.text(owner.name ?? owner.displayCode)
                    w.raw("</a>")
                } else {
                    w.text(owner.name ?? owner.displayCode)
                    if owner.seatID == nil && owner.organisationID == nil {
                        w.raw(" <span class=\"tag draft\">not matched</span>")
                    }
                }
            }
            w.raw("</td><td>")
            w.text(a.action.due?.long ?? "")
            w.raw("</td><td>")
            w.text(a.action.status.label)
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody>\n</table>\n")
    }

    static func byteText(_ n: Int) -> String {
        if n < 1024 { return "\(n) bytes" }
        if n < 1024 * 1024 { return "\((n + 512) / 1024) KB" }
        return "\((n * 10 / (1024 * 1024) + 0) / 10).\((n * 10 / (1024 * 1024)) % 10) MB"
    }
}
