/// What a search may be narrowed to: the kinds of record in the index.
public enum SearchKind: String, Codable, Sendable, CaseIterable {
    /// A minute's heading, narrative and post-meeting note.
    case minute
    /// One resolution ("RESOLVED that …").
    case decision
    /// An agenda item's title.
    case agenda
    /// A document's title and text (reports in the pack).
    case document

    public var label: String {
        switch self {
        case .minute: "Minutes"
        case .decision: "Decisions"
        case .agenda: "Agenda items"
        case .document: "Documents"
        }
    }

    public var singularLabel: String {
        switch self {
        case .minute: "Minute"
        case .decision: "Decision"
        case .agenda: "Agenda item"
        case .document: "Document"
        }
    }
}
