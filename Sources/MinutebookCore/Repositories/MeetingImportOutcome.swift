/// What importing one meeting did.
public enum MeetingImportOutcome: Sendable, Equatable, CustomStringConvertible {
    case created(meetingID: Int64, warnings: [String])
    case updated(meetingID: Int64, warnings: [String])
    case unchanged(meetingID: Int64)

    public var meetingID: Int64 {
        switch self {
        case .created(let id, _), .updated(let id, _), .unchanged(let id): id
        }
    }

    public var warnings: [String] {
        switch self {
        case .created(_, let w), .updated(_, let w): w
        case .unchanged: []
        }
    }

    public var description: String {
        switch self {
        case .created: "imported" + (warnings.isEmpty ? "" : " (\(warnings.joined(separator: "; ")))")
        case .updated: "updated in place" + (warnings.isEmpty ? "" : " (\(warnings.joined(separator: "; ")))")
        case .unchanged: "unchanged (already imported)"
        }
    }
}
