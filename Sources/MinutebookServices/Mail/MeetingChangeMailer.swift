import MinutebookCore

/// Tells a body's members that their meeting moved or was cancelled: one e-mail to each member with
/// an address on record (the web's change form and `minutebook meeting move|cancel` both send it).
public enum MeetingChangeMailer {
    public struct Outcome: Sendable, Equatable {
        /// E-mails handed to the SMTP server.
        public var sent: Int
        /// Members with no address on record, who were not told.
        public var withoutAddress: [String]
    }

    /// The subject line: "Riverside Board: the meeting of 12 March 2031 has moved" (or "is cancelled").
    public static func subject(body: String, date: LocalDate, change: MeetingChangeKind) -> String {
        "\(body): the meeting of \(date.long) " + (change == .cancelled ? "is cancelled" : "has moved")
    }

    public static func messages(to members: [PackMember], subject: String, change: MeetingChange) -> [MailMessage] {
        members.compactMap { member in
            guard let email = member.email else { return nil }
            return MailMessage(
                to: email, toName: member.name, subject: subject,
                body: "Dear \(member.name),\n\n\(change.sentence).\n\n"
                    + "Your calendar will update if you subscribed to the meeting calendar.\n")
        }
    }

    public static func send(
        to members: [PackMember], subject: String, change: MeetingChange,
        settings: MailSettings
    ) async throws -> Outcome {
        let messages = messages(to: members, subject: subject, change: change)
        let without = members.filter { $0.email == nil }.map(\.name)
        guard !messages.isEmpty else { return Outcome(sent: 0, withoutAddress: without) }
        let sent = try await SMTPClient(configuration: settings.smtp).send(messages)
        return Outcome(sent: sent, withoutAddress: without)
    }
}
