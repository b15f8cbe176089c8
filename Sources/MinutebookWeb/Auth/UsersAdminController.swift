import Hummingbird
import MinutebookCore
import MinutebookServices

/// Administrators list and add accounts. An administrator of one partnership manages that
/// partnership's accounts; an administrator of none manages every partnership's.
struct UsersAdminController {
    let users: any UserRepository
    let people: any PeopleRepository
    let directory: any DirectoryRepository
    let hashCost: UInt8
    static let refusal = "Only administrators can manage accounts."

    func addRoutes(to router: Router<AppRequestContext>) {
        router.get("/admin/users", use: list)
        router.post("/admin/users", use: add)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, _) = try context.requireAdministrator(request, refusal: Self.refusal)
        return try await page(context: context, account: account, values: FormData(), errors: FormErrors(), status: .ok)
    }

    @Sendable func add(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, editor) = try context.requireAdministrator(request, refusal: Self.refusal)
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        var errors = FormErrors()
        let email = (form["email"] ?? "").lowercased()
        let role = UserRole(rawValue: form["role"] ?? "")
        if role == nil { errors.add("role", "Choose a role") }
        let allowed = try await directory.partnerships(managedBy: account)
        var partnershipID: Int64?
        if let slug = form.nonEmpty("partnership") {
            guard let p = allowed.first(where: { $0.slug == slug }) else {
                throw DomainError.forbidden("You cannot add accounts to that partnership.")
            }
            partnershipID = p.id
        } else if account.partnershipID != nil {
            partnershipID = account.partnershipID
        }
        var personID: Int64?
        if let name = form.nonEmpty("person") {
            if let partnershipID {
                let found = try await people.people(named: name, in: partnershipID)
                if found.count == 1 {
                    personID = found.first?.id
                } else if found.isEmpty {
                    errors.add("person", "No one called \(name) is in that partnership")
                } else {
                    errors.add("person", "More than one person is called \(name); ask the secretariat to tell them apart")
                }
            } else {
                errors.add("person", "Choose a partnership for the person's account")
            }
        }
        let given = form.untrimmed("password") ?? ""
        if !given.isEmpty, let problem = PasswordPolicy.problem(with: given) { errors.add("password", problem) }
        let new = NewUser(email: email, role: role ?? .member, partnershipID: partnershipID, personID: personID)
        for problem in new.problems where role != nil || problem.field != "partnership" {
            errors.add(problem.field, problem.message)
        }
        if errors.isEmpty, try await users.user(email: email) != nil {
            errors.add("email", "An account for \(email) already exists")
        }
        guard errors.isEmpty else {
            return try await page(context: context, account: account, values: form, errors: errors, status: .badRequest)
        }
        let password = given.isEmpty ? Passwords.generate() : given
        let user = try await users.create(new, passwordHash: try await Passwords.hash(password, cost: hashCost), by: editor)
        context.logger.info("account created", metadata: ["user.id": "\(user.id)", "user.role": "\(user.role.rawValue)"])
        let done = Layout(title: "Account created", signedInAs: context.signedInAs, csrfToken: context.csrfToken).render { w in
            w.raw("<div class=\"notice\" role=\"status\"><h1>Account created</h1>\n<dl class=\"summary\">")
            w.summaryRow("Email address", user.email)
            w.summaryRow("Role", user.role.label)
            if given.isEmpty { w.summaryRow("Password", password) }
            w.raw("</dl>\n")
            if given.isEmpty {
                w.raw(
                    "<p>This password is shown once. Give it to the account holder by a safe route and ask them to change it after signing in.</p>\n")
            }
            w.raw("</div>\n<p><a href=\"/admin/users\">Back to accounts</a></p>\n")
        }
        return .html(done, status: .created)
    }

    private func page(
        context: AppRequestContext, account: Audience.Account, values: FormData, errors: FormErrors,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let allowed = try await directory.partnerships(managedBy: account)
        let list = try await users.users(in: account.partnershipID)
        let names = Dictionary(allowed.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let roles = UserRole.allCases
        let page = Layout(
            title: errors.isEmpty ? "Accounts" : "Error: Accounts", signedInAs: context.signedInAs,
            csrfToken: context.csrfToken
        ).render { w in
            w.errorSummary(errors)
            w.raw(
                "<h1>Accounts</h1>\n<table>\n<caption>Accounts you manage</caption>\n<thead><tr><th scope=\"col\">Email address</th><th scope=\"col\">Role</th><th scope=\"col\">Partnership</th><th scope=\"col\">Status</th></tr></thead>\n<tbody>\n"
            )
            for user in list {
                w.raw("<tr><td>")
                w.text(user.email)
                w.raw("</td><td>")
                w.text(user.role.label)
                w.raw("</td><td>")
                w.text(user.partnershipID.flatMap { names[$0] } ?? "Every partnership")
                w.raw("</td><td>")
                w.text(user.isDisabled ? "Disabled" : "Active")
                w.raw("</td></tr>\n")
            }
            w.raw("</tbody>\n</table>\n<h2>Add an account</h2>\n<form method=\"post\" action=\"/admin/users\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.inputField("email", label: "Email address", value: values["email"] ?? "", type: "email", autocomplete: "off", errors: errors)
            w.selectField(
                "role", label: "Role", choices: [Choice("", "Choose a role")] + roles.map { Choice($0.rawValue, $0.label) },
                selected: values["role"],
                hint: "Secretariat edits everything of the partnership; members read the bodies they sit on; officers update their actions.",
                errors: errors)
            var partnershipChoices = allowed.map { Choice($0.slug, $0.name) }
            if account.partnershipID == nil { partnershipChoices.insert(Choice("", "Every partnership (administrators only)"), at: 0) }
            w.selectField("partnership", label: "Partnership", choices: partnershipChoices, selected: values["partnership"], errors: errors)
            w.inputField(
                "person", label: "Person (optional)", value: values["person"] ?? "",
                hint: "Full name as in the partnership's directory. Members see Part 2 of the bodies this person sits on.",
                errors: errors)
            w.inputField(
                "password", label: "Password (optional)", type: "password",
                hint: "Leave blank to generate one, shown once after the account is created.",
                autocomplete: "new-password", errors: errors)
            w.raw("<button type=\"submit\">Add account</button>\n</form>\n")
        }
        return .html(page, status: status)
    }
}
