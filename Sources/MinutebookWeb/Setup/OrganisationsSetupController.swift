import Hummingbird
import MinutebookCore
import MinutebookServices

/// The partnership's member organisations: add one, change its name or abbreviation, merge two
/// records of one organisation (people, seats, job titles and action owners follow).
struct OrganisationsSetupController {
    let people: any PeopleSetupRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let group = routes.secretariat.group("settings/organisations")
        group.get(use: list)
        group.post(use: add)
        group.get(":id", use: show)
        group.post(":id", use: edit)
        group.post(":id/merge", use: merge)
    }

    @Sendable func list(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        return try await listPage(scope, context, FormReader(FormData()), notice: setupNotice(request))
    }

    @Sendable func add(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        var f = try await FormReader.collect(request, context)
        if let details = Self.details(&f),
            let added = try await f.refusing("name", { try await people.addOrganisation(to: scope.partnership.id, details, by: scope.editor) })
        {
            return scope.redirect(.setupOrganisations(partnership: scope.slug), notice: "\(added.name) was added.")
        }
        return try await listPage(scope, context, f, notice: nil)
    }

    @Sendable func show(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        return try await page(
            scope, context, try await organisation(scope, context), FormReader(FormData()), merging: false,
            notice: setupNotice(request))
    }

    @Sendable func edit(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let organisation = try await organisation(scope, context)
        var f = try await FormReader.collect(request, context)
        if let details = Self.details(&f),
            let saved = try await f.refusing("name", { try await people.editOrganisation(organisation.id, details, by: scope.editor) })
        {
            return scope.redirect(.setupOrganisation(partnership: scope.slug, id: saved.id), notice: "\(saved.name) was saved.")
        }
        return try await page(scope, context, organisation, f, merging: false, notice: nil)
    }

    @Sendable func merge(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let organisation = try await organisation(scope, context)
        var f = try await FormReader.collect(request, context)
        let others = try await people.organisations(of: scope.partnership.id).filter { $0.id != organisation.id }
        let dropped = f.form.nonEmpty("dropped").flatMap { Int64($0) }.flatMap { id in others.first(where: { $0.id == id }) }
        if dropped == nil { f.errors.add("dropped", "Choose the organisation to merge into \(organisation.name)") }
        if f.form["confirm"] != "1" { f.errors.add("confirm", "Tick the box to confirm the merge: it cannot be undone") }
        if let dropped, f.errors.isEmpty,
            let merged = try await f.refusing("dropped", { try await people.mergeOrganisation(dropped.id, into: organisation.id, by: scope.editor) })
        {
            return scope.redirect(
                .setupOrganisation(partnership: scope.slug, id: merged.id), notice: "\(dropped.name) was merged into \(merged.name).")
        }
        return try await page(scope, context, organisation, f, merging: true, notice: nil)
    }

    func organisation(_ scope: SetupScope, _ context: AppRequestContext) async throws -> Organisation {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let found = try await people.organisations(of: scope.partnership.id).first(where: { $0.id == id }) else {
            throw DomainError.notFound("\(scope.partnership.name) has no such organisation.")
        }
        return found
    }

    static func details(_ f: inout FormReader) -> OrganisationDetails? {
        let details = OrganisationDetails(name: f.required("name", "Enter the organisation's name"), abbreviation: f.form["abbreviation"])
        for problem in details.problems where f.errors.message(for: problem.field) == nil { f.errors.add(problem.field, problem.message) }
        return f.errors.isEmpty ? details : nil
    }

    func listPage(_ scope: SetupScope, _ context: AppRequestContext, _ f: FormReader, notice: String?) async throws -> Response {
        let all = try await people.organisations(of: scope.partnership.id)
        return scope.page("Organisations", context: context, errors: f.errors, notice: notice) { w in
            if all.isEmpty {
                w.element("<p>", "No organisation has been added yet.", "</p>\n")
            } else {
                w.raw("<ul>\n")
                for organisation in all {
                    w.raw("<li><a href=\"")
                    w.text(SitePath.setupOrganisation(partnership: scope.slug, id: organisation.id).path)
                    w.raw("\">")
                    w.text(organisation.name + (organisation.abbreviation.map { " (\($0))" } ?? ""))
                    w.raw("</a></li>\n")
                }
                w.raw("</ul>\n")
            }
            w.raw("<h2 id=\"add-organisation\">Add an organisation</h2>\n")
            FormReader.open(&w, action: SitePath.setupOrganisations(partnership: scope.slug).path, context: context, label: "add-organisation")
            w.inputField("name", label: "Name", value: f.value("name"), autocomplete: "off", errors: f.errors)
            w.inputField(
                "abbreviation", label: "Abbreviation", value: f.value("abbreviation"), hint: "Optional, for example MBC",
                autocomplete: "off", errors: f.errors)
            w.raw("<button type=\"submit\">Add the organisation</button>\n</form>\n")
        }
    }

    func page(
        _ scope: SetupScope, _ context: AppRequestContext, _ organisation: Organisation, _ f: FormReader, merging: Bool,
        notice: String?
    ) async throws -> Response {
        let others = try await people.organisations(of: scope.partnership.id).filter { $0.id != organisation.id }
        let path = SitePath.setupOrganisation(partnership: scope.slug, id: organisation.id).path
        let typed = !merging && !f.form.fields.isEmpty
        return scope.page(
            organisation.name, context: context, errors: f.errors, notice: notice,
            crumbs: [("Organisations", SitePath.setupOrganisations(partnership: scope.slug).path)]
        ) { w in
            w.raw("<h2 id=\"details\">Details</h2>\n")
            FormReader.open(&w, action: path, context: context, label: "details")
            let errors = merging ? FormErrors() : f.errors
            w.inputField("name", label: "Name", value: typed ? f.value("name") : organisation.name, autocomplete: "off", errors: errors)
            w.inputField(
                "abbreviation", label: "Abbreviation", value: typed ? f.value("abbreviation") : organisation.abbreviation ?? "",
                autocomplete: "off", errors: errors)
            w.raw("<button type=\"submit\">Save</button>\n</form>\n")
            if !others.isEmpty {
                let mergeErrors = merging ? f.errors : FormErrors()
                w.raw("<h2 id=\"merge\">Merge another organisation into this one</h2>\n")
                FormReader.open(&w, action: path + "/merge", context: context, label: "merge")
                w.selectField(
                    "dropped", label: "Organisation to merge into \(organisation.name)",
                    choices: [Choice("", "Choose an organisation")] + others.map { Choice(String($0.id), $0.name) },
                    selected: merging ? f.value("dropped") : "", errors: mergeErrors)
                w.mergeConfirmation(mergeErrors, checked: merging && f.form["confirm"] == "1")
                w.raw("<button type=\"submit\" class=\"warning\">Merge the organisations</button>\n</form>\n")
            }
        }
    }
}
