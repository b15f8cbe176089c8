/// A personal link emailed to someone without an account: an action owner's update page or a
/// sub-group chair's report form. Both carry the same kind of token (256 random bits as 43
/// base64url characters, only its SHA-256 stored: `LinkToken` in the store), and both are written
/// against the site's address by the one rule of `PersonalLink.siteAddress`.
public enum PersonalLink: Sendable, Equatable {
    /// An owner's page of outstanding actions (`/updates/{token}`).
    case updates(token: String)
    /// A sub-group chair's report form (`/report-links/{token}`).
    case report(token: String)

    public var token: String {
        switch self {
        case .updates(let token), .report(let token): token
        }
    }

    /// The link's path on the site.
    public var path: String {
        switch self {
        case .updates(let token): "/updates/\(token)"
        case .report(let token): "/report-links/\(token)"
        }
    }

    /// The link as the recipient clicks it.
    public func url(base: String) -> String { Self.siteAddress(base) + path }

    /// The one rule for the site's address in emails: as configured, without a trailing slash.
    public static func siteAddress(_ base: String) -> String {
        base.hasSuffix("/") ? String(base.dropLast()) : base
    }
}
