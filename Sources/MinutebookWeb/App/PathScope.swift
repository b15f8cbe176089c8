import Hummingbird
import MinutebookCore

/// The records the path names (`/p/{partnership}`, `…/bodies/{body}`), looked up once per request by
/// the middleware of their route group, with one 404 wording for each.
public struct PathScope: Sendable {
    public var partnership: Partnership?
    public var body: Body?

    public init() {}

    static func noPartnership(_ slug: String) -> DomainError {
        .notFound("There is no partnership called \(slug).")
    }

    static func noBody(_ slug: String, in partnership: Partnership) -> DomainError {
        .notFound("\(partnership.name) has no body called \(slug).")
    }
}

extension AppRequestContext {
    /// The partnership of the path, as `PartnershipMiddleware` found it.
    func pathPartnership() throws -> Partnership {
        guard let partnership = scope.partnership else {
            throw PathScope.noPartnership(parameters.get("partnership") ?? "")
        }
        return partnership
    }

    /// The partnership and body of the path, as `BodyMiddleware` found them.
    func pathBody() throws -> (Partnership, Body) {
        let partnership = try pathPartnership()
        guard let body = scope.body else { throw PathScope.noBody(parameters.get("body") ?? "", in: partnership) }
        return (partnership, body)
    }
}

/// On the `p/:partnership` group: the partnership by its slug, or a 404.
struct PartnershipMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let directory: any DirectoryRepository

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        let slug = try context.parameters.require("partnership")
        guard let partnership = try await directory.partnership(slug: slug) else { throw PathScope.noPartnership(slug) }
        var context = context
        context.scope.partnership = partnership
        return try await next(request, context)
    }
}

/// On the `bodies/:body` group (inside `p/:partnership`): the partnership's body by its slug, or a 404,
/// also when the audience may not know of the body (its existence is not told).
struct BodyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let directory: any DirectoryRepository

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        let partnership = try context.pathPartnership()
        let slug = try context.parameters.require("body")
        guard let body = try await directory.body(slug: slug, in: partnership.id),
            Visibility.canSeeMeeting(
                bodyIsPublic: body.isPublic,
                grant: Visibility.grant(context.audience, bodyID: body.id, partnershipID: partnership.id))
        else {
            throw PathScope.noBody(slug, in: partnership)
        }
        var context = context
        context.scope.body = body
        return try await next(request, context)
    }
}

/// Before the secretariat's routes: a visitor who is not signed in is sent to sign in and back.
struct SignInMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext

    func handle(
        _ request: Request, context: AppRequestContext,
        next: (Request, AppRequestContext) async throws -> Response
    ) async throws -> Response {
        _ = try context.requireAccount(request)
        return try await next(request, context)
    }
}

/// The context of the secretariat's routes under `/p/{partnership}`: made only for a signed-in
/// editor holding the edit grant over the path's partnership, so a handler on these routes has its
/// non-optional `editor` and `partnership` and cannot forget the check.
struct SecretariatContext: ChildRequestContext {
    var coreContext: CoreRequestContextStorage
    /// The request's own context (audience, the layout's name and CSRF token).
    let request: AppRequestContext
    let partnership: Partnership
    let account: Audience.Account
    let editor: Editor
    /// The path's body, on the `secretariatBody` routes (found and shown to be visible by `BodyMiddleware`).
    let body: Body?

    init(context: AppRequestContext) throws {
        let partnership = try context.pathPartnership()
        guard let account = context.account, let editor = context.editor else {
            throw DomainError.forbidden("Sign in as the secretariat of \(partnership.name) to do this.")
        }
        guard Visibility.partnershipGrant(context.audience, partnershipID: partnership.id).edit else {
            throw DomainError.forbidden("Only the secretariat of \(partnership.name) can do this.")
        }
        self.coreContext = context.coreContext
        self.request = context
        self.partnership = partnership
        self.account = account
        self.editor = editor
        self.body = context.scope.body
    }

    /// The body of the path, on the routes of `PartnershipRoutes.secretariatBody`.
    func pathBody() throws -> Body {
        guard let body else { throw PathScope.noBody(request.parameters.get("body") ?? "", in: partnership) }
        return body
    }

    var audience: Audience { request.audience }
    var maxUploadSize: Int { request.maxUploadSize }

    /// The editor as the action tracker records it: audited as the user, shown by role.
    var actionEditor: ActionEditor {
        .account(auditName: editor.auditName, personID: account.personID, role: account.role)
    }
}

/// The route groups of a partnership's pages, each with its path middleware.
struct PartnershipRoutes {
    /// `/p/{partnership}`: `context.pathPartnership()` is the path's partnership.
    let partnership: RouterGroup<AppRequestContext>
    /// `/p/{partnership}/bodies/{body}`: `context.pathBody()` is the path's partnership and body.
    let body: RouterGroup<AppRequestContext>
    /// `/p/{partnership}` without the lookup, for the pages served from the public cache (feeds and
    /// calendars), which find their records in the read that fills the cache, so a hit reads nothing.
    let cached: RouterGroup<AppRequestContext>
    /// `/p/{partnership}`, for the secretariat only (signed in, edit grant checked).
    let secretariat: RouterGroup<SecretariatContext>
    /// `/p/{partnership}/bodies/{body}`, for the secretariat only: `context.pathBody()` is the path's body.
    let secretariatBody: RouterGroup<SecretariatContext>

    init(_ router: Router<AppRequestContext>, directory: any DirectoryRepository) {
        partnership = router.group("p/:partnership").add(middleware: PartnershipMiddleware(directory: directory))
        cached = router.group("p/:partnership")
        body = partnership.group("bodies/:body").add(middleware: BodyMiddleware(directory: directory))
        secretariat = partnership.group().add(middleware: SignInMiddleware()).group(context: SecretariatContext.self)
        secretariatBody = body.group().add(middleware: SignInMiddleware()).group(context: SecretariatContext.self)
    }
}
