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
