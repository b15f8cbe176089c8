import Foundation
import MinutebookCore

/// "Request updates": one email per owner listing their outstanding actions, with their personal link.
public struct UpdateRequestMailer: Sendable {
    public let requests: any UpdateRequestRepository
    public let smtp: SMTPClient
    /// The site's address as owners reach it ("https://minutebook.example.org").
    public let baseURL: String

    public init(requests: any UpdateRequestRepository, smtp: SMTPClient, baseURL: String) {
        self.requests = requests
        self.smtp = smtp
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
    }

    /// Creates the links and sends the emails; returns how many emails the server accepted. When the
    /// mail server refuses, the links just made are withdrawn (a link nobody was sent must not work)
    /// and the error is thrown: sending again makes fresh ones.
    public func send(meetingID: Int64, kind: UpdateRequestKind, validForDays: Int, by editor: ActionEditor) async throws -> Int {
        let mails = try await requests.createRequests(meetingID: meetingID, kind: kind, validForDays: validForDays, by: editor)
        do {
            return try await smtp.send(mails.map { Self.message(for: $0, kind: kind, baseURL: baseURL) })
        } catch {
            _ = try? await requests.withdraw(tokens: mails.map(\.token), by: editor)
            throw error
        }
    }

    /// The link in the email.
    public static func link(token: String, baseURL: String) -> String { "\(baseURL)/updates/\(token)" }

    public static func message(for mail: UpdateRequestMail, kind: UpdateRequestKind, baseURL: String) -> MailMessage {
        var body = "Dear \(mail.name),\n\n"
        body += kind == .reminder
            ? "A reminder: the \(mail.bodyName) meets on \(mail.meetingDate.longWithWeekday) and we have not yet had your update.\n\n"
            : "The \(mail.bodyName) meets on \(mail.meetingDate.longWithWeekday). We are preparing the Matters Arising report and would be grateful for an update on "
                + (mail.actions.count == 1 ? "your action" : "your \(mail.actions.count) actions") + ":\n\n"
        for action in mail.actions {
            body += "* \(action.minuteLabel): \(action.title)\n"
            body += "  Resolved: \(action.resolved)\n"
            if let latest = action.latestUpdate { body += "  Latest update: \(latest)\n" }
            body += "\n"
        }
        body += "Please type your updates here (no account or password needed):\n\(link(token: mail.token, baseURL: baseURL))\n\n"
        body += "The link is personal to you and shows only your actions. It works once and expires on \(mail.expires.prefix(10)).\n"
        body += "If you have moved on from this role, please reply and tell us who has taken it over.\n"
        let subject = (kind == .reminder ? "Reminder: " : "") + "Update requested: \(mail.bodyName), \(mail.meetingDate.long)"
        return MailMessage(to: mail.email, toName: mail.name, subject: subject, body: body)
    }
}
