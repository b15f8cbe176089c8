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
