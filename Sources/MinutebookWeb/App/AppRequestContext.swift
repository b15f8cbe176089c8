import Hummingbird
import Logging
import MinutebookCore
import NIOCore

/// The request context of every route: Hummingbird's core storage plus the signed-in account,
/// resolved once by the session middleware.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The audience of this request: `.public` until a session says otherwise.
    public var audience: Audience = .public
    /// The signed-in user's display name and CSRF token, for the layout.
    public var signedInAs: String?
    public var csrfToken: String?
    /// SHA-256 of the session token, when signed in (for sign-out and password changes).
    public var sessionTokenHash: String?
    /// The peer's address, for sign-in throttling ("unknown" when the transport has none).
    public var remoteAddress: String
    /// The partnership and body the path names, looked up once by `PartnershipMiddleware` and
    /// `BodyMiddleware` on the `p/:partnership` and `bodies/:body` route groups.
    public var scope = PathScope()

    /// The signed-in account, if any.
    public var account: Audience.Account? {
        if case .account(let account) = audience { return account }
        return nil
    }

    /// Who is making a change, for the audit trail (nil when not signed in).
    public var editor: Editor? {
        guard let account, let email = signedInAs else { return nil }
        return .user(id: account.userID, email: email)
    }

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// The largest body this request's route takes from its audience (`BodyLimits`; set by the
    /// session middleware before anything reads the body).
    public var bodyLimit = BodyLimits().form
    /// An upload's form, read to disk by the session middleware once its CSRF token was right.
    public var spooledForm: SpooledForm?

    public var maxUploadSize: Int { bodyLimit }
    /// The site's configured address (`AppConfiguration.baseURL`), set by `SiteMiddleware`.
    public var siteOrigin = "http://localhost"
}
