import Foundation
import MinutebookCore
import NIOCore
import NIOPosix
import NIOSSL

/// A plain-text email.
public struct MailMessage: Sendable, Equatable {
    public var to: String
    public var toName: String
    public var subject: String
    public var body: String

    public init(to: String, toName: String, subject: String, body: String) {
        self.to = to
        self.toName = toName
        self.subject = subject
        self.body = body
    }

    /// An address SMTP can carry: one @, no spaces, angle brackets or line breaks.
    public static func isPlausibleAddress(_ address: String) -> Bool {
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty
            && !address.contains { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "," || $0 == ";" }
    }

    /// The message as sent after DATA: headers, a base64 body, dot-stuffed, CRLF line ends.
    public func rendered(from: String, date: Date = Date(), messageID: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        var lines = [
            "From: Minutebook <\(from)>",
            "To: \(Self.encodedWord(toName)) <\(to)>",
            "Subject: \(Self.encodedWord(subject))",
            "Date: \(formatter.string(from: date))",
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            ""
        ]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString()
        var index = encoded.startIndex
        while index < encoded.endIndex {
            let end = encoded.index(index, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[index..<end]))
            index = end
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A header value as an RFC 2047 encoded word when it is not plain printable ASCII.
    public static func encodedWord(_ text: String) -> String {
        let clean = text.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" }) { return clean }
        return "=?UTF-8?B?\(Data(clean.utf8).base64EncodedString())?="
    }
}

/// A small SMTP client on SwiftNIO: one connection per batch, EHLO, optional STARTTLS or implicit
/// TLS, optional AUTH PLAIN, then MAIL/RCPT/DATA per message. Any refusal ends the batch with the
/// server's reply in the error.
public struct SMTPClient: Sendable {
    public let configuration: SMTPConfiguration

    public init(configuration: SMTPConfiguration) { self.configuration = configuration }

    /// Sends every message over one connection; returns how many the server accepted.
    public func send(_ messages: [MailMessage]) async throws -> Int {
        guard !messages.isEmpty else { return 0 }
        for message in messages where !MailMessage.isPlausibleAddress(message.to) {
            throw DomainError.invalid("'\(message.to)' is not an email address")
        }
        let configuration = self.configuration
        return try await withThrowingTaskGroup(of: Int.self) { group in
            group.addTask { try await SMTPSession(configuration: configuration).run(messages) }
            group.addTask {
                try await Task.sleep(for: .seconds(60))
                throw DomainError.invalid("the mail server at \(configuration.host):\(configuration.port) did not answer in time")
            }
            guard let sent = try await group.next() else { return 0 }
            group.cancelAll()
            return sent
        }
    }
}
