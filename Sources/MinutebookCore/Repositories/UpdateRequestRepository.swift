/// Updates without an account: each owner gets one personal link (emailed) to a page listing only
/// their outstanding actions, where they type an update per action. Links are unguessable, stored
/// hashed, expire, work once, and can be revoked.
public protocol UpdateRequestRepository: Sendable {
    /// Creates one link per owner (with an email address) of the body's outstanding actions from
    /// meetings before the meeting, valid for `validForDays`. `kind` is a request or a reminder.
    /// The plain tokens are returned once, for the emails, and never stored.
    func createRequests(meetingID: Int64, kind: UpdateRequestKind, validForDays: Int, by editor: ActionEditor) async throws -> [UpdateRequestMail]
    /// The page behind a link, or why it cannot be used.
    func open(token: String) async throws -> UpdateRequestPage
    /// Records the owner's updates (action id → text) and spends the link, in one transaction.
    /// Actions not on the link are refused; empty texts are skipped. Returns how many were recorded.
    func submit(token: String, updates: [Int64: String]) async throws -> Int
    /// Revokes every unused link of a person (e.g. a wrong address); returns how many.
    func revoke(personID: Int64, by editor: ActionEditor) async throws -> Int
    /// Withdraws the unused links behind `tokens`, made for emails the mail server refused, so no
    /// link exists that nobody was sent; returns how many.
    func withdraw(tokens: [String], by editor: ActionEditor) async throws -> Int
    /// The owners of the meeting's outstanding actions whom no email can reach (no person, or no
    /// address), as printed: the secretariat chases them another way.
    func ownersWithoutAddress(meetingID: Int64) async throws -> [String]

    /// Meetings whose reminder is due: from `workingDays` working days (England and Wales) before the
    /// meeting until the day before it, and not yet sent (nor being sent).
    func meetingsNeedingReminders(today: LocalDate, workingDays: Int) async throws -> [Int64]
    /// Claims the due reminders for sending, in one transaction, so two senders never both send one;
    /// returns the claimed meetings. A claim left over 30 minutes (a crashed sender) can be claimed again.
    func claimReminders(today: LocalDate, workingDays: Int, by editor: ActionEditor) async throws -> [Int64]
    /// Records the claimed reminder as sent: it is never sent again.
    func finishReminder(meetingID: Int64, emails: Int, by editor: ActionEditor) async throws
    /// Gives up a claim after a failed send, so the next run tries again.
    func releaseReminder(meetingID: Int64, by editor: ActionEditor) async throws
}
