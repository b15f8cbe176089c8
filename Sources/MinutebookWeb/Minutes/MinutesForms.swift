import MinutebookCore
import MinutebookServices

/// The secretariat's forms: attendance, one minute, approval, correction.
enum MinutesForms {
    static let seatStatuses: [AttendanceStatus] = [.present, .virtual, .apologies, .absent]

    static func approval(_ page: MeetingPage, errors: FormErrors, values: FormData, into w: inout HTMLWriter) {
        let d = page.detail
        w.raw("<section class=\"no-print\" aria-labelledby=\"approve\">\n<h2 id=\"approve\">Approve these minutes</h2>\n")
        w.raw(
            "<p>Minutes are approved at the body's next meeting. Once approved they cannot be changed: later corrections are recorded as notes.</p>\n"
        )
        w.raw("<form method=\"post\" action=\"")
        w.text(SitePath.approveMinutes(partnership: d.partnership.slug, body: d.body.slug, date: d.meeting.date).path)
        w.raw("\" novalidate>\n")
        w.csrfField(page.csrfToken)
        var choices = page.laterMeetings.map { Choice($0.iso, $0.longWithWeekday) }
        if choices.isEmpty { choices = [Choice("", "No later meeting has taken place yet")] }
        w.selectField(
            "approved-at", label: "Approved at the meeting on", choices: choices,
            selected: values["approved-at"] ?? page.laterMeetings.first?.iso, errors: errors)
        w.inputField(
            "proposer", label: "Proposed by", value: values["proposer"] ?? "",
            hint: "The member who moved that the minutes be agreed.", errors: errors)
        if let message = errors.message(for: "confirm") {
            w.raw("<p class=\"error-message\" id=\"confirm-error\"><span class=\"visually-hidden\">Error:</span> ")
            w.text(message)
            w.raw("</p>\n")
        }
        w.checkbox("confirm", label: "The minutes were agreed and signed as a correct record", checked: values["confirm"] == "1")
        w.raw("<button type=\"submit\">Approve the minutes</button>\n</form>\n</section>\n")
    }

    static func correction(_ page: MeetingPage, errors: FormErrors, values: FormData, into w: inout HTMLWriter) {
        let d = page.detail
        guard !d.minutes.isEmpty else { return }
        w.raw("<section class=\"no-print\" aria-labelledby=\"correct\">\n<h2 id=\"correct\">Record a correction</h2>\n")
        w.raw(
            "<p>Approved minutes are not edited. A correction agreed later is added as a dated note under the minute.</p>\n<form method=\"post\" action=\""
        )
        w.text(SitePath.correction(partnership: d.partnership.slug, body: d.body.slug, date: d.meeting.date).path)
        w.raw("\" novalidate>\n")
        w.csrfField(page.csrfToken)
        w.selectField(
            "correction-minute", label: "Minute",
            choices: d.minutes.map {
                Choice(String($0.minute.id), [$0.minute.number?.text, $0.minute.title].compactMap { $0 }.joined(separator: " "))
            }, selected: values["correction-minute"], errors: errors)
        w.textArea("correction-text", label: "Correction", value: values["correction-text"] ?? "", errors: errors, rows: 4)
        w.raw("<button type=\"submit\" class=\"secondary\">Record correction</button>\n</form>\n</section>\n")
    }

    /// The attendance sheet: one row per seat with its holder on the day, then people also present.
    static func attendance(_ sheet: AttendanceSheet, errors: FormErrors, into w: inout HTMLWriter) {
        let d = sheet.detail
        w.errorSummary(errors)
        w.raw("<span class=\"caption\">")
        w.text(d.title)
        w.raw("</span>\n<h1>Record attendance</h1>\n<form method=\"post\" action=\"")
        w.text(SitePath.attendance(partnership: d.partnership.slug, body: d.body.slug, date: d.meeting.date).path)
        w.raw("\" novalidate>\n")
        w.csrfField(sheet.csrfToken)
        w.raw(
            "<table class=\"sheet\">\n<caption>Members, by seat</caption>\n<thead><tr><th scope=\"col\">Seat</th><th scope=\"col\">Holder</th><th scope=\"col\">Attendance</th><th scope=\"col\">Substitute sent (name)</th></tr></thead>\n<tbody>\n"
        )
        for (i, row) in sheet.rows.enumerated() {
            let n = i + 1
            w.raw("<tr><td>")
            w.text(row.seatTitle)
            w.raw("</td><td>")
            w.text(row.holderName)
            w.hidden("row-\(n)-seat", String(row.seatID))
            w.raw("</td><td>")
            w.selectField(
                "row-\(n)-status", label: "Attendance of \(row.holderName)",
                choices: seatStatuses.map {
                    Choice($0.rawValue, $0 == .virtual ? "Attended virtually" : $0.label)
                }, selected: row.status.rawValue, errors: errors)
            w.raw("</td><td>")
            w.inputField("row-\(n)-substitute", label: "Substitute for \(row.holderName)", value: row.substitute, errors: errors)
            w.raw("</td></tr>\n")
        }
        w.raw(
            "</tbody>\n</table>\n<h2>Also present</h2>\n<p class=\"hint\">Officers and invited guests who are not members. Leave a row blank to skip it.</p>\n"
        )
        for (i, extra) in sheet.extras.enumerated() {
            let n = i + 1
            w.raw("<fieldset class=\"row\"><legend>Also present, line ")
            w.text(n)
            w.raw("</legend>\n")
            w.inputField("extra-\(n)-name", label: "Name", value: extra.name, errors: errors)
            w.inputField("extra-\(n)-role", label: "Role and organisation", value: extra.role, errors: errors)
            w.raw("</fieldset>\n")
        }
        w.raw("<button type=\"submit\">Save attendance</button>\n</form>\n")
    }
}

/// The attendance form's content, pre-filled from the seats and any attendance already recorded.
struct AttendanceSheet: Sendable {
    struct Row: Sendable {
        var seatID: Int64
        var seatTitle: String
        var seatRole: SeatRole
        var holderID: Int64
        var holderName: String
        var holderTitle: String?
        var status: AttendanceStatus
        var substitute: String
    }
    struct Extra: Sendable {
        var name: String
        var role: String
    }
    var detail: MeetingDetail
    var rows: [Row]
    var extras: [Extra]
    var csrfToken: String?
}
