/// Values of the action tracker: who owns an action, what happened to it, how it is filtered.

/// How an update or status change reached an action (the `actionUpdate.via` column).
public enum ActionUpdateChannel: String, Codable, Sendable, CaseIterable {
    case web
    case emailLink = "email_link"
    case `import`
    case succession
    case meeting
    case cli

    public var label: String {
        switch self {
        case .web: "Web"
        case .emailLink: "Emailed link"
        case .import: "Imported"
        case .succession: "Succession"
        case .meeting: "Meeting"
        case .cli: "Command line"
        }
    }
}

extension ActionOwner {
    /// The name to print: the person, the seat's holder or title, the organisation, else the printed code.
    public var label: String { name ?? code ?? "Unknown" }

    /// Not matched to a person, seat, organisation or body: a code or free text only.
    public var isUnmatched: Bool { personID == nil && seatID == nil && organisationID == nil && bodyID == nil }

    /// Action-column words that mean the whole body, not a person ("Group", "All"): the importer reads
    /// them as owners, and they print as the body's name.
    public static let collectiveCodes: Set<String> = ["Group", "All", "Board", "Partnership", "Members"]

    /// Whether written owner text names the whole body: a collective code, with or without "the"
    /// ("the Group", "all members"), in any case.
    public static func namesWholeBody(_ text: String) -> Bool {
        var words = text.split(separator: " ").map { $0.lowercased() }
        if words.first == "the" { words.removeFirst() }
        if words.count == 2, words[0] == "all", words[1] == "members" { return true }
        guard words.count == 1, let word = words.first else { return false }
        return collectiveCodes.contains { $0.lowercased() == word }
    }

    /// An owner matched to nobody whose printed code or text names the whole body is the body that
    /// owns the action, printed by its name rather than as a person called "Group".
    public func resolvingBody(text: String?, body: (id: Int64, name: String)?) -> ActionOwner {
        guard isUnmatched, let body, let words = text ?? code, Self.namesWholeBody(words) else { return self }
        var owner = self
        owner.bodyID = body.id
        owner.name = body.name
        return owner
    }
}

/// One entry of an action's history: an update typed by its owner, a status change, a succession.
public struct ActionHistoryEntry: Sendable, Equatable, Codable {
    /// UTC timestamp `YYYY-MM-DDTHH:MM:SSZ`; orders the history.
    public var at: String
    public var authorName: String?
    public var text: String
    public var statusFrom: ActionStatus?
    public var statusTo: ActionStatus?
    public var via: ActionUpdateChannel

    public init(at: String, authorName: String? = nil, text: String, statusFrom: ActionStatus? = nil,
                statusTo: ActionStatus? = nil, via: ActionUpdateChannel) {
        self.at = at
        self.authorName = authorName
        self.text = text
        self.statusFrom = statusFrom
        self.statusTo = statusTo
        self.via = via
    }

    /// The day of the entry, from its timestamp.
    public var date: LocalDate? { LocalDate(iso: at.prefix(10)) }

    /// An update a person wrote (not a bare status change, not a forwarding note).
    public var isWrittenUpdate: Bool { via != .succession && via != .meeting && !text.isEmpty }

    /// The author as the history shows it, to members too: never a sign-in e-mail (issue 17, item 13).
    /// Entries written before accounts were named by role carry the e-mail; they show the secretariat.
    public var shownAuthor: String {
        guard let name = authorName, !name.isEmpty else { return "Unknown" }
        return name.contains("@") ? UserRole.secretariat.label : name
    }
}

/// Who changes an action: the audit actor's name and, when known, the person.
public struct ActionEditor: Sendable, Equatable {
    /// Written into every audit row ("user:7:clerk@example.org", "magic-link:person:12").
    public var auditName: String
    public var personID: Int64?
    /// Shown in the action's history.
    public var displayName: String

    public init(auditName: String, personID: Int64? = nil, displayName: String) {
        self.auditName = auditName
        self.personID = personID
        self.displayName = displayName
    }

    /// A signed-in account: audited by its actor name (which carries the e-mail, for the audit log),
    /// shown in the history by its role, as members read the history and must not see editors'
    /// sign-in e-mails (issue 17, item 13).
    public static func account(auditName: String, personID: Int64?, role: UserRole) -> ActionEditor {
        ActionEditor(auditName: auditName, personID: personID, displayName: role.label)
    }
}

/// The minute an action came from, as printed in the report's first column.
public struct MinuteReference: Sendable, Equatable, Codable {
    public var minuteID: Int64
    public var meetingID: Int64
    public var number: MinuteNumber?
    public var meetingDate: LocalDate
    public var title: String
    public var part: AgendaPart
    public var meetingStatus: MeetingStatus

    public init(minuteID: Int64, meetingID: Int64, number: MinuteNumber?, meetingDate: LocalDate, title: String,
                part: AgendaPart = .one, meetingStatus: MeetingStatus = .minutesDrafted) {
        self.minuteID = minuteID
        self.meetingID = meetingID
        self.number = number
        self.meetingDate = meetingDate
        self.title = title
        self.part = part
        self.meetingStatus = meetingStatus
    }

    /// "Minute 186a, 19 December 2017"
    public var label: String {
        (number.map { "Minute \($0.text)" } ?? "Minute") + ", " + meetingDate.long
    }
}

/// An action with what the tracker and the report need: its minute, resolution, owners and history.
public struct TrackedAction: Sendable, Equatable, Codable, Identifiable {
    public var action: Action
    public var bodyName: String
    public var minute: MinuteReference?
    /// What was resolved: the resolution the action came from, else the minute's resolutions.
    public var resolved: String
    /// Every resolution of the action's minute, in order: the report's "what was resolved" column.
    public var minuteResolutions: [String]
    public var owners: [ActionOwner]
    /// Oldest first.
    public var history: [ActionHistoryEntry]
    public var isPrivate: Bool

    public var id: Int64 { action.id }

    public init(action: Action, bodyName: String, minute: MinuteReference?, resolved: String, minuteResolutions: [String] = [],
                owners: [ActionOwner], history: [ActionHistoryEntry], isPrivate: Bool = false) {
        self.action = action
        self.bodyName = bodyName
        self.minute = minute
        self.resolved = resolved
        self.minuteResolutions = minuteResolutions
        self.owners = owners
        self.history = history
        self.isPrivate = isPrivate
    }

    /// May `grant` see this action of a body that is public or not? Actions follow their minute and
    /// their body: Part 2 and draft minutes, and bodies that are not public, stay with those who may see
    /// them (the one rule in `Visibility`); private actions need Part 2 rights.
    public func isVisible(to grant: Visibility.Grant, bodyIsPublic: Bool) -> Bool {
        Visibility.canSeeAction(isPrivate: isPrivate, minute: minute.map { ($0.part, $0.meetingStatus) }, bodyIsPublic: bodyIsPublic,
                                grant: grant)
    }
}

/// Filters of the tracker. Every filter is optional; `bodyID` or `ownerPersonID` keep the query on an index.
public struct ActionFilter: Sendable, Equatable {
    /// Every body of the partnership (the tracker's widest view).
    public var partnershipID: Int64?
    public var bodyID: Int64?
    public var meetingID: Int64?
    public var ownerPersonID: Int64?
    public var ownerOrganisationID: Int64?
    public var ownerSeatID: Int64?
    public var statuses: Set<ActionStatus>
    /// Only actions due on or before this date (and not yet done).
    public var dueBy: LocalDate?
    /// Only actions whose due date has passed on this day.
    public var overdueOn: LocalDate?
    public var limit: Int

    public init(partnershipID: Int64? = nil, bodyID: Int64? = nil, meetingID: Int64? = nil, ownerPersonID: Int64? = nil, ownerOrganisationID: Int64? = nil,
                ownerSeatID: Int64? = nil, statuses: Set<ActionStatus> = [], dueBy: LocalDate? = nil, overdueOn: LocalDate? = nil,
                limit: Int = 500) {
        self.partnershipID = partnershipID
        self.bodyID = bodyID
        self.meetingID = meetingID
        self.ownerPersonID = ownerPersonID
        self.ownerOrganisationID = ownerOrganisationID
        self.ownerSeatID = ownerSeatID
        self.statuses = statuses
        self.dueBy = dueBy
        self.overdueOn = overdueOn
        self.limit = limit
    }
}

/// One organisation's actions across a partnership's bodies, counted by state: the overview by organisation.
public struct OrganisationActionCounts: Sendable, Equatable {
    public var organisationID: Int64
    public var name: String
    public var open: Int
    public var inProgress: Int
    /// Open or in progress, and past the due date (also counted in `open` or `inProgress`).
    public var overdue: Int
    public var done: Int
    /// Dropped or superseded.
    public var closedOtherwise: Int

    public init(organisationID: Int64, name: String, open: Int = 0, inProgress: Int = 0, overdue: Int = 0, done: Int = 0,
                closedOtherwise: Int = 0) {
        self.organisationID = organisationID
        self.name = name
        self.open = open
        self.inProgress = inProgress
        self.overdue = overdue
        self.done = done
        self.closedOtherwise = closedOtherwise
    }

    public var total: Int { open + inProgress + done + closedOtherwise }
}
