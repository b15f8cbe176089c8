import Hummingbird
import MinutebookCore
import MinutebookServices

/// The secretariat changes an action after the fact: its owners and due date, or hands it to someone
/// until a date (cover), also once its minutes are approved. The approved minutes keep their text;
/// the reason goes into the action's history, and every change is audited.
struct ActionChangeController {
    let actions: any ActionRepository
    let history: any ActionHistoryRepository
    let people: any PeopleRepository

    enum Form { case change, cover }

    func addRoutes(to routes: PartnershipRoutes) {
        routes.secretariat.get("actions/:id/change", use: show)
        routes.secretariat.post("actions/:id/change", use: change)
        routes.secretariat.post("actions/:id/cover", use: cover)
    }

    @Sendable func show(_ request: Request, context: SecretariatContext) async throws -> Response {
        let tracked = try await action(context)
        return try await page(tracked, context, FormReader(FormData()), form: nil)
    }

    @Sendable func change(_ request: Request, context: SecretariatContext) async throws -> Response {
        let tracked = try await action(context)
        var f = try await FormReader.collect(request, context.request)
        let owners = f.form.all("owner").compactMap { Int64($0) }
        let wholeBody = f.form["wholeBody"] == "1"
        if owners.isEmpty && !wholeBody { f.errors.add("owner", "Choose at least one owner") }
        let due = f.dayMonthYear("due", "the due date", required: false)
        let reason = f.required("reason", "Give the reason for the change: it is kept in the action's history")
        if f.errors.isEmpty,
            try await f.refusing(
                "reason",
                {
                    try await history.changeAction(
                        tracked.id, to: ActionChange(ownerPersonIDs: owners, wholeBody: wholeBody, due: due, reason: reason),
                        by: context.actionEditor)
                }) != nil
        {
            return done(tracked, context)
        }
        return try await page(tracked, context, f, form: .change)
    }

    @Sendable func cover(_ request: Request, context: SecretariatContext) async throws -> Response {
        let tracked = try await action(context)
        var f = try await FormReader.collect(request, context.request)
        let person = f.form.nonEmpty("cover").flatMap { Int64($0) }
        if person == nil { f.errors.add("cover", "Choose who covers the action") }
        let until = f.dayMonthYear("until", "the last day of the cover")
        let reason = f.required("coverReason", "Give the reason for the cover: it is kept in the action's history")
        if f.errors.isEmpty, let person, let until,
            try await f.refusing(
                "until-day",
                {
                    try await history.coverAction(
                        tracked.id, by: person, until: until, today: Today.date, reason: reason, by: context.actionEditor)
                }) != nil
        {
            return done(tracked, context)
        }
        return try await page(tracked, context, f, form: .cover)
    }

    func action(_ context: SecretariatContext) async throws -> TrackedAction {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }),
            let tracked = try await actions.action(id: id, in: context.partnership.id, audience: context.audience)
        else { throw DomainError.notFound("\(context.partnership.name) has no such action.") }
        return tracked
    }

    func done(_ tracked: TrackedAction, _ context: SecretariatContext) -> Response {
        Response(status: .seeOther, headers: [.location: SitePath.action(partnership: context.partnership.slug, id: tracked.id).path])
    }

    func page(_ a: TrackedAction, _ context: SecretariatContext, _ f: FormReader, form: Form?) async throws -> Response {
        let partnership = context.partnership
        let everyone = try await people.people(of: partnership.id)
        let current = try await history.cover(of: a.id, on: Today.date)
        let title = "Change the action's owners, due date or cover"
        var layout = Layout(
            title: f.errors.isEmpty ? title : "Error: " + title, signedInAs: context.request.signedInAs,
            csrfToken: context.request.csrfToken)
        let actionPath = SitePath.action(partnership: partnership.slug, id: a.id).path
        let changePath = SitePath.actionChange(partnership: partnership.slug, id: a.id).path
        layout.breadcrumbs = [
            (partnership.name, SitePath.partnership(partnership.slug).path),
            ("Actions", SitePath.actions(partnership: partnership.slug).path),
            (a.minute?.label ?? "Action", actionPath)
        ]
        let none = FormErrors()
        let changeErrors = form == .change ? f.errors : none
        let coverErrors = form == .cover ? f.errors : none
        let bytes = layout.render { w in
            w.errorSummary(f.errors)
            w.element("<span class=\"caption\">", a.bodyName, "</span>\n")
            w.element("<h1>", title, "</h1>\n")
            w.element("<p>", a.action.text, "</p>\n")
            w.element(
                "<p>",
                "The minutes keep the owners and date as they were printed; the tracker, reminders and reports follow "
                    + "the change, and the reason is kept in the action's history.", "</p>\n")
            w.raw("<h2 id=\"change\">Owners and due date</h2>\n")
            FormReader.open(&w, action: changePath, context: context.request, label: "change")
            let chosen: Set<Int64> =
                form == .change ? Set(f.form.all("owner").compactMap { Int64($0) }) : Set(a.owners.compactMap(\.personID))
            w.raw(changeErrors.message(for: "owner") == nil ? "<div class=\"field\">\n" : "<div class=\"field error\">\n")
            w.raw("<fieldset id=\"owner\"><legend>Owners</legend>\n")
            if let message = changeErrors.message(for: "owner") {
                w.raw("<p class=\"error-message\"><span class=\"visually-hidden\">Error:</span> ")
                w.text(message)
                w.raw("</p>\n")
            }
            for person in everyone {
                w.checkbox("owner", label: person.fullName, checked: chosen.contains(person.id), id: "owner-\(person.id)", value: "\(person.id)")
            }
            let whole = form == .change ? f.form["wholeBody"] == "1" : a.owners.contains { $0.bodyID != nil }
            w.checkbox("wholeBody", label: "The whole body (\(a.bodyName))", checked: whole)
            w.raw("</fieldset>\n</div>\n")
            w.dateInput(
                "due", legend: "Due date", value: form == .change ? f.dateParts("due") : a.action.due.map { DateParts($0) } ?? DateParts(),
                hint: "For example 26 3 2031; leave empty for no due date", errors: changeErrors)
            w.textArea(
                "reason", label: "Reason", value: form == .change ? f.value("reason") : "",
                hint: "Kept in the action's history, which members read", errors: changeErrors, rows: 3)
            w.raw("<button type=\"submit\">Change the action</button>\n</form>\n")
            w.raw("<h2 id=\"cover-heading\">Hand it to someone until a date</h2>\n")
            if let current {
                w.element(
                    "<p>", "\(current.personName) covers this action until \(current.until.long). A new cover replaces it.", "</p>\n")
            }
            FormReader.open(&w, action: actionPath + "/cover", context: context.request, label: "cover-heading")
            let people = [Choice("", "Choose a person")] + everyone.map { Choice("\($0.id)", $0.fullName) }
            w.selectField(
                "cover", label: "Covered by", choices: people, selected: form == .cover ? f.value("cover") : nil, errors: coverErrors)
            w.dateInput(
                "until", legend: "Until", value: form == .cover ? f.dateParts("until") : DateParts(),
                hint: "The last day of the cover; the day after, the action is back with its owners", errors: coverErrors)
            w.textArea(
                "coverReason", label: "Reason for the cover", value: form == .cover ? f.value("coverReason") : "",
                hint: "For example: the owner is on leave", errors: coverErrors, rows: 3)
            w.raw("<button type=\"submit\">Hand the action over</button>\n</form>\n")
        }
        return .html(bytes, status: f.errors.isEmpty ? .ok : .badRequest)
    }
}
