import Foundation
import MinutebookCore

/// Where and how to send mail: the settings of the one SMTP client, for `serve` and the CLI alike.
///
/// Read from the environment (a command's flags override it under the same names):
/// `MINUTEBOOK_SMTP_HOST`, `MINUTEBOOK_SMTP_PORT`, `MINUTEBOOK_SMTP_SECURITY` (none | starttls | tls),
/// `MINUTEBOOK_SMTP_USER`, `MINUTEBOOK_SMTP_PASSWORD` or `MINUTEBOOK_SMTP_PASSWORD_FILE`,
/// `MINUTEBOOK_SMTP_AUTH` (auto | plain | login), `MINUTEBOOK_SMTP_CA_FILE` (PEM roots to trust instead
/// of the system's), `MINUTEBOOK_MAIL_FROM`. The password never appears in a description or a log.
public struct SMTPConfiguration: Sendable, Equatable, CustomStringConvertible {
    public enum Security: String, Sendable, CaseIterable {
        /// Plain SMTP (a relay on the same host).
        case none
        /// Plain connection upgraded with STARTTLS before anything else is sent (port 587).
        case startTLS = "starttls"
        /// TLS from the first byte (SMTPS, port 465).
        case tls
    }

    /// How to log in when credentials are set.
    public enum AuthMechanism: String, Sendable, CaseIterable {
        /// PLAIN when the server offers it, else LOGIN.
        case automatic = "auto"
        case plain
        case login
    }

    public var host: String
    public var port: Int
    public var security: Security
    public var username: String?
    public var password: String?
    public var authMechanism: AuthMechanism
    /// A PEM file of certificates to trust for the server (a private CA or a self-signed server).
    public var caFile: String?
    public var from: String
    /// The name this client gives in EHLO.
    public var clientName: String

    public init(
        host: String, port: Int, security: Security = .none, username: String? = nil, password: String? = nil,
        authMechanism: AuthMechanism = .automatic, caFile: String? = nil, from: String,
        clientName: String = "minutebook.localhost"
    ) {
        self.host = host
        self.port = port
        self.security = security
        self.username = username
        self.password = password
        self.authMechanism = authMechanism
        self.caFile = caFile
        self.from = from
        self.clientName = clientName
    }

    /// "smtp starttls://mail.example.org:587 as clerk (password set), from minutebook@example.org"
    public var description: String {
        let scheme: String =
            switch security {
            case .none: "smtp"
            case .startTLS: "smtp+starttls"
            case .tls: "smtps"
            }
        var text = "\(scheme)://\(host):\(port)"
        if let username { text += " as \(username)" + (password == nil ? "" : " (password set)") }
        if let caFile { text += ", trusting \(caFile)" }
        return text + ", from \(from)"
    }

    /// Whether `host` is this machine: credentials may cross a loopback connection without TLS.
    public var isLoopback: Bool { ["localhost", "127.0.0.1", "::1"].contains(host.lowercased()) }

    /// The environment names a command's flags may set.
    public enum Key: String, CaseIterable, Sendable {
        case host = "MINUTEBOOK_SMTP_HOST"
        case port = "MINUTEBOOK_SMTP_PORT"
        case security = "MINUTEBOOK_SMTP_SECURITY"
        case user = "MINUTEBOOK_SMTP_USER"
        case password = "MINUTEBOOK_SMTP_PASSWORD"
        case passwordFile = "MINUTEBOOK_SMTP_PASSWORD_FILE"
        case auth = "MINUTEBOOK_SMTP_AUTH"
        case caFile = "MINUTEBOOK_SMTP_CA_FILE"
        case from = "MINUTEBOOK_MAIL_FROM"
    }

    /// The configuration in `environment`, or nil when no host is set. Every bad value is one clear error.
    public static func from(environment: [String: String]) throws -> SMTPConfiguration? {
        func value(_ key: Key) -> String? {
            guard let text = environment[key.rawValue]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            return text
        }
        guard let host = value(.host) else { return nil }
        guard !host.contains(where: { $0.isWhitespace || $0 == "/" }) else {
            throw DomainError.invalid("\(Key.host.rawValue) must be a host name or address (not '\(host)')")
        }
        let securityText = value(.security) ?? "none"
        guard let security = Security(rawValue: securityText.lowercased()) else {
            throw DomainError.invalid("\(Key.security.rawValue) must be none, starttls or tls (not '\(securityText)')")
        }
        let portText = value(.port) ?? (security == .tls ? "465" : security == .startTLS ? "587" : "25")
        guard let port = Int(portText), (1...65535).contains(port) else {
            throw DomainError.invalid("\(Key.port.rawValue) must be a port number (not '\(portText)')")
        }
        let authText = value(.auth) ?? "auto"
        guard let mechanism = AuthMechanism(rawValue: authText.lowercased()) else {
            throw DomainError.invalid("\(Key.auth.rawValue) must be auto, plain or login (not '\(authText)')")
        }
        let from = value(.from) ?? "minutebook@localhost"
        guard MailMessage.isPlausibleAddress(from) else { throw DomainError.invalid("\(Key.from.rawValue) is not an email address") }
        let password = try self.password(environment[Key.password.rawValue], file: value(.passwordFile))
        let username = value(.user)
        if username != nil && password == nil {
            throw DomainError.invalid(
                "\(Key.user.rawValue) is set: give the password in \(Key.password.rawValue) or a file named by \(Key.passwordFile.rawValue)")
        }
        if username == nil && password != nil {
            throw DomainError.invalid("a mail server password is set without \(Key.user.rawValue)")
        }
        var caFile: String?
        if let path = value(.caFile) {
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw DomainError.invalid("\(Key.caFile.rawValue): cannot read \(path)")
            }
            caFile = path
        }
        let configuration = SMTPConfiguration(
            host: host, port: port, security: security, username: username, password: password,
            authMechanism: mechanism, caFile: caFile, from: from)
        if username != nil && security == .none && !configuration.isLoopback {
            throw DomainError.invalid("a password is only sent over TLS: set \(Key.security.rawValue) to starttls or tls for \(host)")
        }
        return configuration
    }

    /// The password from the variable or from the first line of the file; never both.
    public static func password(_ inline: String?, file: String?) throws -> String? {
        switch (inline.flatMap { $0.isEmpty ? nil : $0 }, file) {
        case (nil, nil): return nil
        case (_?, _?): throw DomainError.invalid("set \(Key.password.rawValue) or \(Key.passwordFile.rawValue), not both")
        case (let text?, nil): return text
        case (nil, let path?):
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                throw DomainError.invalid("\(Key.passwordFile.rawValue): cannot read \(path)")
            }
            let line = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let password = line.hasSuffix("\r") ? String(line.dropLast()) : line
            guard !password.isEmpty else { throw DomainError.invalid("\(Key.passwordFile.rawValue): \(path) is empty") }
            return password
        }
    }
}
