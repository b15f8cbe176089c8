/// What a link opens, or why it does not.
public enum UpdateRequestPage: Sendable, Equatable {
    case valid(name: String, bodyName: String, meetingDate: LocalDate, actions: [UpdateRequestAction])
    case unknown
    case expired
    case used
    case revoked

    /// The sentence shown when the link cannot be used.
    public var refusal: String? {
        switch self {
        case .valid: nil
        case .unknown: "This link is not valid. Check that you copied the whole link from the email, or ask the secretariat for a new one."
        case .expired: "This link has expired. Ask the secretariat for a new one."
        case .used: "This link has already been used to send updates. Ask the secretariat if you need to add anything."
        case .revoked: "This link has been withdrawn. Ask the secretariat for a new one."
        }
    }
}
