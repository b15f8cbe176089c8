import Hummingbird
import MinutebookCore
import MinutebookServices

/// Sign in and sign out. Sign-in is throttled per account and per address separately (`SignInThrottle`):
/// an attempt is counted before its password is checked, and one that must wait answers 429 with
/// Retry-After, whatever the password.
struct AuthController {
    let users: any UserRepository
    let sessions: any SessionRepository
    let directory: any DirectoryRepository
    let secureCookies: Bool
    var throttle = SignInThrottle()

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/login", use: showLogin)
        router.post("/login", use: login)
        router.post("/logout", use: logout)
    }

    @Sendable func showLogin(_ request: Request, context: AppRequestContext) async throws -> Response {
        let next = request.uri.queryParameters.get("next").flatMap { SitePath.isLocal($0) ? $0 : nil }
        if let account = context.account {
            return .redirect(to: try await landing(next: next, partnershipID: account.partnershipID))
        }
        return loginPage(request, context: context, email: "", next: next, errors: FormErrors(), status: .ok)
    }

    @Sendable func login(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let email = (form["email"] ?? "").lowercased()
        let password = form.untrimmed("password") ?? ""
        let next = form.nonEmpty("next").flatMap { SitePath.isLocal($0) ? $0 : nil }
        var errors = FormErrors()
        if email.isEmpty { errors.add("email", "Enter your email address") }
        if password.isEmpty { errors.add("password", "Enter your password") }
        if !errors.isEmpty {
            return loginPage(request, context: context, email: email, next: next, errors: errors, status: .badRequest)
        }
        let key = String(email.prefix(254))
        let attemptID: Int64
        switch try await sessions.claimAttempt(email: key, address: context.remoteAddress, throttle: throttle) {
        case .go(let id):
            attemptID = id
        case .wait(let seconds, let reason):
            context.logger.notice("sign-in throttled", metadata: ["auth.address": "\(context.remoteAddress)", "auth.reason": "\(reason)"])
            let wait = seconds < 120 ? "\(seconds) second\(seconds == 1 ? "" : "s")" : "\((seconds + 59) / 60) minutes"
            errors.add(
                "email",
                reason == .account
                    ? "Too many failed attempts to sign in to this account. Wait \(wait), then try again."
                    : "Too many failed attempts to sign in from this network. Wait \(wait), then try again.")
            return loginPage(
                request, context: context, email: email, next: next, errors: errors, status: .tooManyRequests,
                headers: [.retryAfter: String(seconds)])
        }
        let found = try await users.credentials(email: key)
        let matches = try await Passwords.verify(password, hash: found?.passwordHash)
        guard matches, let user = found?.user, !user.isDisabled else {
            errors.add("email", "The email address or password is not right")
            return loginPage(request, context: context, email: email, next: next, errors: errors, status: .unauthorized)
        }
        try await sessions.settleAttempt(attemptID, email: key, succeeded: true)
        let token = Tokens.random()
        try await sessions.open(
            userID: user.id, tokenHash: Tokens.sha256Hex(token), csrfToken: Tokens.random(),
            lifetimeMinutes: Cookies.sessionMinutes)
        context.logger.info("signed in", metadata: ["user.id": "\(user.id)"])
        var response = Response.redirect(to: try await landing(next: next, partnershipID: user.partnershipID))
        response.setCookie(Cookies.make(Cookies.session, value: token, maxAge: Cookies.sessionMinutes * 60, secure: secureCookies))
        return response
    }

    /// Where an account lands after signing in: `next`, else the "Your work" page of its
    /// partnership (the secretariat's workspace; a member's own actions and papers first), else the
    /// home page (administrators of every partnership).
    private func landing(next: String?, partnershipID: Int64?) async throws -> String {
        if let next { return next }
        guard let partnershipID, let partnership = try await directory.partnerships().first(where: { $0.id == partnershipID })
        else { return SitePath.home.path }
        return SitePath.workspace(partnership: partnership.slug).path
    }

    @Sendable func logout(_ request: Request, context: AppRequestContext) async throws -> Response {
        if let hash = context.sessionTokenHash { try await sessions.close(tokenHash: hash) }
        var response = Response.redirect(to: SitePath.home.path)
        response.setCookie(Cookies.make(Cookies.session, value: "", maxAge: 0, secure: secureCookies))
        return response
    }

    private func loginPage(
        _ request: Request, context: AppRequestContext, email: String, next: String?,
        errors: FormErrors, status: HTTPResponse.Status, headers: HTTPFields = [:]
    ) -> Response {
        // The sign-in form's CSRF token is a double-submit cookie: there is no session yet to hold it.
        var token = request.cookies[Cookies.signIn]?.value ?? ""
        let isNew = !Tokens.isWellFormed(token)
        if isNew { token = Tokens.random() }
        let title = errors.isEmpty ? "Sign in" : "Error: Sign in"
        let page = Layout(title: title, signedInAs: context.signedInAs, csrfToken: context.csrfToken).render { w in
            w.raw("<div class=\"narrow\">\n")
            w.errorSummary(errors)
            w.raw("<h1>Sign in</h1>\n<form method=\"post\" action=\"/login\" novalidate>\n")
            w.hidden("csrf", token)
            if let next { w.hidden("next", next) }
            w.inputField("email", label: "Email address", value: email, type: "email", autocomplete: "username", errors: errors)
            w.inputField("password", label: "Password", type: "password", autocomplete: "current-password", errors: errors)
            w.raw("<button type=\"submit\">Sign in</button>\n</form>\n")
            w.raw(
                "<p class=\"hint\">Accounts are created by your partnership's administrator. If you have forgotten your password, ask them to set a new one.</p>\n</div>\n"
            )
        }
        var response = Response.html(page, status: status, headers: headers)
        if isNew { response.setCookie(Cookies.make(Cookies.signIn, value: token, maxAge: 24 * 3600, secure: secureCookies)) }
        return response
    }
}

extension AppRequestContext {
    /// The signed-in account, or a redirect to the sign-in page that comes back here.
    func requireAccount(_ request: Request) throws -> (account: Audience.Account, editor: Editor) {
        guard let account, let editor else {
            throw HTTPError(
                .seeOther, headers: [.location: SitePath.login(next: request.uri.path).path],
                message: "Sign in to see this page.")
        }
        return (account, editor)
    }

    /// The signed-in account as the action tracker's editor: audited as the user, shown by role.
    func requireActionEditor(_ request: Request) throws -> ActionEditor {
        let (account, editor) = try requireAccount(request)
        return .account(auditName: editor.auditName, personID: account.personID, role: account.role)
    }
}
