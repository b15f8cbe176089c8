/// Where a figure applies: the partnership's whole area, one ward or beat inside it, or the wider
/// region it is compared with ("borough vs London").
public enum AreaScope: Hashable, Sendable, Codable, Comparable {
    case partnership
    case ward(String)
    case region(String)

    public var kind: String {
        switch self {
        case .partnership: "partnership"
        case .ward: "ward"
        case .region: "region"
        }
    }

    public var name: String {
        switch self {
        case .partnership: ""
        case .ward(let n), .region(let n): n
        }
    }

    public init?(kind: String, name: String) {
        switch kind {
        case "partnership": self = .partnership
        case "ward" where !name.isEmpty: self = .ward(name)
        case "region" where !name.isEmpty: self = .region(name)
        default: return nil
        }
    }

    public static func < (a: AreaScope, b: AreaScope) -> Bool { (a.kind, a.name) < (b.kind, b.name) }
}
