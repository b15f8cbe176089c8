/// Sends personal-link letters through the application's SMTP client, with the one rule for a refusal:
/// when the mail server refuses, every link just made is withdrawn (a link nobody was sent must not
/// work) and the error is thrown; sending again makes fresh ones.
public struct PersonalLinkMailer: Sendable {
    public let smtp: SMTPClient
    /// The site's address as recipients reach it, by `PersonalLink.siteAddress`'s rule.
    public let baseURL: String

    public init(smtp: SMTPClient, baseURL: String) {
        self.smtp = smtp
        self.baseURL = PersonalLink.siteAddress(baseURL)
    }

    /// Sends `letters` over one connection; returns how many the server accepted. On a refusal the
    /// letters' tokens go to `withdraw` (its own failure is not allowed to hide the refusal).
    public func send(
        _ letters: [PersonalLinkLetter],
        withdraw: @Sendable (_ tokens: [String]) async throws -> Int
    ) async throws -> Int {
        do {
            return try await smtp.send(letters.map { $0.message(baseURL: baseURL) })
        } catch {
            _ = try? await withdraw(letters.map(\.link.token))
            throw error
        }
    }
}
