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
              let tracked = try await actions.action(id: id, in: partnership.id, audience: audience) else {
            throw DomainError.notFound("\(partnership.name) has no such action.")
        }
        return tracked
    }

    /// The filter from the query string; with none given, the signed-in person's own actions.
    func filter(_ request: Request, account: Audience.Account, bodies: [Body]) throws -> (ActionFilter, String) {
        let query = request.uri.queryParameters
        var filter = ActionFilter()
        var heading = "Actions"
        if let slug = query.get("body"), !slug.isEmpty {
            guard let body = bodies.first(where: { $0.slug == slug }) else { throw DomainError.invalid("There is no body '\(slug)'.") }
            filter.bodyID = body.id
            heading = "Actions of the \(body.name)"
        }
        if let org = query.get("organisation").flatMap({ Int64($0) }) {
            filter.ownerOrganisationID = org
            heading = "Actions by organisation"
        }
        if let status = query.get("status"), !status.isEmpty {
            guard let s = ActionStatus(rawValue: status) else { throw DomainError.invalid("'\(status)' is not a status.") }
            filter.statuses = [s]
        }
        if query.get("overdue") == "1" { filter.overdueOn = Today.date }
        if filter.bodyID == nil && filter.ownerOrganisationID == nil {
            guard let person = account.personID else {
                throw DomainError.invalid("Choose a body or an organisation to list actions.")
            }
            filter.ownerPersonID = person
            heading = "My actions"
            if filter.statuses.isEmpty { filter.statuses = [.open, .inProgress] }
        }
        return (filter, heading)
    }

    @Sendable func list(_ request: Request, context: AppRequestContext) async throws -> Response {
        let (account, _) = try context.requireAccount(request)
        let partnership = try context.pathPartnership()
        let bodies = try await directory.bodies(of: partnership.id)
        let (filter, heading) = try filter(request, account: account, bodies: bodies)
        let found = try await actions.actions(filter, audience: context.audience)
        if request.uri.queryParameters.get("format") == "csv" {
            let text = ([ActionCSV.header] + found.map { ActionCSV.row($0, today: Today.date) }).joined(separator: "\r\n") + "\r\n"
            return .csv(text, filename: "actions-\(partnership.slug).csv")
        }
        let canEdit = Visibility.grant(context.audience, bodyID: filter.bodyID ?? -1, partnershipID: partnership.id).edit
        return .html(ActionViews.list(found, heading: heading, partnership: partnership, bodies: bodies, request: request,
                                      canEdit: canEdit, context: context))
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
        return .html(ActionViews.page(tracked, thread: thread, partnership: partnership, canUpdate: grant.edit || isOwner, context: context))
    }

    @Sendable func update(_ request: Request, context: AppRequestContext) async throws -> Response {
        var request = request
        let editor = try context.requireActionEditor(request)
        let partnership = try context.pathPartnership()
        let tracked = try await action(context, in: partnership, audience: context.audience)
        let id = tracked.action.id
        let grant = Visibility.grant(context.audience, bodyID: tracked.action.bodyID, partnershipID: partnership.id)
        let isOwner = context.account?.personID.map { person in tracked.owners.contains { $0.personID == person } } ?? false
        guard grant.edit || isOwner else { throw DomainError.forbidden("Only the action's owner or the secretariat can update it.") }
        let form = try await FormData.collect(from: &request, context: context)
        let status = form["status"].flatMap(ActionStatus.init(rawValue:))
        try await actions.recordUpdate(on: id, text: form.untrimmed("update") ?? "", status: status == tracked.action.status ? nil : status,
                                       via: .web, by: editor)
        return .redirect(to: "/p/\(partnership.slug)/actions/\(id)", type: .found)
    }
}
