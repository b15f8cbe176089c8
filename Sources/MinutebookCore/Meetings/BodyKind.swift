/// A body is the main board of a partnership or a sub-group reporting to another body.
public enum BodyKind: String, Codable, Sendable, CaseIterable {
    case board
    case subGroup = "sub_group"
}
