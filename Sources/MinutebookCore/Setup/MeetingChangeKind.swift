/// What happened to a meeting after it was set: kept with its reason in the meeting's history.
public enum MeetingChangeKind: String, Sendable, Equatable, Codable {
    case moved, retimed, cancelled
}
