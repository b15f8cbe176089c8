import Foundation
import MinutebookCore

/// "Request the report": one email to the sub-group's chair with the personal link, through the one
/// SMTP client of the application.
public struct ReportRequestMailer: Sendable {
    public let requests: any ReportRequestRepository
    public let smtp: SMTPClient
    public let baseURL: String

    public init(requests: any ReportRequestRepository, smtp: SMTPClient, baseURL: String) {
        self.requests = requests
        self.smtp = smtp
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    /// Creates the link and sends the email; returns the address it went to.
    public func send(subGroupID: Int64, meetingID: Int64, today: LocalDate, by editor: Editor) async throws -> String {
        let mail = try await requests.createRequest(subGroupID: subGroupID, meetingID: meetingID, today: today, by: editor)
        _ = try await smtp.send([Self.message(for: mail, baseURL: baseURL)])
        return mail.email
    }

    public static func link(token: String, baseURL: String) -> String {
        "\(baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL)/report-links/\(token)"
    }

    public static func message(for mail: ReportRequestMail, baseURL: String) -> MailMessage {
        var body = "Dear \(mail.name),\n\n"
        body += "The \(mail.boardName) meets on \(mail.meetingDate.longWithWeekday). As chair of the \(mail.subGroupName), "
        body += "please file the sub-group's report by \(mail.deadline.longWithWeekday).\n\n"
        body += "The report has the usual headings: author, date of the last board, operational update, strategic update, "
        body += "action plan update, and any action for the partnership (each becomes a proposed resolution of the board).\n\n"
        body += "Please fill it in here (no account or password needed):\n\(link(token: mail.token, baseURL: baseURL))\n\n"
        body += "The link is personal to you. It works once and expires at the end of \(mail.deadline.long).\n"
        body += "If you no longer chair the group, please reply and tell us who does.\n"
        return MailMessage(to: mail.email, toName: mail.name, subject: "Report requested: \(mail.subGroupName) to the \(mail.boardName), \(mail.meetingDate.long)",
                           body: body)
    }
}
