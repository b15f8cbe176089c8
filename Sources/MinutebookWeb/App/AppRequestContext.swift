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

    public init(source: Source) {
        self.coreContext = .init(source: source)
    }

    /// Forms and uploads may be large (agenda reports), but not unbounded.
    public var maxUploadSize: Int { 64 * 1024 * 1024 }
}
