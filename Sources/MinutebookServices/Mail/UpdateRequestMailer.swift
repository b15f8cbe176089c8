import Foundation
import MinutebookCore

/// "Request updates": one email per owner listing their outstanding actions, with their personal link.
public struct UpdateRequestMailer: Sendable {
    public let requests: any UpdateRequestRepository
    public let mailer: PersonalLinkMailer

    /// `baseURL`: the site's address as owners reach it ("https://minutebook.example.org").
    public init(requests: any UpdateRequestRepository, smtp: SMTPClient, baseURL: String) {
        self.requests = requests
        self.mailer = PersonalLinkMailer(smtp: smtp, baseURL: baseURL)
    }

    /// Creates the links and sends the emails; returns the emails the server accepted. When the mail
    /// server refuses, the links just made are withdrawn and the error is thrown (`PersonalLinkMailer`).
    @discardableResult
    public func send(
        meetingID: Int64, kind: UpdateRequestKind, validForDays: Int,
        by editor: ActionEditor
    ) async throws -> [UpdateRequestMail] {
        let mails = try await requests.createRequests(meetingID: meetingID, kind: kind, validForDays: validForDays, by: editor)
        try await deliver(mails, kind: kind, by: editor)
        return mails
    }

    /// Sends the emails of links just made (`createRequests`); on a refusal withdraws them and throws.
    public func deliver(_ mails: [UpdateRequestMail], kind: UpdateRequestKind, by editor: ActionEditor) async throws {
        let requests = self.requests
        _ = try await mailer.send(mails.map { Self.letter(for: $0, kind: kind) }) { tokens in
            try await requests.withdraw(tokens: tokens, by: editor)
        }
    }

    public static func message(for mail: UpdateRequestMail, kind: UpdateRequestKind, baseURL: String) -> MailMessage {
        letter(for: mail, kind: kind).message(baseURL: baseURL)
    }

    public static func letter(for mail: UpdateRequestMail, kind: UpdateRequestKind) -> PersonalLinkLetter {
        var request =
            kind == .reminder
            ? "A reminder: the \(mail.bodyName) meets on \(mail.meetingDate.longWithWeekday) and we have not yet had your update.\n\n"
            : "The \(mail.bodyName) meets on \(mail.meetingDate.longWithWeekday). We are preparing the Matters Arising report and would be grateful for an update on "
                + (mail.actions.count == 1 ? "your action" : "your \(mail.actions.count) actions") + ":\n\n"
        for action in mail.actions {
            request += "* \(action.minuteLabel): \(action.title)\n"
            request += "  Resolved: \(action.resolved)\n"
            if let latest = action.latestUpdate { request += "  Latest update: \(latest)\n" }
            request += "\n"
        }
        return PersonalLinkLetter(
            to: mail.email, toName: mail.name,
            subject: (kind == .reminder ? "Reminder: " : "") + "Update requested: \(mail.bodyName), \(mail.meetingDate.long)",
            request: request, invitation: "Please type your updates here", link: .updates(token: mail.token),
            terms: "The link is personal to you and shows only your actions. It works once and expires on \(mail.expires.prefix(10)).",
            ifSomeoneElse: "If you have moved on from this role, please reply and tell us who has taken it over.")
    }
}
