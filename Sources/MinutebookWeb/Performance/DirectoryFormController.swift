import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The secretariat keeps the lead directory: theme → seat (whose current holder is shown, so the
/// entry follows seat changes) or a named person, with the organisation and contact details.
struct DirectoryFormController {
    let directory: any DirectoryRepository
    let leads: any LeadDirectoryRepository
    let bodyRepository: any BodyRepository
    let people: any PeopleRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let group = routes.secretariat.group("directory")
        group.get("new", use: newEntry)
        group.post("new", use: create)
        group.get(":id/edit", use: editPage)
        group.post(":id/edit", use: edit)
        group.post(":id/delete", use: remove)
    }

    /// What an entry can point at.
    struct Options {
        var seats: [Choice]
        var people: [Choice]
        var organisations: [Choice]
        var seatIDs: Set<Int64>
        var personIDs: Set<Int64>
        var organisationIDs: Set<Int64>
    }

    func scope(_ context: SecretariatContext) async throws -> SecretariatScope {
        try await SecretariatScope.of(context, directory: directory, refusal: "Only the secretariat can change the directory")
    }

    func options(_ scope: SecretariatScope, _ context: AppRequestContext) async throws -> Options {
        var seats: [Choice] = [], seatIDs = Set<Int64>()
        for body in scope.bodies {
            for occupancy in try await bodyRepository.seats(of: body.id, on: Today.date, audience: context.audience) {
                seats.append(
                    Choice(
                        String(occupancy.seat.id),
                        "\(occupancy.seat.title), \(body.name)"
                            + (occupancy.holder.map { " (now \($0.fullName))" } ?? " (vacant)")))
                seatIDs.insert(occupancy.seat.id)
            }
        }
        let everyone = try await people.people(of: scope.partnership.id)
        let organisations = try await people.organisations(of: scope.partnership.id)
        return Options(
            seats: [Choice("", "No seat")] + seats,
            people: [Choice("", "No one named")] + everyone.map { Choice(String($0.id), $0.fullName) },
            organisations: [Choice("", "The seat's or person's organisation")] + organisations.map { Choice(String($0.id), $0.name) },
            seatIDs: seatIDs, personIDs: Set(everyone.map(\.id)), organisationIDs: Set(organisations.map(\.id)))
    }

    func read(_ request: Request, _ context: AppRequestContext) async throws -> FormReader {
        var request = request
        return FormReader(try await FormData.collect(from: &request, context: context))
    }

    static func entry(_ f: inout FormReader, id: Int64, scope: SecretariatScope, options: Options) -> DirectoryEntry? {
        let theme = f.required("theme", "Enter the theme, for example Domestic abuse")
        func pick(_ field: String, _ known: Set<Int64>, _ message: String) -> Int64? {
            guard let text = f.form.nonEmpty(field) else { return nil }
            guard let id = Int64(text), known.contains(id) else {
                f.errors.add(field, message)
                return nil
            }
            return id
        }
        let seat = pick("seat", options.seatIDs, "Choose a seat from the list")
        let person = pick("person", options.personIDs, "Choose a person from the list")
        let organisation = pick("organisation", options.organisationIDs, "Choose an organisation from the list")
        if f.form.nonEmpty("seat") == nil, f.form.nonEmpty("person") == nil {
            f.errors.add("seat", "Choose the seat that leads (it follows whoever holds it), or a person")
        }
        let email = f.form.nonEmpty("email")
        if let email, !(email.contains("@") && !email.hasPrefix("@") && !email.hasSuffix("@")) {
            f.errors.add("email", "Enter the email address like name@example.org")
        }
        guard f.errors.isEmpty else { return nil }
        return DirectoryEntry(
            id: id, partnershipID: scope.partnership.id, theme: theme, seatID: seat, personID: person,
            email: email, phone: f.form.nonEmpty("phone"), organisationID: organisation)
    }

    static func values(of e: DirectoryEntry) -> FormData {
        FormData(fields: [
            ("theme", e.theme), ("seat", e.seatID.map(String.init) ?? ""), ("person", e.personID.map(String.init) ?? ""),
            ("organisation", e.organisationID.map(String.init) ?? ""), ("email", e.email ?? ""), ("phone", e.phone ?? "")
        ])
    }

    func stored(_ scope: SecretariatScope, _ context: AppRequestContext) async throws -> DirectoryEntry {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let entry = try await leads.storedEntry(id: id, partnershipID: scope.partnership.id) else {
            throw DomainError.notFound("There is no such directory entry")
        }
        return entry
    }

    @Sendable func newEntry(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        return page(scope, context, nil, try await options(scope, context), FormReader(FormData()))
    }

    @Sendable func create(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let options = try await options(scope, context)
        var f = try await read(request, context)
        guard let entry = Self.entry(&f, id: 0, scope: scope, options: options) else { return page(scope, context, nil, options, f) }
        _ = try await leads.add(entry, by: scope.editor)
        return scope.redirect("/directory")
    }

    @Sendable func editPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let entry = try await stored(scope, context)
        return page(scope, context, entry, try await options(scope, context), FormReader(Self.values(of: entry)))
    }

    @Sendable func edit(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let existing = try await stored(scope, context)
        let options = try await options(scope, context)
        var f = try await read(request, context)
        guard let entry = Self.entry(&f, id: existing.id, scope: scope, options: options) else { return page(scope, context, existing, options, f) }
        try await leads.update(entry, by: scope.editor)
        return scope.redirect("/directory")
    }

    @Sendable func remove(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let existing = try await stored(scope, context)
        try await leads.remove(entryID: existing.id, partnershipID: scope.partnership.id, by: scope.editor)
        return scope.redirect("/directory")
    }

    func page(
        _ scope: SecretariatScope, _ context: AppRequestContext, _ existing: DirectoryEntry?, _ options: Options,
        _ f: FormReader
    ) -> Response {
        scope.page(
            existing.map { "Edit lead: \($0.theme)" } ?? "Add a lead to the directory", context: context, errors: f.errors,
            crumbs: [("Who leads on what", scope.base + "/directory")]
        ) { w in
            w.raw("<form method=\"post\" action=\"")
            w.text(existing.map { scope.base + "/directory/\($0.id)/edit" } ?? scope.base + "/directory/new")
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.inputField("theme", label: "Theme", value: f.value("theme"), errors: f.errors)
            w.selectField(
                "seat", label: "Seat", choices: options.seats, selected: f.value("seat"),
                hint: "The directory shows whoever holds the seat, so it stays right when the seat changes hands", errors: f.errors)
            w.selectField(
                "person", label: "Or a named person", choices: options.people, selected: f.value("person"),
                hint: "Used when no seat is chosen, or the seat is vacant", errors: f.errors)
            w.selectField("organisation", label: "Organisation", choices: options.organisations, selected: f.value("organisation"), errors: f.errors)
            w.inputField(
                "email", label: "Contact email (optional)", value: f.value("email"), type: "email",
                hint: "Left empty, the lead's own address is shown to signed-in members", errors: f.errors)
            w.inputField("phone", label: "Contact phone (optional)", value: f.value("phone"), errors: f.errors)
            w.raw("<button type=\"submit\">Save</button>\n</form>\n")
            guard let existing else { return }
            w.raw("<form method=\"post\" action=\"")
            w.text(scope.base + "/directory/\(existing.id)/delete")
            w.raw("\">\n")
            w.csrfField(context.csrfToken)
            w.raw("<button type=\"submit\" class=\"secondary\">Remove this entry</button>\n</form>\n")
        }
    }
}
