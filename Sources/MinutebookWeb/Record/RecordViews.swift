import MinutebookCore
import MinutebookServices

/// Pages of the signed record: the sign-off form and the verification page.
enum RecordViews {
    static func layout(_ title: String, _ detail: MeetingDetail, _ context: AppRequestContext) -> Layout {
        var layout = Layout(title: title, signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [
            (detail.partnership.name, SitePath.partnership(detail.partnership.slug).path),
            (detail.body.name, SitePath.body(partnership: detail.partnership.slug, body: detail.body.slug).path),
            (detail.meeting.date.long, detail.path)
        ]
        return layout
    }

    static func sign(_ page: SignPage, errors: FormErrors, chosen: String?, into w: inout HTMLWriter) {
        let d = page.detail
        w.errorSummary(errors)
        w.raw("<span class=\"caption\">")
        w.text(d.title)
        w.raw("</span>\n<h1>Sign the minutes</h1>\n")
        w.raw(
            "<p>The chair of the meeting that approved these minutes signs them as a correct record. Minutebook keeps who signed, when, and a SHA-256 fingerprint of the approved text, so anyone can check later that the text has not changed. Corrections recorded afterwards are separate notes and do not affect the signature.</p>\n"
        )
        w.raw("<p><a href=\"")
        w.text(SitePath.minutesDocument(partnership: d.partnership.slug, body: d.body.slug, date: d.meeting.date, format: "pdf").path)
        w.raw("\">Read the approved minutes (PDF)</a></p>\n")
        guard !page.signers.isEmpty else {
            w.raw(
                "<p class=\"notice\">Nobody is recorded as chairing the meeting that approved these minutes. Record the chair in that meeting's attendance first.</p>\n"
            )
            return
        }
        w.raw("<form method=\"post\" action=\"")
        w.text(SitePath.signMinutes(partnership: d.partnership.slug, body: d.body.slug, date: d.meeting.date).path)
        w.raw("\" novalidate>\n")
        w.csrfField(page.csrfToken)
        let own = page.ownPersonID.map(String.init)
        let selected =
            chosen
            ?? (page.signers.contains { String($0.personID) == own } ? own : (page.signers.count == 1 ? String(page.signers[0].personID) : nil))
        let signerError = page.signers.compactMap { errors.message(for: SignPage.signerField($0)) }.first
        w.raw(signerError == nil ? "<fieldset class=\"field\">\n" : "<fieldset class=\"field error\">\n")
        w.raw("<legend>Who is signing</legend>\n")
        if let signerError { w.raw("<p class=\"error-message\">"); w.text(signerError); w.raw("</p>\n") }
        for signer in page.signers {
            let id = SignPage.signerField(signer)
            w.raw("<div class=\"radio\"><input type=\"radio\" name=\"signer\" id=\"")
            w.text(id)
            w.raw("\" value=\"")
            w.text(String(signer.personID))
            w.raw(String(signer.personID) == selected ? "\" checked><label for=\"" : "\"><label for=\"")
            w.text(id)
            w.raw("\">")
            w.text("\(signer.name) (\(signer.capacity))")
            w.raw("</label></div>\n")
        }
        w.raw("</fieldset>\n")
        if let message = errors.message(for: "confirm") {
            w.raw("<div class=\"field error\"><p class=\"error-message\" id=\"confirm-error\">")
            w.text(message)
            w.raw("</p>")
        } else {
            w.raw("<div class=\"field\">")
        }
        w.raw("<div class=\"checkbox\"><input type=\"checkbox\" name=\"confirm\" value=\"1\" id=\"confirm\"")
        if errors.message(for: "confirm") != nil { w.raw(" aria-describedby=\"confirm-error\"") }
        w.raw("><label for=\"confirm\">I confirm these minutes were approved as a correct record")
        if let at = d.nextMeeting?.date, d.meeting.status == .minutesApproved { w.text(" (the next meeting was on \(at.long))") }
        w.raw("</label></div></div>\n<button type=\"submit\">Sign the minutes</button>\n</form>\n")
    }

    static func verification(_ d: MeetingDetail, _ result: MinutesVerification, into w: inout HTMLWriter) {
        let s = result.signature
        w.raw("<span class=\"caption\">")
        w.text(d.title)
        w.raw("</span>\n<h1>Verify the signed minutes</h1>\n")
        if result.matches {
            w.raw(
                "<div class=\"notice verified\" role=\"status\"><p><strong>Verified.</strong> The minutes stored now are exactly the text the chair signed.</p></div>\n"
            )
        } else {
            w.raw(
                "<div class=\"error-summary\" role=\"alert\"><h2>Not verified</h2><p>The minutes stored now differ from the text the chair signed: they have been changed outside Minutebook since they were signed.</p></div>\n"
            )
        }
        w.raw("<dl class=\"summary\">\n")
        w.summaryRow("Signed", "\(s.sentence) (\(s.signerName))")
        w.summaryRow("Signed at", s.signedAt)
        w.summaryRow("SHA-256 when signed", s.sha256)
        w.summaryRow("SHA-256 now", result.recomputed)
        w.summaryRow("Canonical form", "version \(s.canonicalVersion)")
        w.raw(
            "</dl>\n<h2>How to check it yourself</h2>\n<p>The fingerprint is the SHA-256 of the approved minutes written in Minutebook's canonical form: one field per line (the date, times and venue; each attendee; each minute with its text, decisions, actions, declarations of interest, votes with their roll call and post-meeting note), in recorded order, exactly as stored. The command <code>minutebook minutes verify</code> recomputes it from the database.</p>\n<p><a href=\""
        )
        w.text(d.path)
        w.raw("#minutes\">Back to the minutes</a></p>\n")
    }
}
