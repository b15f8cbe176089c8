/// Which pack: the public pack holds Part 1 only; the members' pack adds Part 2.
public enum PackEdition: String, Sendable, CaseIterable, Codable {
    case `public`
    case members

    /// What the edition may carry, through the one visibility rule: never Part 2 in public, and the
    /// not-yet-approved minutes of the previous meeting in both (they are approved at this meeting).
    public var grant: Visibility.Grant {
        switch self {
        case .public: Visibility.Grant(partTwo: false, drafts: true, contactDetails: false, edit: false)
        case .members: Visibility.Grant(partTwo: true, drafts: true, contactDetails: true, edit: false)
        }
    }

    public var label: String {
        switch self {
        case .public: "Public pack"
        case .members: "Members' pack"
        }
    }
}
