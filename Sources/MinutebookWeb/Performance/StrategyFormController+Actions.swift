import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// Delivery-plan actions: add one under an objective, edit it (title, lead, due date, status,
/// progress note, evidencing indicators), add and complete its milestones.
extension StrategyFormController {
    func action(_ strategy: Strategy, _ context: AppRequestContext) throws -> DeliveryAction {
        let id = try context.parameters.require("action", as: Int64.self)
        guard let action = strategy.allActions.first(where: { $0.id == id }) else {
            throw DomainError.notFound("There is no such action in the delivery plan")
        }
        return action
    }

    func partnershipIndicators(_ scope: SecretariatScope, _ context: AppRequestContext) async throws -> [Indicator] {
        try await indicators.indicators(of: scope.partnership.id, audience: context.audience)
    }

    static func values(of action: DeliveryAction) -> FormData {
        FormData(
            fields: [
                ("title", action.title), ("lead", action.lead), ("due", action.due?.iso ?? ""),
                ("status", action.status.rawValue), ("note", action.progressNote)
            ]
                + action.indicatorIDs.map { ("indicator", String($0)) })
    }

    /// Reads the action's own fields; nil (with the errors in `f`) when something must be fixed.
    static func actionFields(_ f: inout FormReader, id: Int64, existing: DeliveryAction?, known: [Indicator]) -> DeliveryAction? {
        let title = existing != nil && f.form["title"] == nil ? existing?.title ?? "" : f.required("title", "Enter the action")
        let lead = existing != nil && f.form["lead"] == nil ? existing?.lead ?? "" : f.required("lead", "Enter who leads the action")
        let due = existing != nil && f.form["due"] == nil ? existing?.due : f.date("due", "due date")
        let status: DeliveryStatus? = f.choice("status", "Choose the action's status")
        let listed = f.form["indicatorsListed"] != nil
        let knownIDs = Set(known.map(\.id))
        let chosen = f.form.all("indicator").compactMap { Int64($0) }
        if chosen.contains(where: { !knownIDs.contains($0) }) { f.errors.add("indicators", "Choose indicators from the list") }
        guard f.errors.isEmpty, let status else { return nil }
        return DeliveryAction(
            id: id, title: title, lead: lead, due: due, status: status,
            progressNote: f.form["note"] ?? existing?.progressNote ?? "",
            milestones: existing?.milestones ?? [],
            indicatorIDs: listed ? chosen : existing?.indicatorIDs ?? [])
    }

    @Sendable func newAction(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        var fields: [(String, String)] = [("status", DeliveryStatus.notStarted.rawValue)]
        if let objective = request.uri.queryParameters["objective"] { fields.append(("objective", String(objective))) }
        return actionPage(scope, context, strategy, nil, try await partnershipIndicators(scope, context), FormReader(FormData(fields: fields)))
    }

    @Sendable func createAction(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        let known = try await partnershipIndicators(scope, context)
        var f = try await read(request, context)
        let objectives = strategy.priorities.flatMap(\.objectives)
        let objective = f.form.nonEmpty("objective").flatMap { Int64($0) }.flatMap { id in objectives.first { $0.id == id } }
        if objective == nil { f.errors.add("objective", "Choose the objective the action delivers") }
        let fields = Self.actionFields(&f, id: 0, existing: nil, known: known)
        let milestoneTitle = f.form.nonEmpty("milestoneTitle")
        let milestoneDue = f.date("milestoneDue", "milestone's due date", required: milestoneTitle != nil)
        if milestoneTitle == nil, milestoneDue != nil { f.errors.add("milestoneTitle", "Enter the milestone, or leave its date empty") }
        guard f.errors.isEmpty, let objective, var action = fields else { return actionPage(scope, context, strategy, nil, known, f) }
        if let milestoneTitle, let milestoneDue { action.milestones = [Milestone(id: 0, title: milestoneTitle, due: milestoneDue)] }
        let id = try await strategies.addAction(objectiveID: objective.id, action, by: scope.editor)
        return scope.redirect("/strategy/\(strategy.id)/actions/\(id)")
    }

    @Sendable func actionPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        let action = try action(strategy, context)
        return actionPage(scope, context, strategy, action, try await partnershipIndicators(scope, context), FormReader(Self.values(of: action)))
    }

    /// The full edit form, and the inline status form on the strategy page, post here.
    @Sendable func updateAction(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        let existing = try action(strategy, context)
        let known = try await partnershipIndicators(scope, context)
        var f = try await read(request, context)
        guard let action = Self.actionFields(&f, id: existing.id, existing: existing, known: known) else {
            return actionPage(scope, context, strategy, existing, known, f)
        }
        try await strategies.editAction(action, by: scope.editor)
        return scope.redirect(f.form["indicatorsListed"] != nil ? "/strategy/\(strategy.id)/actions/\(existing.id)" : "/strategy/\(strategy.id)")
    }

    @Sendable func addMilestone(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        let action = try action(strategy, context)
        var f = try await read(request, context)
        let title = f.required("milestoneTitle", "Enter the milestone")
        let due = f.date("milestoneDue", "milestone's due date", required: true)
        guard f.errors.isEmpty, let due else {
            var shown = FormReader(FormData(fields: Self.values(of: action).fields + f.form.fields.filter { $0.name.hasPrefix("milestone") }))
            shown.errors = f.errors
            return actionPage(scope, context, strategy, action, try await partnershipIndicators(scope, context), shown)
        }
        _ = try await strategies.addMilestone(actionID: action.id, title: title, due: due, by: scope.editor)
        return scope.redirect("/strategy/\(strategy.id)/actions/\(action.id)")
    }

    @Sendable func completeMilestone(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        let action = try action(strategy, context)
        let milestoneID = try context.parameters.require("milestone", as: Int64.self)
        guard action.milestones.contains(where: { $0.id == milestoneID }) else { throw DomainError.notFound("There is no such milestone") }
        try await strategies.completeMilestone(id: milestoneID, on: Today.date, by: scope.editor)
        return scope.redirect("/strategy/\(strategy.id)/actions/\(action.id)")
    }

    func actionPage(
        _ scope: SecretariatScope, _ context: AppRequestContext, _ strategy: Strategy, _ action: DeliveryAction?,
        _ known: [Indicator], _ f: FormReader
    ) -> Response {
        scope.page(
            action.map { "Edit action: \($0.title)" } ?? "Add an action to the delivery plan", context: context, errors: f.errors,
            crumbs: [("Performance", scope.base + "/performance"), (strategy.title, scope.base + "/strategy/\(strategy.id)")]
        ) { w in
            StrategyEditViews.actionForm(strategy, action: action, indicators: known, scope: scope, csrf: context.csrfToken, f: f, into: &w)
        }
    }
}
