import ArgumentParser
import Foundation
import MinutebookCore
import MinutebookServices

/// The mail settings a command takes as flags; each overrides the environment variable of the same
/// meaning (see `SMTPConfiguration` and `MailSettings`). The password is never a flag (it would show
/// in the process list): it comes from MINUTEBOOK_SMTP_PASSWORD or a file.
struct MailOptions: ParsableArguments {
    @Option(name: .customLong("smtp-host"), help: "Mail server host (or MINUTEBOOK_SMTP_HOST).")
    var smtpHost: String?
    @Option(name: .customLong("smtp-port"), help: "Mail server port (or MINUTEBOOK_SMTP_PORT; default 25, 587 with starttls, 465 with tls).")
    var smtpPort: String?
    @Option(name: .customLong("smtp-security"), help: "none, starttls or tls (or MINUTEBOOK_SMTP_SECURITY).")
    var smtpSecurity: String?
    @Option(name: .customLong("smtp-user"), help: "User name for AUTH (or MINUTEBOOK_SMTP_USER).")
    var smtpUser: String?
    @Option(
        name: .customLong("smtp-password-file"),
        help: "File whose first line is the SMTP password (or MINUTEBOOK_SMTP_PASSWORD_FILE, or the password in MINUTEBOOK_SMTP_PASSWORD).")
    var smtpPasswordFile: String?
    @Option(name: .customLong("smtp-auth"), help: "auto, plain or login (or MINUTEBOOK_SMTP_AUTH).")
    var smtpAuth: String?
    @Option(name: .customLong("smtp-ca-file"), help: "PEM certificates to trust for the mail server (or MINUTEBOOK_SMTP_CA_FILE).")
    var smtpCAFile: String?
    @Option(name: .customLong("mail-from"), help: "Sender address (or MINUTEBOOK_MAIL_FROM).")
    var mailFrom: String?
    @Option(name: .customLong("base-url"), help: "The site's address for links in emails, feeds, the sitemap and open data (or MINUTEBOOK_BASE_URL).")
    var baseURL: String?

    /// The process environment with these flags laid over it.
    func environment(adding extra: [String: String?] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let flags: [String: String?] = [
            SMTPConfiguration.Key.host.rawValue: smtpHost, SMTPConfiguration.Key.port.rawValue: smtpPort,
            SMTPConfiguration.Key.security.rawValue: smtpSecurity, SMTPConfiguration.Key.user.rawValue: smtpUser,
            SMTPConfiguration.Key.passwordFile.rawValue: smtpPasswordFile, SMTPConfiguration.Key.auth.rawValue: smtpAuth,
            SMTPConfiguration.Key.caFile.rawValue: smtpCAFile, SMTPConfiguration.Key.from.rawValue: mailFrom,
            MailSettings.Key.baseURL.rawValue: baseURL
        ]
        for (key, value) in flags.merging(extra, uniquingKeysWith: { $1 }) {
            if let value { environment[key] = value }
        }
        // A password file given as a flag wins over a password in the environment.
        if smtpPasswordFile != nil { environment[SMTPConfiguration.Key.password.rawValue] = nil }
        return environment
    }

    /// The settings, or nil when no SMTP host is configured.
    func settings(defaultBaseURL: String? = nil, adding extra: [String: String?] = [:]) throws -> MailSettings? {
        try MailSettings.from(environment: environment(adding: extra), defaultBaseURL: defaultBaseURL)
    }

    /// The settings, or a clear error naming what to set.
    func requiredSettings(adding extra: [String: String?] = [:]) throws -> MailSettings {
        guard let settings = try settings(adding: extra) else {
            throw DomainError.invalid("set --smtp-host or MINUTEBOOK_SMTP_HOST (and the port, security and sender) to send email")
        }
        return settings
    }
}
