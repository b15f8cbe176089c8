import MinutebookCore
import MinutebookServices

/// The register: each seat's holder on the meeting date, how they attended, a substitute, and the
/// minutes during which they arrived late or left early; then others present.
enum LiveRegisterView {
    static func write(_ sheet: LiveRegisterSheet, errors: FormErrors, into w: inout HTMLWriter) {
        let page = sheet.page
        w.errorSummary(errors)
        w.raw("<span class=\"caption\">")
        w.text(page.detail.title)
        w.raw("</span>\n<h1>Register</h1>\n<p>Prefilled from the seats held on the day. A late arrival or early departure is recorded ")
        w.raw("against the minute being taken when it happened; the quorum of each vote counts who was there.</p>\n<form method=\"post\" action=\"")
        w.text(page.registerPath)
        w.raw("\" novalidate>\n")
        w.csrfField(page.csrfToken)
        let minutes = [Choice("", "Throughout")] + sheet.minuteChoices.map { Choice(String($0.id), $0.label) }
        w.raw("<h2>Members, by seat</h2>\n")
        if sheet.rows.isEmpty { w.raw("<p>No seat of this body is held on the day of the meeting.</p>\n") }
        for (i, row) in sheet.rows.enumerated() {
            let n = i + 1
            w.raw("<fieldset class=\"register-row\"><legend>")
            w.text(row.seatTitle + ": " + row.holderName)
            w.raw("</legend>\n")
            w.hidden("row-\(n)-seat", String(row.seatID))
            w.selectField(
                "row-\(n)-status", label: "Attendance of \(row.holderName)",
                choices: LiveRegisterSheet.statuses.map {
                    Choice($0.rawValue, $0.label)
                }, selected: row.status.rawValue, errors: errors)
            w.inputField("row-\(n)-substitute", label: "Substitute for \(row.holderName) (name)", value: row.substitute, errors: errors)
            w.selectField(
                "row-\(n)-arrived", label: "Arrived late, during",
                choices: minutes.map {
                    Choice($0.value, $0.value.isEmpty ? "On time" : $0.label)
                }, selected: row.arrived, errors: errors)
            w.selectField(
                "row-\(n)-left", label: "Left early, during",
                choices: minutes.map {
                    Choice($0.value, $0.value.isEmpty ? "Stayed to the end" : $0.label)
                }, selected: row.left, errors: errors)
            w.raw("</fieldset>\n")
        }
        w.raw("<h2>Also present</h2>\n<p class=\"hint\">Officers and invited guests who are not members. Leave a row blank to skip it.</p>\n")
        for (i, extra) in sheet.extras.enumerated() {
            let n = i + 1
            w.raw("<fieldset class=\"row\"><legend>Also present, line ")
            w.text(n)
            w.raw("</legend>\n")
            w.inputField("extra-\(n)-name", label: "Name", value: extra.name, errors: errors)
            w.inputField("extra-\(n)-role", label: "Role and organisation", value: extra.role, errors: errors)
            w.raw("</fieldset>\n")
        }
        w.raw("<button type=\"submit\">Save the register</button>\n <a href=\"")
        w.text(page.path)
        w.raw("\">Back to the meeting in progress</a>\n</form>\n")
    }
}
