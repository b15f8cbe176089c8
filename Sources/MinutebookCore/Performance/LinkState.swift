/// The state of an emailed link: usable, or why not (the same states as action-update links).
public enum LinkState: Sendable, Equatable {
    case usable
    case unknown
    case expired
    case used
    case revoked

    public var refusal: String? {
        switch self {
        case .usable: nil
        case .unknown: "This link is not valid. Check that you copied the whole link from the email, or ask the secretariat for a new one."
        case .expired: "This link has expired. Ask the secretariat for a new one."
        case .used: "This link has already been used to file the report. Ask the secretariat if you need to change anything."
        case .revoked: "This link has been withdrawn. Ask the secretariat for a new one."
        }
    }
}
