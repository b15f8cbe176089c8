import Hummingbird
import MinutebookCore

/// The body's agenda template: the standing items every new meeting's agenda is drafted with.
/// One small form per change (add, save an item, move up or down, remove), so it works without
/// JavaScript; a refused form comes back with its values and an error summary.
extension AgendaController {
    func addTemplateRoutes(to body: RouterGroup<SecretariatContext>) {
        body.get("agenda-template", use: templatePage)
        body.post("agenda-template", use: addStandingItem)
        body.post("agenda-template/:position/:action", use: standingItemAction)
    }

    @Sendable func templatePage(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await bodyScope(secretariat)
        let context = secretariat.request
        return try await renderTemplate(
            scope, context: context, form: nil, errors: FormErrors(),
            done: request.uri.queryParameters.get("done"), status: .ok)
    }

    func renderTemplate(
        _ scope: BodyScope, context: AppRequestContext, form: AgendaTemplateView.Submitted?, errors: FormErrors,
        done: String?, status: HTTPResponse.Status
    ) async throws -> Response {
        let items = try await agendas.template(of: scope.body.id)
        let isOwn = try await agendas.hasOwnTemplate(scope.body.id)
        return .html(
            AgendaTemplateView.page(
                scope: scope, items: items, isOwn: isOwn, context: context, form: form, errors: errors,
                done: done), status: status)
    }

    /// The standing item a form describes.
    static func standingItem(_ form: FormData) -> AgendaTemplateItem {
        AgendaTemplateItem(
            title: form["title"] ?? "", kind: form.nonEmpty("kind").flatMap(StandingItemKind.init(rawValue:)),
            description: form.nonEmpty("description"), part: form["part"] == "2" ? .two : .one,
            exemptReason: form.nonEmpty("exemptReason"))
    }

    @Sendable func addStandingItem(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await bodyScope(secretariat)
        let context = secretariat.request
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let item = Self.standingItem(form)
        let problems = item.problems
        guard problems.isEmpty else {
            let errors = FormErrors(problems.map { (AgendaTemplateView.fieldID($0.field, position: nil), $0.message) })
            return try await renderTemplate(
                scope, context: context, form: .init(position: nil, values: form), errors: errors,
                done: nil, status: .badRequest)
        }
        let items = try await agendas.changeTemplate(of: scope.body.id, .add(item), by: scope.editor)
        return Self.redirect("\(scope.path)/agenda-template?done=added#standing-\(items.count)")
    }

    @Sendable func standingItemAction(_ request: Request, context secretariat: SecretariatContext) async throws -> Response {
        let scope = try await bodyScope(secretariat)
        let context = secretariat.request
        var request = request
        let form = try await FormData.collect(from: &request, context: context)
        let count = try await agendas.template(of: scope.body.id).count
        guard let position = Int(try context.parameters.require("position")), (1...max(count, 1)).contains(position), count > 0 else {
            throw DomainError.notFound("That standing item no longer exists.")
        }
        let change: AgendaTemplateChange
        var anchor = position
        switch try context.parameters.require("action") {
        case "save":
            let item = Self.standingItem(form)
            let problems = item.problems
            guard problems.isEmpty else {
                let errors = FormErrors(problems.map { (AgendaTemplateView.fieldID($0.field, position: position), $0.message) })
                return try await renderTemplate(
                    scope, context: context, form: .init(position: position, values: form), errors: errors,
                    done: nil, status: .badRequest)
            }
            change = .update(position: position, item)
        case "up":
            guard position > 1 else { return Self.redirect("\(scope.path)/agenda-template#standing-\(position)") }
            change = .move(position: position, to: position - 1)
            anchor = position - 1
        case "down":
            guard position < count else { return Self.redirect("\(scope.path)/agenda-template#standing-\(position)") }
            change = .move(position: position, to: position + 1)
            anchor = position + 1
        case "remove":
            change = .remove(position: position)
            anchor = max(1, position - 1)
        default:
            throw DomainError.notFound("Unknown standing item action.")
        }
        _ = try await agendas.changeTemplate(of: scope.body.id, change, by: scope.editor)
        return Self.redirect("\(scope.path)/agenda-template?done=changed#standing-\(anchor)")
    }
}
