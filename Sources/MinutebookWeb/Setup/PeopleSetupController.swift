import Hummingbird
import MinutebookCore
import MinutebookServices

/// The secretariat's people: add someone (name, job title, e-mail, telephone, organisation), change
/// their details, merge two records of one person keeping every reference, and mark someone as having
/// left, which ends the seats they held.
struct PeopleSetupController {
    let people: any PeopleSetupRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let group = routes.secretariat.group("settings/people")
        group.get(use: list)
        group.post(use: add)
        group.get(":id", use: show)
        group.post(":id", use: edit)
        group.post(":id/merge", use: merge)
        group.post(":id/left", use: left)
    }

    enum Form { case details, merge, left }

    @Sendable func list(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        return try await listPage(scope, context, FormReader(FormData()), notice: setupNotice(request))
    }

    @Sendable func add(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        var f = try await FormReader.collect(request, context)
        let name = f.required("fullName", "Enter the person's full name")
        if let details = Self.details(&f, name: name, adding: true),
            let added = try await f.refusing(
                "fullName", { try await people.addPerson(to: scope.partnership.id, details, on: Today.date, by: scope.editor) })
        {
            return scope.redirect(.setupPeople(partnership: scope.slug), notice: "\(added.person.fullName) was added.")
        }
        return try await listPage(scope, context, f, notice: nil)
    }

    @Sendable func show(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let person = try await person(scope, context)
        return try await personPage(scope, context, person, FormReader(FormData()), form: nil, notice: setupNotice(request))
    }

    @Sendable func edit(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let person = try await person(scope, context)
        var f = try await FormReader.collect(request, context)
        let name = f.required("fullName", "Enter the person's full name")
        if let details = Self.details(&f, name: name),
            let saved = try await f.refusing("fullName", { try await people.editPerson(person.person.id, details, on: Today.date, by: scope.editor) })
        {
            return scope.redirect(
                .setupPerson(partnership: scope.slug, id: saved.person.id), notice: "\(saved.person.fullName)'s details were saved.")
        }
        return try await personPage(scope, context, person, f, form: .details, notice: nil)
    }

    @Sendable func merge(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let person = try await person(scope, context)
        var f = try await FormReader.collect(request, context)
        let everyone = try await people.directory(of: scope.partnership.id, on: Today.date)
        let dropped = f.form.nonEmpty("dropped").flatMap { Int64($0) }
            .flatMap { id in everyone.first(where: { $0.person.id == id && id != person.person.id }) }
        if dropped == nil { f.errors.add("dropped", "Choose the record to merge into this one") }
        if f.form["confirm"] != "1" { f.errors.add("confirm", "Tick the box to confirm the merge: it cannot be undone") }
        if let dropped, f.errors.isEmpty,
            let merged = try await f.refusing(
                "dropped", { try await people.mergePerson(dropped.person.id, into: person.person.id, by: scope.editor) })
        {
            return scope.redirect(
                .setupPerson(partnership: scope.slug, id: merged.person.id),
                notice: "The record of \(dropped.person.fullName) was merged into this one.")
        }
        return try await personPage(scope, context, person, f, form: .merge, notice: nil)
    }

    @Sendable func left(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = SetupScope(secretariat)
        let context = secretariat.request
        let person = try await person(scope, context)
        var f = try await FormReader.collect(request, context)
        if let date = f.dayMonthYear("leftOn", "the day they left"), f.errors.isEmpty,
            let marked = try await f.refusing("leftOn-day", { try await people.markLeft(person.person.id, on: date, by: scope.editor) })
        {
            return scope.redirect(
                .setupPerson(partnership: scope.slug, id: marked.person.id),
                notice: "\(marked.person.fullName) left on \(date.long); their seats ended that day.")
        }
        return try await personPage(scope, context, person, f, form: .left, notice: nil)
    }

    func person(_ scope: SetupScope, _ context: AppRequestContext) async throws -> DirectoryPerson {
        let id = try context.parameters.require("id", as: Int64.self)
        let found: DirectoryPerson
        do {
            found = try await people.person(id: id, on: Today.date)
        } catch let error as DomainError where error.kind == .notFound {
            throw DomainError.notFound("\(scope.partnership.name) has no such person.")
        }
        guard found.person.partnershipID == scope.partnership.id else { throw DomainError.notFound("\(scope.partnership.name) has no such person.") }
        return found
    }

    /// The details typed (when editing, a blank field clears the stored one); nil with the problems in `f`.
    static func details(_ f: inout FormReader, name: String, adding: Bool = false) -> PersonDetails? {
        func field(_ name: String) -> String? { adding ? f.form.nonEmpty(name) : f.form[name] ?? "" }
        let details = PersonDetails(
            fullName: name, jobTitle: field("jobTitle"), email: field("email"), phone: field("phone"),
            organisation: field("organisation"))
        for problem in details.problems where f.errors.message(for: problem.field) == nil { f.errors.add(problem.field, problem.message) }
        return f.errors.isEmpty ? details : nil
    }

    static func detailFields(_ w: inout HTMLWriter, _ f: FormReader, typed: Bool, current: DirectoryPerson?, errors: FormErrors) {
        func value(_ field: String, _ stored: String?) -> String { typed ? f.value(field) : (stored ?? "") }
        w.inputField("fullName", label: "Full name", value: value("fullName", current?.person.fullName), autocomplete: "off", errors: errors)
        w.inputField("jobTitle", label: "Job title", value: value("jobTitle", current?.jobTitle), autocomplete: "off", errors: errors)
        w.inputField(
            "email", label: "E-mail", value: value("email", current?.person.email), type: "email",
            hint: "Papers, update requests and meeting changes are sent here", autocomplete: "off", errors: errors)
        w.inputField("phone", label: "Telephone", value: value("phone", current?.phone), autocomplete: "off", errors: errors)
        w.inputField(
            "organisation", label: "Organisation", value: value("organisation", current?.organisation),
            hint: "Its name or abbreviation; a new name adds the organisation", autocomplete: "off", errors: errors)
    }
}
