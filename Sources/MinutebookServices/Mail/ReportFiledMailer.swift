import MinutebookCore

/// Tells the board's secretariat that a sub-group has filed its report: one e-mail to each holder of
/// the board's secretariat seats with an address (else the partnership's contact address), with the
/// link to the report, whether the chair filed through the personal link or signed in.
public enum ReportFiledMailer {
    /// "Report filed: Anti-social Behaviour Group to the Brookfield Safety Board, 12 March 2031".
    public static func subject(_ notice: ReportFiledNotice) -> String {
        "Report filed: \(notice.subGroupName) to the \(notice.boardName), \(notice.meetingDate.long)"
    }

    /// The site's address of the report, as the secretariat reaches it.
    public static func link(_ notice: ReportFiledNotice, baseURL: String) -> String {
        "\(baseURL)/p/\(notice.partnershipSlug)/reports/\(notice.reportID)"
    }

    public static func messages(_ notice: ReportFiledNotice, baseURL: String) -> [MailMessage] {
        var text = "The \(notice.subGroupName) has filed its report for the \(notice.boardName) meeting on "
        text += "\(notice.meetingDate.longWithWeekday)"
        if !notice.author.isEmpty { text += " (author: \(notice.author))" }
        if let filed = notice.filedOn { text += ", on \(filed.long)" }
        text += ".\n\nRead it, and put it on the board's agenda, here:\n\(link(notice, baseURL: baseURL))\n"
        return notice.recipients.compactMap { member in
            guard let email = member.email else { return nil }
            return MailMessage(to: email, toName: member.name, subject: subject(notice), body: "Dear \(member.name),\n\n" + text)
        }
    }

    /// Sends the e-mails; returns how many the server accepted (0 when nobody has an address).
    public static func send(_ notice: ReportFiledNotice, settings: MailSettings) async throws -> Int {
        let messages = messages(notice, baseURL: settings.baseURL)
        guard !messages.isEmpty else { return 0 }
        return try await SMTPClient(configuration: settings.smtp).send(messages)
    }
}
