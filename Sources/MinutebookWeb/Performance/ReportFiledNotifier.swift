import Logging
import MinutebookCore
import MinutebookServices

/// Tells the board's secretariat by e-mail that a sub-group report was filed (`ReportFiledMailer`),
/// from both ways of filing: the chair's personal link and the signed-in form. The report is filed
/// whatever the mail server says; a refusal is logged, and the report is still listed on the
/// board's meeting page and the sub-group's page.
struct ReportFiledNotifier: Sendable {
    let reports: any SubGroupReportRepository
    /// Nil when the site sends no mail.
    let mail: MailSettings?

    /// How many e-mails the mail server accepted.
    @discardableResult
    func tell(reportID: Int64, logger: Logger) async -> Int {
        guard let mail else { return 0 }
        do {
            guard let notice = try await reports.filingNotice(reportID: reportID, on: Today.date) else { return 0 }
            if notice.recipients.isEmpty {
                logger.warning("report \(reportID) filed: the board has no secretariat with an e-mail address to tell")
            }
            return try await ReportFiledMailer.send(notice, settings: mail)
        } catch {
            logger.error("report \(reportID) filed, but the secretariat could not be e-mailed: \(error)")
            return 0
        }
    }
}
