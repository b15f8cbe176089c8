import Foundation
import MinutebookCore

/// Everything the app needs to send mail: the SMTP server, the site's address for links in the emails,
/// how long links stay valid, and when reminders go out. `AppConfiguration.mail` is nil when no SMTP
/// host is configured: then nothing is sent and the pages say so.
///
/// Environment (flags of `serve` override it): the SMTP names of `SMTPConfiguration`, plus
/// `MINUTEBOOK_BASE_URL`, `MINUTEBOOK_LINK_VALID_DAYS`, `MINUTEBOOK_REMINDER_WORKING_DAYS` (0 turns
/// automatic reminders off) and `MINUTEBOOK_REMINDER_CHECK_SECONDS` (how often the scheduler wakes).
public struct MailSettings: Sendable, Equatable {
    public var smtp: SMTPConfiguration
    /// The site's address as recipients reach it ("https://minutebook.example.org"), without a trailing slash.
    public var baseURL: String
    /// Days an emailed update link stays valid.
    public var linkValidDays: Int
    /// Reminders go out this many working days before each meeting; nil: no automatic reminders.
    public var reminderWorkingDays: Int?
    /// How often `serve`'s reminder scheduler wakes to look for due reminders.
    public var reminderCheckSeconds: Int

    public init(
        smtp: SMTPConfiguration, baseURL: String, linkValidDays: Int = 14, reminderWorkingDays: Int? = 5,
        reminderCheckSeconds: Int = 3600
    ) {
        self.reminderCheckSeconds = reminderCheckSeconds
        self.smtp = smtp
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.linkValidDays = linkValidDays
        self.reminderWorkingDays = reminderWorkingDays
    }

    public enum Key: String, CaseIterable, Sendable {
        case baseURL = "MINUTEBOOK_BASE_URL"
        case linkValidDays = "MINUTEBOOK_LINK_VALID_DAYS"
        case reminderWorkingDays = "MINUTEBOOK_REMINDER_WORKING_DAYS"
        case reminderCheckSeconds = "MINUTEBOOK_REMINDER_CHECK_SECONDS"
    }

    /// The settings in `environment`, or nil when no SMTP host is set. `defaultBaseURL` stands in when
    /// `MINUTEBOOK_BASE_URL` is unset (serve passes its own address when it listens on a specific one).
    public static func from(environment: [String: String], defaultBaseURL: String? = nil) throws -> MailSettings? {
        guard let smtp = try SMTPConfiguration.from(environment: environment) else { return nil }
        guard let url = nonEmpty(environment[Key.baseURL.rawValue]) ?? defaultBaseURL else {
            throw DomainError.invalid("give the site's address for links in emails with --base-url or \(Key.baseURL.rawValue)")
        }
        let baseURL = try validatedBaseURL(url)
        let validDays = try integer(environment, .linkValidDays, default: 14, in: 1...60)
        let workingDays = try integer(environment, .reminderWorkingDays, default: 5, in: 0...30)
        let check = try integer(environment, .reminderCheckSeconds, default: 3600, in: 1...86_400)
        return MailSettings(
            smtp: smtp, baseURL: baseURL, linkValidDays: validDays, reminderWorkingDays: workingDays == 0 ? nil : workingDays,
            reminderCheckSeconds: check)
    }

    /// An http(s) address with a host and no query, fragment or spaces.
    public static func validatedBaseURL(_ text: String) throws -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("http://") || trimmed.hasPrefix("https://"),
            let url = URL(string: trimmed), let host = url.host, !host.isEmpty,
            url.query == nil, url.fragment == nil, !trimmed.contains(where: \.isWhitespace)
        else {
            throw DomainError.invalid("the site's address must look like https://minutebook.example.org (not '\(text)')")
        }
        return trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
    }

    public static func nonEmpty(_ text: String?) -> String? {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        return text
    }

    public static func integer(_ environment: [String: String], _ key: Key, default value: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = nonEmpty(environment[key.rawValue]) else { return value }
        guard let number = Int(text), range.contains(number) else {
            throw DomainError.invalid("\(key.rawValue) must be a whole number from \(range.lowerBound) to \(range.upperBound) (not '\(text)')")
        }
        return number
    }
}
