import Hummingbird
import MinutebookCore
import MinutebookServices

/// The signed-in account: what it is, and changing its password.
struct AccountController {
    let users: any UserRepository
    let sessions: any SessionRepository
    let directory: any DirectoryRepository
    let hashCost: UInt8

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/account", use: show)
        router.get("/account/password", use: showPassword)
        router.post("/account/password", use: changePassword)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, _) = try context.requireAccount(request)
        guard let user = try await users.user(id: account.userID) else { throw DomainError.notFound("no such account") }
        let partnership = try await directory.partnerships().first { $0.id == user.partnershipID }
        let changed = request.uri.queryParameters.get("changed") == "password"
        let page = Layout(title: "Your account", signedInAs: context.signedInAs, csrfToken: context.csrfToken).render { w in
            if changed {
                w.raw(
                    "<div class=\"notice\" role=\"status\"><p>Your password has been changed. Other sessions of this account have been signed out.</p></div>\n"
                )
            }
            w.raw("<h1>Your account</h1>\n<dl class=\"summary\">\n")
            w.summaryRow("Email address", user.email)
            w.summaryRow("Role", user.role.label)
            w.summaryRow("Partnership", partnership?.name ?? "Every partnership")
            w.raw("</dl>\n<ul>\n<li><a href=\"/account/password\">Change your password</a></li>\n")
            if user.role == .administrator { w.raw("<li><a href=\"/admin/users\">Manage accounts</a></li>\n") }
            if user.role == .administrator && user.partnershipID == nil {
                w.raw("<li><a href=\"/admin/partnerships\">Partnerships: create one</a></li>\n")
            }
            if let partnership, user.role == .administrator || user.role == .secretariat {
                w.raw("<li><a href=\"")
                w.text(SitePath.settings(partnership: partnership.slug).path)
                w.raw("\">Settings of ")
                w.text(partnership.name)
                w.raw("</a></li>\n")
            }
            if let partnership {
                w.raw("<li><a href=\"")
                w.text(SitePath.partnership(partnership.slug).path)
                w.raw("\">")
                w.text(partnership.name)
                w.raw("</a></li>\n")
            }
            w.raw("</ul>\n")
        }
        return .html(page)
    }

    @Sendable func showPassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount(request)
        return passwordPage(context: context, errors: FormErrors(), status: .ok)
    }

    @Sendable func changePassword(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, editor) = try context.requireAccount(request)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let current = form.untrimmed("current") ?? ""
        let new = form.untrimmed("new") ?? ""
        let confirm = form.untrimmed("confirm") ?? ""
        var errors = FormErrors()
        if current.isEmpty { errors.add("current", "Enter your current password") }
        if let problem = PasswordPolicy.problem(with: new) {
            errors.add("new", problem)
        } else if new != confirm {
            errors.add("confirm", "The two new passwords do not match")
        }
        if errors.isEmpty, let user = try await users.user(id: account.userID) {
            let stored = try await users.credentials(email: user.email)?.passwordHash
            if !(try await Passwords.verify(current, hash: stored)) { errors.add("current", "Your current password is not right") }
        }
        guard errors.isEmpty else { return passwordPage(context: context, errors: errors, status: .badRequest) }
        try await users.changePasswordHash(of: account.userID, to: try await Passwords.hash(new, cost: hashCost), by: editor)
        try await sessions.closeAll(userID: account.userID, keeping: context.sessionTokenHash)
        return .redirect(to: "/account?changed=password")
    }

    private func passwordPage(context: AppRequestContext, errors: FormErrors, status: HTTPResponse.Status) -> Response {
        let page = Layout(
            title: errors.isEmpty ? "Change your password" : "Error: Change your password",
            signedInAs: context.signedInAs, csrfToken: context.csrfToken
        ).render { w in
            w.raw("<div class=\"narrow\">\n")
            w.errorSummary(errors)
            w.raw("<h1>Change your password</h1>\n<form method=\"post\" action=\"/account/password\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.inputField("current", label: "Current password", type: "password", autocomplete: "current-password", errors: errors)
            w.inputField(
                "new", label: "New password", type: "password",
                hint: "At least \(PasswordPolicy.minimumLength) characters. A few unrelated words make a good password.",
                autocomplete: "new-password", errors: errors)
            w.inputField("confirm", label: "New password again", type: "password", autocomplete: "new-password", errors: errors)
            w.raw("<button type=\"submit\">Change password</button>\n</form>\n</div>\n")
        }
        return .html(page, status: status)
    }
}
