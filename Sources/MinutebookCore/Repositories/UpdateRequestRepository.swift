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

public enum UpdateRequestKind: String, Sendable, Codable, CaseIterable {
    case request
    case reminder
}

/// One email to send: to one owner, with their actions and their personal link's token.
public struct UpdateRequestMail: Sendable, Equatable {
    public var personID: Int64
    public var name: String
    public var email: String
    public var token: String
    public var expires: String
    public var meetingDate: LocalDate
    public var bodyName: String
    public var actions: [UpdateRequestAction]

    public init(personID: Int64, name: String, email: String, token: String, expires: String, meetingDate: LocalDate,
                bodyName: String, actions: [UpdateRequestAction]) {
        self.personID = personID
        self.name = name
        self.email = email
        self.token = token
        self.expires = expires
        self.meetingDate = meetingDate
        self.bodyName = bodyName
        self.actions = actions
    }
}

/// An action as the owner sees it on the link's page and in the email.
public struct UpdateRequestAction: Sendable, Equatable {
    public var actionID: Int64
    /// "Minute 186a, 19 December 2017"
    public var minuteLabel: String
    public var title: String
    public var resolved: String
    public var latestUpdate: String?

    public init(actionID: Int64, minuteLabel: String, title: String, resolved: String, latestUpdate: String?) {
        self.actionID = actionID
        self.minuteLabel = minuteLabel
        self.title = title
        self.resolved = resolved
        self.latestUpdate = latestUpdate
    }
}

/// What a link opens, or why it does not.
public enum UpdateRequestPage: Sendable, Equatable {
    case valid(name: String, bodyName: String, meetingDate: LocalDate, actions: [UpdateRequestAction])
    case unknown
    case expired
    case used
    case revoked

    /// The sentence shown when the link cannot be used.
    public var refusal: String? {
        switch self {
        case .valid: nil
        case .unknown: "This link is not valid. Check that you copied the whole link from the email, or ask the secretariat for a new one."
        case .expired: "This link has expired. Ask the secretariat for a new one."
        case .used: "This link has already been used to send updates. Ask the secretariat if you need to add anything."
        case .revoked: "This link has been withdrawn. Ask the secretariat for a new one."
        }
    }
}
