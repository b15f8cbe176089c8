import Foundation
import MinutebookCore
import MinutebookServices
import Testing

@testable import MinutebookWeb

@Suite("SMTP settings from the environment")
struct SMTPConfigurationTests {
    static let base = ["MINUTEBOOK_SMTP_HOST": "mail.fenwick.example", "MINUTEBOOK_MAIL_FROM": "clerk@fenwick.example"]

    func configuration(_ extra: [String: String]) throws -> SMTPConfiguration? {
        try SMTPConfiguration.from(environment: Self.base.merging(extra) { $1 })
    }

    @Test("no host means no mail")
    func noHost() throws {
        #expect(try SMTPConfiguration.from(environment: ["MINUTEBOOK_MAIL_FROM": "a@b.example"]) == nil)
        #expect(try MailSettings.from(environment: [:]) == nil)
    }

    @Test("the port defaults by security", arguments: zip(["none", "starttls", "tls", "STARTTLS"], [25, 587, 465, 587]))
    func defaultPorts(security: String, port: Int) throws {
        let found = try #require(try configuration(["MINUTEBOOK_SMTP_SECURITY": security]))
        #expect(found.port == port)
    }

    @Test("every setting is read", arguments: [SMTPConfiguration.AuthMechanism.automatic, .plain, .login])
    func everySetting(mechanism: SMTPConfiguration.AuthMechanism) throws {
        let found = try #require(
            try configuration([
                "MINUTEBOOK_SMTP_PORT": "2525", "MINUTEBOOK_SMTP_SECURITY": "starttls", "MINUTEBOOK_SMTP_USER": "clerk",
                "MINUTEBOOK_SMTP_PASSWORD": "s3cret-Wren", "MINUTEBOOK_SMTP_AUTH": mechanism.rawValue
            ]))
        #expect(
            found
                == SMTPConfiguration(
                    host: "mail.fenwick.example", port: 2525, security: .startTLS, username: "clerk",
                    password: "s3cret-Wren", authMechanism: mechanism, from: "clerk@fenwick.example"))
    }

    @Test("the password never appears in the description")
    func passwordNotEchoed() throws {
        let found = try #require(
            try configuration([
                "MINUTEBOOK_SMTP_SECURITY": "tls", "MINUTEBOOK_SMTP_USER": "clerk", "MINUTEBOOK_SMTP_PASSWORD": "s3cret-Wren"
            ]))
        #expect(!"\(found)".contains("s3cret-Wren"))
        #expect("\(found)" == "smtps://mail.fenwick.example:465 as clerk (password set), from clerk@fenwick.example")
        let settings = try #require(
            try MailSettings.from(
                environment: Self.base.merging([
                    "MINUTEBOOK_SMTP_SECURITY": "tls", "MINUTEBOOK_SMTP_USER": "clerk", "MINUTEBOOK_SMTP_PASSWORD": "s3cret-Wren",
                    "MINUTEBOOK_BASE_URL": "https://minutes.fenwick.example/"
                ]) { $1 }))
        #expect(!"\(settings)".contains("s3cret-Wren"))
        #expect(!String(reflecting: settings).contains("s3cret-Wren"))
        #expect(settings.baseURL == "https://minutes.fenwick.example")
    }

    @Test("the password comes from the first line of a file")
    func passwordFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-\(UUID().uuidString).txt")
        try "Marsh-Harrier 9\nsecond line\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let found = try #require(
            try configuration([
                "MINUTEBOOK_SMTP_SECURITY": "starttls", "MINUTEBOOK_SMTP_USER": "clerk", "MINUTEBOOK_SMTP_PASSWORD_FILE": file.path
            ]))
        #expect(found.password == "Marsh-Harrier 9")
    }

    @Test(
        "bad settings are one clear error each",
        arguments: [
            (["MINUTEBOOK_SMTP_SECURITY": "ssl"], "must be none, starttls or tls"),
            (["MINUTEBOOK_SMTP_PORT": "70000"], "must be a port number"),
            (["MINUTEBOOK_SMTP_PORT": "smtp"], "must be a port number"),
            (["MINUTEBOOK_SMTP_AUTH": "cram-md5"], "must be auto, plain or login"),
            (["MINUTEBOOK_MAIL_FROM": "clerk at fenwick"], "is not an email address"),
            (["MINUTEBOOK_SMTP_USER": "clerk", "MINUTEBOOK_SMTP_SECURITY": "tls"], "give the password"),
            (["MINUTEBOOK_SMTP_PASSWORD": "x", "MINUTEBOOK_SMTP_SECURITY": "tls"], "without MINUTEBOOK_SMTP_USER"),
            (["MINUTEBOOK_SMTP_USER": "clerk", "MINUTEBOOK_SMTP_PASSWORD": "x"], "only sent over TLS"),
            (
                [
                    "MINUTEBOOK_SMTP_USER": "clerk", "MINUTEBOOK_SMTP_PASSWORD": "x", "MINUTEBOOK_SMTP_PASSWORD_FILE": "/etc/hostname",
                    "MINUTEBOOK_SMTP_SECURITY": "tls"
                ], "not both"
            ),
            (
                [
                    "MINUTEBOOK_SMTP_USER": "clerk", "MINUTEBOOK_SMTP_PASSWORD_FILE": "/nonexistent/smtp-password",
                    "MINUTEBOOK_SMTP_SECURITY": "tls"
                ], "cannot read /nonexistent/smtp-password"
            ),
            (["MINUTEBOOK_SMTP_CA_FILE": "/nonexistent/ca.pem"], "cannot read /nonexistent/ca.pem"),
            (["MINUTEBOOK_SMTP_HOST": "mail host"], "must be a host name")
        ])
    func badSettings(extra: [String: String], message: String) throws {
        let error = #expect(throws: DomainError.self) { try configuration(extra) }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test("credentials may cross a loopback connection without TLS")
    func loopbackWithoutTLS() throws {
        let found = try #require(
            try configuration([
                "MINUTEBOOK_SMTP_HOST": "127.0.0.1", "MINUTEBOOK_SMTP_USER": "relay",
                "MINUTEBOOK_SMTP_PASSWORD": "x"
            ]))
        #expect(found.security == .none && found.username == "relay")
    }

    @Test(
        "mail settings need the site's address and sensible numbers",
        arguments: [
            ([:], "give the site's address"),
            (["MINUTEBOOK_BASE_URL": "minutes.fenwick.example"], "must look like https://"),
            (["MINUTEBOOK_BASE_URL": "https://minutes.fenwick.example/?x=1"], "must look like https://"),
            (["MINUTEBOOK_BASE_URL": "https://m.example", "MINUTEBOOK_REMINDER_WORKING_DAYS": "-1"], "from 0 to 30"),
            (["MINUTEBOOK_BASE_URL": "https://m.example", "MINUTEBOOK_LINK_VALID_DAYS": "365"], "from 1 to 60")
        ])
    func badMailSettings(extra: [String: String], message: String) throws {
        let error = #expect(throws: DomainError.self) { try MailSettings.from(environment: Self.base.merging(extra) { $1 }) }
        #expect(error?.message.contains(message) == true, "\(error?.message ?? "")")
    }

    @Test("reminders default to five working days; 0 turns them off")
    func reminderDays() throws {
        let on = try #require(try MailSettings.from(environment: Self.base, defaultBaseURL: "http://127.0.0.1:8080"))
        #expect(on.reminderWorkingDays == 5 && on.linkValidDays == 14 && on.baseURL == "http://127.0.0.1:8080")
        let off = try #require(
            try MailSettings.from(
                environment: Self.base.merging(["MINUTEBOOK_REMINDER_WORKING_DAYS": "0"]) { $1 },
                defaultBaseURL: "http://127.0.0.1:8080"))
        #expect(off.reminderWorkingDays == nil)
    }

    @Test(
        "the login mechanism follows what the server offers",
        arguments: [
            (SMTPConfiguration.AuthMechanism.automatic, ["SIZE 1000", "AUTH LOGIN PLAIN"], SMTPConfiguration.AuthMechanism?.some(.plain)),
            (.automatic, ["AUTH LOGIN"], .login),
            (.automatic, ["AUTH=LOGIN"], .login),
            (.login, ["AUTH PLAIN LOGIN"], .login),
            (.plain, ["AUTH LOGIN"], nil),
            (.automatic, ["AUTH CRAM-MD5"], nil),
            (.automatic, ["STARTTLS"], nil)
        ])
    func mechanism(wanted: SMTPConfiguration.AuthMechanism, offered: [String], chosen: SMTPConfiguration.AuthMechanism?) {
        #expect((try? SMTPSession.mechanism(wanted, offered: offered)) == chosen)
    }
}
