import Foundation
import Hummingbird
import MinutebookCore

/// The secretariat builds the strategy and its delivery plan in the app: the strategy, its
/// priorities and objectives, the actions with their leads, due dates, status, milestones and
/// evidencing indicators. Refused submissions come back on their page with status 400.
struct StrategyFormController {
    let directory: any DirectoryRepository
    let strategies: any StrategyRepository
    let indicators: any IndicatorRepository

    func addRoutes(to routes: PartnershipRoutes) {
        let group = routes.secretariat
        group.get("strategies/new", use: newStrategy)
        group.post("strategies", use: create)
        group.get("strategy/:id/edit", use: editPage)
        group.post("strategy/:id/edit", use: edit)
        group.post("strategy/:id/publish", use: publish)
        group.post("strategy/:id/priorities", use: addPriority)
        group.post("strategy/:id/objectives", use: addObjective)
        group.get("strategy/:id/actions/new", use: newAction)
        group.post("strategy/:id/actions", use: createAction)
        group.get("strategy/:id/actions/:action", use: actionPage)
        group.post("strategy/:id/actions/:action", use: updateAction)
        group.post("strategy/:id/actions/:action/milestones", use: addMilestone)
        group.post("strategy/:id/actions/:action/milestones/:milestone/complete", use: completeMilestone)
        addOutlineRoutes(to: group)
    }

    func scope(_ context: SecretariatContext) async throws -> SecretariatScope {
        try await SecretariatScope.of(context, directory: directory, refusal: "Only the secretariat can change the strategy and the delivery plan")
    }

    func strategy(_ scope: SecretariatScope, _ context: AppRequestContext) async throws -> Strategy {
        let id = try context.parameters.require("id", as: Int64.self)
        guard let strategy = try await strategies.strategy(id: id, audience: context.audience), strategy.partnershipID == scope.partnership.id else {
            throw DomainError.notFound("There is no such strategy here")
        }
        return strategy
    }

    func read(_ request: Request, _ context: AppRequestContext) async throws -> FormReader {
        var request = request
        return FormReader(try await FormData.collect(from: &request, context: context))
    }

    // MARK: The strategy

    @Sendable func newStrategy(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        return strategyPage(scope, context, nil, FormReader(FormData()))
    }

    @Sendable func create(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        var f = try await read(request, context)
        guard let (title, first, last) = Self.header(&f) else { return strategyPage(scope, context, nil, f) }
        let saved = try await strategies.create(
            Strategy(
                id: 0, partnershipID: scope.partnership.id, bodyID: scope.board.id,
                title: title, firstYear: first, lastYear: last), by: scope.editor)
        return scope.redirect("/strategy/\(saved.id)/edit")
    }

    static func header(_ f: inout FormReader) -> (String, Int, Int)? {
        let title = f.required("title", "Enter the strategy's title")
        let first = f.integer("firstYear", in: 1990...2200, "Enter the first year as four digits, like 2024")
        let last = f.integer("lastYear", in: 1990...2200, "Enter the last year as four digits, like 2027")
        if let first, let last, last < first { f.errors.add("lastYear", "The last year must be the first year or later") }
        guard f.errors.isEmpty, let first, let last else { return nil }
        return (title, first, last)
    }

    @Sendable func editPage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        return strategyPage(scope, context, strategy, FormReader(Self.headerValues(strategy)))
    }

    /// The edit form's fields as the strategy stands.
    static func headerValues(_ strategy: Strategy) -> FormData {
        FormData(fields: [("title", strategy.title), ("firstYear", String(strategy.firstYear)), ("lastYear", String(strategy.lastYear))])
    }

    @Sendable func edit(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        var f = try await read(request, context)
        guard let (title, first, last) = Self.header(&f) else { return strategyPage(scope, context, strategy, f) }
        try await strategies.updateStrategy(id: strategy.id, title: title, firstYear: first, lastYear: last, by: scope.editor)
        return scope.redirect("/strategy/\(strategy.id)/edit")
    }

    @Sendable func publish(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        try await strategies.publish(strategyID: strategy.id, by: scope.editor)
        return scope.redirect("/strategy/\(strategy.id)")
    }

    @Sendable func addPriority(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        var f = try await read(request, context)
        let name = f.required("priorityName", "Enter the priority's name")
        guard f.errors.isEmpty else { return strategyPage(scope, context, strategy, f) }
        _ = try await strategies.addPriority(strategyID: strategy.id, name: name, summary: f.value("prioritySummary"), by: scope.editor)
        return scope.redirect("/strategy/\(strategy.id)/edit")
    }

    @Sendable func addObjective(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        var f = try await read(request, context)
        let priority = f.form.nonEmpty("objectivePriority").flatMap { Int64($0) }.flatMap { id in strategy.priorities.first { $0.id == id } }
        if priority == nil { f.errors.add("objectivePriority", "Choose the priority the objective serves") }
        let text = f.required("objectiveText", "Enter the objective")
        guard f.errors.isEmpty, let priority else { return strategyPage(scope, context, strategy, f) }
        _ = try await strategies.addObjective(priorityID: priority.id, text: text, by: scope.editor)
        return scope.redirect("/strategy/\(strategy.id)/edit")
    }

    func strategyPage(_ scope: SecretariatScope, _ context: AppRequestContext, _ strategy: Strategy?, _ f: FormReader) -> Response {
        let title = strategy.map { "Edit \($0.fullTitle)" } ?? "New strategy"
        var crumbs = [("Performance", scope.base + "/performance")]
        if let strategy { crumbs.append((strategy.title, scope.base + "/strategy/\(strategy.id)")) }
        return scope.page(title, context: context, errors: f.errors, crumbs: crumbs) { w in
            w.raw("<form method=\"post\" action=\"")
            w.text(strategy.map { scope.base + "/strategy/\($0.id)/edit" } ?? scope.base + "/strategies")
            w.raw("\" novalidate>\n")
            w.csrfField(context.csrfToken)
            w.inputField("title", label: "Title", value: f.value("title"), hint: "For example Community Safety Strategy", errors: f.errors)
            w.inputField("firstYear", label: "First year", value: f.value("firstYear"), type: "number", errors: f.errors)
            w.inputField("lastYear", label: "Last year", value: f.value("lastYear"), type: "number", errors: f.errors)
            w.raw(
                strategy == nil
                    ? "<button type=\"submit\">Create the strategy</button>\n</form>\n" : "<button type=\"submit\">Save</button>\n</form>\n")
            guard let strategy else { return }
            if !strategy.isPublished {
                w.raw("<form method=\"post\" action=\"")
                w.text(scope.base + "/strategy/\(strategy.id)/publish")
                w.raw("\">\n")
                w.csrfField(context.csrfToken)
                w.raw(
                    "<p>Draft: seen only by the board and the secretariat.</p><button type=\"submit\" class=\"secondary\">Publish the strategy</button>\n</form>\n"
                )
            }
            StrategyEditViews.outline(strategy, scope: scope, csrf: context.csrfToken, into: &w)
            StrategyEditViews.priorityForm(strategy, scope: scope, csrf: context.csrfToken, f: f, into: &w)
            StrategyEditViews.objectiveForm(strategy, scope: scope, csrf: context.csrfToken, f: f, into: &w)
        }
    }
}
