import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The action tracker of a partnership: filters (body, owner, organisation, status, overdue), "My
/// actions", CSV export, bulk status changes, and one page per action with its history.
struct ActionsController {
    let directory: any DirectoryRepository
    let actions: any ActionRepository
    let threads: any ThreadRepository
    let history: any ActionHistoryRepository
    let people: any PeopleRepository

    func addRoutes(to routes: PartnershipRoutes) {
        routes.partnership.get("actions", use: list)
        routes.partnership.get("actions/organisations", use: byOrganisation)
        routes.secretariat.post("actions/status", use: bulkStatus)
        routes.partnership.get("actions/:id", use: show)
        routes.partnership.post("actions/:id", use: update)
    }

    /// The action of the path, of the path's partnership (any other is a 404, whoever asks).
    func action(_ context: some RequestContext, in partnership: Partnership, audience: Audience) async throws -> TrackedAction {
        guard let id = context.parameters.get("id").flatMap({ Int64($0) }),
            let tracked = try await actions.action(id: id, in: partnership.id, audience: audience)
        else {
            throw DomainError.notFound("\(partnership.name) has no such action.")
        }
        return tracked
    }

    /// The tracker's filters as the query string gives them (body, owner, organisation, status, due
    /// by, overdue), all kept in the URL. With none of body, owner or organisation the view is the
    /// signed-in person's own outstanding actions, or, for an account with no person or a person who
    /// owns none, the partnership's outstanding actions: never empty by default, never an error.
    func filter(
        _ request: Request, account: Audience.Account, partnership: Partnership, bodies: [Body],
        people: [Person], organisations: [Organisation]
    ) throws -> TrackerQuery {
        let query = request.uri.queryParameters
        var filter = ActionFilter(partnershipID: partnership.id)
        var headings: [String] = []
        func given(_ name: String) -> String? {
            guard let value = query.get(name)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
            return value
        }
        if let slug = given("body") {
            guard let body = bodies.first(where: { $0.slug == slug }) else { throw DomainError.invalid("There is no body '\(slug)'.") }
            filter.bodyID = body.id
            headings.append("of the \(body.name)")
        }
        if let owner = given("owner") {
            guard let id = Int64(owner), let person = people.first(where: { $0.id == id }) else {
                throw DomainError.invalid("There is no person '\(owner)' in \(partnership.name).")
            }
            filter.ownerPersonID = id
            headings.append("owned by \(person.fullName)")
        }
        if let organisation = given("organisation") {
            guard let id = Int64(organisation), let found = organisations.first(where: { $0.id == id }) else {
                throw DomainError.invalid("There is no organisation '\(organisation)' in \(partnership.name).")
            }
            filter.ownerOrganisationID = id
            headings.append("by \(found.name)")
        }
        let chosen = !headings.isEmpty
        switch given("status") {
        case nil, "outstanding": filter.statuses = [.open, .inProgress]
        case "any": break
        case let status?:
            guard let s = ActionStatus(rawValue: status) else { throw DomainError.invalid("'\(status)' is not a status.") }
            filter.statuses = [s]
        }
        if let due = given("due") {
            guard let date = LocalDate(iso: due) else { throw DomainError.invalid("'\(due)' is not a date: write it as 2019-04-01.") }
            filter.dueBy = date
            headings.append("due by \(date.long)")
        }
        if query.get("overdue") == "1" {
            filter.overdueOn = Today.date
            headings.append("overdue")
        }
        if chosen { return TrackerQuery(filter: filter, heading: "Actions " + headings.joined(separator: ", "), mine: false) }
        if let person = account.personID {
            var mine = filter
            mine.ownerPersonID = person
            return TrackerQuery(filter: mine, heading: "My actions", mine: true, fallback: filter)
        }
        return TrackerQuery(
            filter: filter,
            heading: (filter.statuses == [.open, .inProgress] ? "Outstanding actions" : "Actions")
                + (headings.isEmpty ? "" : " " + headings.joined(separator: ", ")), mine: false)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, _) = try context.requireAccount(request)
        let partnership = try context.pathPartnership()
        let bodies = try await directory.bodies(of: partnership.id)
        let people = try await self.people.people(of: partnership.id)
        let organisations = try await self.people.organisations(of: partnership.id)
        var tracker = try filter(
            request, account: account, partnership: partnership, bodies: bodies, people: people,
            organisations: organisations)
        var found = try await actions.actions(tracker.filter, audience: context.audience)
        var note: String?
        if found.isEmpty, tracker.mine, let fallback = tracker.fallback {
            // A person who owns nothing outstanding sees what the partnership has outstanding.
            found = try await actions.actions(fallback, audience: context.audience)
            note = "You own no actions that match: these are the partnership's."
            tracker.heading = "Outstanding actions"
        }
        if request.uri.queryParameters.get("format") == "csv" {
            let text = ([ActionCSV.header] + found.map { ActionCSV.row($0, today: Today.date) }).joined(separator: "\r\n") + "\r\n"
            return .csv(text, filename: "actions-\(partnership.slug).csv")
        }
        let canEdit = Visibility.grant(context.audience, bodyID: tracker.filter.bodyID ?? -1, partnershipID: partnership.id).edit
        return .html(
            ActionViews.list(
                found, heading: tracker.heading, note: note, partnership: partnership, bodies: bodies,
                people: people, organisations: organisations, request: request, canEdit: canEdit,
                context: context))
    }

    /// Open, in progress, overdue and done actions per partner organisation, each count a link to the tracker.
    @Sendable func byOrganisation(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount(request)
        let partnership = try context.pathPartnership()
        let counts = try await actions.organisationOverview(partnershipID: partnership.id, today: Today.date, audience: context.audience)
        return .html(OrganisationOverviewView.page(counts, partnership: partnership, context: context))
    }

    /// The secretariat changes the status of many actions at once: every one must be of the path's partnership.
    @Sendable func bulkStatus(_ request: Request, context: SecretariatContext) async throws -> Response {
        var request = request
        let partnership = context.partnership
        let form = try await FormData.collect(from: &request, context: context)
        let ids = form.all("action").compactMap { Int64($0) }
        guard let status = form["status"].flatMap(ActionStatus.init(rawValue:)) else { throw DomainError.invalid("Choose a status.") }
        for id in ids where try await actions.action(id: id, in: partnership.id, audience: context.audience) == nil {
            throw DomainError.notFound("\(partnership.name) has no action \(id).")
        }
        _ = try await actions.changeStatus(of: ids, to: status, note: form["note"] ?? "", by: context.actionEditor)
        let back = form["back"].flatMap { SitePath.isLocal($0) ? $0 : nil } ?? SitePath.actions(partnership: partnership.slug).path
        return .redirect(to: back, type: .found)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount(request)
        let partnership = try context.pathPartnership()
        let tracked = try await action(context, in: partnership, audience: context.audience)
        var thread: [ThreadMinute] = []
        if let minute = tracked.minute { thread = try await threads.thread(of: minute.minuteID, audience: context.audience) }
        let grant = Visibility.grant(context.audience, bodyID: tracked.action.bodyID, partnershipID: partnership.id)
        let isOwner = context.account?.personID.map { person in tracked.owners.contains { $0.personID == person } } ?? false
        let inferences = try await history.inferences(actionID: tracked.action.id)
        let cover = try await history.cover(of: tracked.action.id, on: Today.date)
        return .html(
            ActionViews.page(
                tracked, thread: thread, inferences: inferences, cover: cover, partnership: partnership,
                canUpdate: grant.edit || isOwner || Self.covers(cover, context), canUndo: grant.edit, context: context))
    }

    /// Whether the signed-in person covers the action today (and may update it as its owners may).
    static func covers(_ cover: ActionCover?, _ context: AppRequestContext) -> Bool {
        guard let cover, let person = context.account?.personID else { return false }
        return cover.personID == person
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let editor = try context.requireActionEditor(request)
        let partnership = try context.pathPartnership()
        let tracked = try await action(context, in: partnership, audience: context.audience)
        let id = tracked.action.id
        let grant = Visibility.grant(context.audience, bodyID: tracked.action.bodyID, partnershipID: partnership.id)
        let isOwner = context.account?.personID.map { person in tracked.owners.contains { $0.personID == person } } ?? false
        let covering = try await Self.covers(history.cover(of: id, on: Today.date), context)
        guard grant.edit || isOwner || covering else {
            throw DomainError.forbidden("Only the action's owner, the person covering it or the secretariat can update it.")
        }
        let form = try await FormData.collect(from: &request, context: context)
        let status = form["status"].flatMap(ActionStatus.init(rawValue:))
        try await actions.recordUpdate(
            on: id, text: form.untrimmed("update") ?? "", status: status == tracked.action.status ? nil : status,
            via: .web, by: editor)
        return .redirect(to: SitePath.action(partnership: partnership.slug, id: id).path, type: .found)
    }
}

/// The tracker's filter as read from the URL, with its heading; `fallback` is the partnership's
/// outstanding actions, shown when "My actions" finds none.
struct TrackerQuery {
    var filter: ActionFilter
    var heading: String
    var mine: Bool
    var fallback: ActionFilter?
}
