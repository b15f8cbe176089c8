import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// Names and settings of the cookies the site sets.
enum Cookies {
    static let session = "mb_session"
    /// The sign-in form's CSRF token (double-submit), before there is a session.
    static let signIn = "mb_csrf"
    /// Sessions last a working day.
    static let sessionMinutes = 12 * 60

    static func make(_ name: String, value: String, maxAge: Int, secure: Bool) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }
}

/// Resolves the session cookie into `context.audience` (role, partnership, person and the bodies the
/// person sits on today), and refuses every unsafe request whose form lacks the right CSRF token.
/// Before a body is read, the route must exist and the body must fit the route's limit (`BodyLimits`);
/// an upload is read to disk, and only past its first bytes once they carry the right token.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let sessions: any SessionRepository
    var limits = BodyLimits()

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let isAPI = request.uri.path.hasPrefix("/api/")
        let isSafe = request.method == .get || request.method == .head || request.method == .options
        // The JSON API does not act on cookies for unsafe requests: only forms carry CSRF tokens.
        if !(isAPI && !isSafe), let token = request.cookies[Cookies.session]?.value, Tokens.isWellFormed(token) {
            let hash = Tokens.sha256Hex(token)
            // One read: the session, its account and the bodies the account's person sits on today.
            if let session = try await sessions.signedIn(tokenHash: hash, on: Today.date) {
                let user = session.user
                context.audience = .account(
                    .init(
                        userID: user.id, role: user.role, partnershipID: user.partnershipID,
                        personID: user.personID, memberOfBodyIDs: session.bodiesSeated))
                context.signedInAs = user.email
                context.csrfToken = session.csrfToken
                context.sessionTokenHash = hash
            }
        }
        guard !isSafe else { return try await next(request, context) }
        // No route: nothing of the body is read.
        guard let endpoint = context.endpointPath else { throw HTTPError(.notFound) }
        let signedIn = context.account != nil
        context.bodyLimit = limits.limit(endpoint: endpoint, signedIn: signedIn)
        try BodyLimits.checkDeclaredLength(request, limit: context.bodyLimit)
        guard !isAPI else { return try await next(request, context) }

        // Signing in happens before there is a session: its form is checked against the sign-in cookie.
        let expected =
            request.uri.path == "/login"
            ? request.cookies[Cookies.signIn]?.value
            : context.csrfToken ?? request.cookies[Cookies.signIn]?.value
        let logger = context.logger, path = request.uri.path
        let check = { (form: FormData) throws in
            guard let expected, let given = form.untrimmed("csrf"), Tokens.equal(given, expected) else {
                logger.notice("csrf check failed", metadata: ["http.path": "\(path)"])
                throw HTTPError(
                    .forbidden,
                    message:
                        "This form could not be accepted because its security token is missing or out of date. Go back, reload the page and try again."
                )
            }
        }
        var request = request
        if limits.spools(endpoint: endpoint, signedIn: signedIn) {
            context.spooledForm = try await SpooledForm.spool(
                request.body, contentType: request.headers[.contentType] ?? "",
                limit: context.bodyLimit, window: limits.tokenWindow, accept: check)
        } else {
            try check(try await FormData.collect(from: &request, context: context))
        }
        return try await next(request, context)
    }
}
