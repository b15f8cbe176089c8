public enum UpdateRequestKind: String, Sendable, Codable, CaseIterable {
    case request
    case reminder
}
