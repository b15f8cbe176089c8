import Foundation
import Logging
import MinutebookCore
import ServiceLifecycle

/// Sends the reminders that are due: for each meeting whose reminder day (a set number of working
/// days before it, bank holidays excluded) has come, one email per owner who has not yet answered.
/// Each meeting's reminder is claimed before sending and recorded after, so it goes once.
public struct ReminderSender: Sendable {
    public let requests: any UpdateRequestRepository
    public let mail: MailSettings
    public let workingDays: Int
    public let editor: ActionEditor

    public init(requests: any UpdateRequestRepository, mail: MailSettings, workingDays: Int, editor: ActionEditor) {
        self.requests = requests
        self.mail = mail
        self.workingDays = workingDays
        self.editor = editor
    }

    public struct Outcome: Sendable, Equatable {
        public var meetings: Int
        public var emails: Int
    }

    /// Sends every due reminder on `today`. A failed meeting is released for the next run; the first
    /// failure is thrown after the others have been tried.
    public func sendDue(today: LocalDate, logger: Logger) async throws -> Outcome {
        let claimed = try await requests.claimReminders(today: today, workingDays: workingDays, by: editor)
        let mailer = UpdateRequestMailer(requests: requests, smtp: SMTPClient(configuration: mail.smtp), baseURL: mail.baseURL)
        var outcome = Outcome(meetings: 0, emails: 0)
        var failure: (any Error)?
        for meetingID in claimed {
            do {
                let sent = try await mailer.send(meetingID: meetingID, kind: .reminder, validForDays: mail.linkValidDays, by: editor).count
                try await requests.finishReminder(meetingID: meetingID, emails: sent, by: editor)
                outcome.meetings += 1
                outcome.emails += sent
                logger.info("Reminders sent", metadata: ["meeting.id": "\(meetingID)", "mail.count": "\(sent)"])
            } catch {
                try? await requests.releaseReminder(meetingID: meetingID, by: editor)
                logger.error("Reminders failed", metadata: ["meeting.id": "\(meetingID)", "error": "\(error)"])
                failure = failure ?? error
            }
        }
        if let failure { throw failure }
        return outcome
    }
}

/// Runs `ReminderSender` inside `serve`: on start, then every `interval`, until the service group
/// shuts down. A failed run is logged and tried again at the next wake.
public struct ReminderService: Service {
    public let sender: ReminderSender
    public let interval: Duration
    public let logger: Logger
    public let today: @Sendable () -> LocalDate

    public init(
        sender: ReminderSender, interval: Duration = .seconds(3600), logger: Logger,
        today: @escaping @Sendable () -> LocalDate = { Today.date }
    ) {
        self.sender = sender
        self.interval = interval
        self.logger = logger
        self.today = today
    }

    public func run() async throws {
        while !Task.isShuttingDownGracefully && !Task.isCancelled {
            do {
                _ = try await sender.sendDue(today: today(), logger: logger)
            } catch {
                logger.error("The reminder run failed; it is tried again later", metadata: ["error": "\(error)"])
            }
            do {
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: interval) }
            } catch {
                return
            }
        }
    }
}
