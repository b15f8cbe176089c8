import Hummingbird
import MinutebookCore
import MinutebookServices

/// Moving, re-timing or cancelling a meeting not yet held, from the web: the reason is kept in the
/// meeting's history, the calendar's SEQUENCE goes up, the meeting page says so, and every member
/// with an e-mail address on record is told (when mail is set up).
struct MeetingChangeController {
    let scope: Scope
    let schedule: any MeetingScheduleRepository
    let packs: any PackRepository
    let mail: MailSettings?

    enum Form { case move, cancel }

    func addRoutes(to routes: PartnershipRoutes) {
        let change = routes.body.group("meetings/:date/change")
        change.get(use: show)
        change.post("move", use: move)
        change.post("cancel", use: cancel)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, _) = try await scope.meetingToEdit(request, context)
        return page(detail, context, FormReader(FormData()), form: nil)
    }

    @Sendable func move(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, _) = try await scope.meetingToEdit(request, context)
        let editor = try context.requireActionEditor(request)
        var f = try await FormReader.collect(request, context)
        let date = f.dayMonthYear("newDate", "the new date")
        var start: LocalTime?
        if let text = f.form.nonEmpty("start") {
            start = LocalTime(hhmm: text)
            if start == nil { f.errors.add("start", "Enter the start time as hours and minutes, like 14:00") }
        }
        let reason = f.form["reason"]
        if let date, f.errors.isEmpty,
            let moved = try await f.refusing(
                "newDate-day",
                {
                    try await schedule.moveMeeting(detail.meeting.id, to: date, start: start, reason: reason, by: editor)
                })
        {
            let told = try await tell(detail, moved, change: date == detail.meeting.date ? .retimed : .moved)
            let path = SitePath.meeting(partnership: detail.partnership.slug, body: detail.body.slug, date: moved.date).path
            return Response(status: .seeOther, headers: [.location: path + "?saved=" + (told ? "moved-told" : "moved")])
        }
        return page(detail, context, f, form: .move)
    }

    @Sendable func cancel(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (detail, _) = try await scope.meetingToEdit(request, context)
        let editor = try context.requireActionEditor(request)
        var f = try await FormReader.collect(request, context)
        if f.form["confirm"] != "1" { f.errors.add("confirm", "Tick the box to confirm the cancellation") }
        let reason = f.form["reason"]
        if f.errors.isEmpty,
            let cancelled = try await f.refusing("cancel-reason", { try await schedule.cancelMeeting(detail.meeting.id, reason: reason, by: editor) })
        {
            let told = try await tell(detail, cancelled, change: .cancelled)
            return Response(status: .seeOther, headers: [.location: detail.path + "?saved=" + (told ? "cancelled-told" : "cancelled")])
        }
        return page(detail, context, f, form: .cancel)
    }

    /// E-mails the members when mail is set up; whether anyone was told.
    func tell(_ detail: MeetingDetail, _ meeting: Meeting, change kind: MeetingChangeKind) async throws -> Bool {
        guard let mail, let change = try await schedule.changes(of: meeting.id).last else { return false }
        let members = try await packs.recipients(meetingID: meeting.id)
        let subject = MeetingChangeMailer.subject(body: detail.body.name, date: detail.meeting.date, change: kind)
        return try await MeetingChangeMailer.send(to: members, subject: subject, change: change, settings: mail).sent > 0
    }

    func page(_ detail: MeetingDetail, _ context: AppRequestContext, _ f: FormReader, form: Form?) -> Response {
        let title = "Move or cancel the meeting"
        var layout = Layout(title: f.errors.isEmpty ? title : "Error: " + title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (detail.partnership.name, SitePath.partnership(detail.partnership.slug).path),
            (detail.body.name, SitePath.body(partnership: detail.partnership.slug, body: detail.body.slug).path),
            (detail.meeting.date.long, detail.path)
        ]
        let path = SitePath.meetingChange(partnership: detail.partnership.slug, body: detail.body.slug, date: detail.meeting.date).path
        let none = FormErrors()
        let bytes = layout.render { w in
            w.errorSummary(f.errors)
            w.element("<span class=\"caption\">", detail.body.name, "</span>\n")
            w.element("<h1>", title, "</h1>\n")
            let when = detail.meeting.date.longWithWeekday + (detail.meeting.start.map { " at " + $0.twelveHour } ?? "")
            w.element(
                "<p>",
                "The meeting is set for \(when). Members with an e-mail address on record are told of a change, "
                    + "calendars update, and the meeting page says what changed and why.", "</p>\n")
            guard detail.meeting.status == .scheduled || detail.meeting.status == .agendaPublished else {
                w.element("<p>", "This meeting can no longer be moved or cancelled: it is \(detail.meeting.status.label.lowercased()).", "</p>\n")
                return
            }
            w.raw("<h2 id=\"move\">Move or re-time it</h2>\n")
            FormReader.open(&w, action: path + "/move", context: context, label: "move")
            w.dateInput(
                "newDate", legend: "New date", value: form == .move ? f.dateParts("newDate") : DateParts(detail.meeting.date),
                hint: "For example 26 3 2031; keep the date to change only the time", errors: form == .move ? f.errors : none)
            w.inputField(
                "start", label: "Start time", value: form == .move ? f.value("start") : detail.meeting.start?.hhmm ?? "",
                hint: "24-hour clock, for example 14:00", autocomplete: "off", errors: form == .move ? f.errors : none)
            w.textArea(
                "reason", label: "Reason", value: form == .move ? f.value("reason") : "",
                hint: "Kept in the meeting's history and told to members", rows: 3)
            w.raw("<button type=\"submit\">Move the meeting</button>\n</form>\n")
            w.raw("<h2 id=\"cancel\">Cancel it</h2>\n")
            FormReader.open(&w, action: path + "/cancel", context: context, label: "cancel")
            w.textArea(
                "reason", label: "Reason for cancelling", value: form == .cancel ? f.value("reason") : "",
                errors: form == .cancel ? f.errors : none, id: "cancel-reason", rows: 3)
            let errors = form == .cancel ? f.errors : none
            if let message = errors.message(for: "confirm") {
                w.raw("<div class=\"field error\"><p class=\"error-message\" id=\"confirm-error\"><span class=\"visually-hidden\">Error:</span> ")
                w.text(message)
                w.raw("</p></div>\n")
            }
            w.checkbox("confirm", label: "Cancel the meeting of \(detail.meeting.date.long)", checked: form == .cancel && f.form["confirm"] == "1")
            w.raw("<button type=\"submit\" class=\"warning\">Cancel the meeting</button>\n</form>\n")
        }
        return .html(bytes, status: f.errors.isEmpty ? .ok : .badRequest)
    }
}
