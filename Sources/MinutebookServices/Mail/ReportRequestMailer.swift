import Foundation
import MinutebookCore

/// "Request the report": one email to the sub-group's chair with the personal link, through the one
/// SMTP client of the application.
public struct ReportRequestMailer: Sendable {
    public let requests: any ReportRequestRepository
    public let mailer: PersonalLinkMailer

    public init(requests: any ReportRequestRepository, smtp: SMTPClient, baseURL: String) {
        self.requests = requests
        self.mailer = PersonalLinkMailer(smtp: smtp, baseURL: baseURL)
    }

    /// Creates the link and sends the email; returns the address it went to. When the mail server
    /// refuses, the link just made is withdrawn and the error is thrown (`PersonalLinkMailer`).
    public func send(subGroupID: Int64, meetingID: Int64, today: LocalDate, by editor: Editor) async throws -> String {
        let mail = try await requests.createRequest(subGroupID: subGroupID, meetingID: meetingID, today: today, by: editor)
        let requests = self.requests
        _ = try await mailer.send([Self.letter(for: mail)]) { tokens in
            try await requests.withdraw(tokens: tokens, by: editor)
        }
        return mail.email
    }

    public static func message(for mail: ReportRequestMail, baseURL: String) -> MailMessage {
        letter(for: mail).message(baseURL: baseURL)
    }

    public static func letter(for mail: ReportRequestMail) -> PersonalLinkLetter {
        var request = "The \(mail.boardName) meets on \(mail.meetingDate.longWithWeekday). As chair of the \(mail.subGroupName), "
        request += "please file the sub-group's report by \(mail.deadline.longWithWeekday).\n\n"
        request += "The report has the usual headings: author, date of the last board, operational update, strategic update, "
        request += "action plan update, and any action for the partnership (each becomes a proposed resolution of the board).\n\n"
        return PersonalLinkLetter(
            to: mail.email, toName: mail.name,
            subject: "Report requested: \(mail.subGroupName) to the \(mail.boardName), \(mail.meetingDate.long)",
            request: request, invitation: "Please fill it in here", link: .report(token: mail.token),
            terms: "The link is personal to you. It works once and expires at the end of \(mail.deadline.long).",
            ifSomeoneElse: "If you no longer chair the group, please reply and tell us who does.")
    }
}
