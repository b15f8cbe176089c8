import Hummingbird
import MinutebookCore
import MinutebookServices

/// Putting the delivery plan's outline right: moving a priority or an objective up or down, and
/// removing one added by mistake (only when nothing hangs under it). A refusal comes back on the
/// edit page with the error summary linking to the priority or objective concerned (400).
extension StrategyFormController {
    func addOutlineRoutes(to group: RouterGroup<SecretariatContext>) {
        group.post("strategy/:id/priorities/:item/move", use: movePriority)
        group.post("strategy/:id/priorities/:item/remove", use: removePriority)
        group.post("strategy/:id/objectives/:item/move", use: moveObjective)
        group.post("strategy/:id/objectives/:item/remove", use: removeObjective)
    }

    enum OutlineKind: String {
        case priority, objective
    }

    func outlineChange(
        _ request: Request, _ secretariat: SecretariatContext, _ kind: OutlineKind,
        _ change: @Sendable (Strategy, Int64, FormReader, SecretariatScope) async throws -> Void
    ) async throws -> Response {
        let scope = try await scope(secretariat)
        let context = secretariat.request
        let strategy = try await strategy(scope, context)
        let item = try context.parameters.require("item", as: Int64.self)
        let f = try await read(request, context)
        do {
            try await change(strategy, item, f, scope)
        } catch let error as DomainError {
            guard error.kind == .invalid else { throw error }
            var refused = FormReader(Self.headerValues(strategy))
            refused.refused(error, field: "\(kind.rawValue)-\(item)")
            return strategyPage(scope, context, strategy, refused)
        }
        return scope.redirect("/strategy/\(strategy.id)/edit")
    }

    static func offset(_ f: FormReader) throws -> Int {
        switch f.form["direction"] {
        case "up": -1
        case "down": 1
        default: throw DomainError.invalid("Choose to move it up or down")
        }
    }

    @Sendable func movePriority(_ request: Request, context: SecretariatContext) async throws -> Response {
        try await outlineChange(request, context, .priority) { strategy, item, f, scope in
            try await strategies.movePriority(id: item, strategyID: strategy.id, by: try Self.offset(f), by: scope.editor)
        }
    }

    @Sendable func removePriority(_ request: Request, context: SecretariatContext) async throws -> Response {
        try await outlineChange(request, context, .priority) { strategy, item, _, scope in
            try await strategies.removePriority(id: item, strategyID: strategy.id, by: scope.editor)
        }
    }

    @Sendable func moveObjective(_ request: Request, context: SecretariatContext) async throws -> Response {
        try await outlineChange(request, context, .objective) { strategy, item, f, scope in
            try await strategies.moveObjective(id: item, strategyID: strategy.id, by: try Self.offset(f), by: scope.editor)
        }
    }

    @Sendable func removeObjective(_ request: Request, context: SecretariatContext) async throws -> Response {
        try await outlineChange(request, context, .objective) { strategy, item, _, scope in
            try await strategies.removeObjective(id: item, strategyID: strategy.id, by: scope.editor)
        }
    }
}

extension StrategyEditViews {
    /// A priority's or objective's heading, the target of an error summary's link (`priority-12`), and
    /// its buttons.
    static func outlineHeading(
        _ open: StaticString, _ close: StaticString, _ kind: StrategyFormController.OutlineKind, id: Int64,
        name: String, strategy: Strategy, scope: SecretariatScope, csrf: String?, into w: inout HTMLWriter
    ) {
        w.raw(open)
        w.raw(" tabindex=\"-1\" id=\"")
        w.text("\(kind.rawValue)-\(id)")
        w.raw("\">")
        w.text(name)
        w.raw(close)
        outlineButtons(kind, id: id, name: name, strategy: strategy, scope: scope, csrf: csrf, into: &w)
    }

    /// Move up, move down and remove buttons for one priority or objective, named for screen readers.
    static func outlineButtons(
        _ kind: StrategyFormController.OutlineKind, id: Int64, name: String, strategy: Strategy,
        scope: SecretariatScope, csrf: String?, into w: inout HTMLWriter
    ) {
        let base = scope.base + "/strategy/\(strategy.id)/\(kind == .priority ? "priorities" : "objectives")/\(id)"
        w.raw("<div class=\"outline-tools no-print\">")
        for (direction, label) in [("up", "Move up"), ("down", "Move down")] {
            w.raw("<form method=\"post\" class=\"inline\" action=\"")
            w.text(base + "/move")
            w.raw("\">")
            w.csrfField(csrf)
            w.hidden("direction", direction)
            w.raw("<button type=\"submit\" class=\"secondary\">")
            w.text(label)
            w.raw("<span class=\"visually-hidden\"> ")
            w.text("the \(kind.rawValue) \(name)")
            w.raw("</span></button></form>\n")
        }
        w.raw("<form method=\"post\" class=\"inline\" action=\"")
        w.text(base + "/remove")
        w.raw("\">")
        w.csrfField(csrf)
        w.raw("<button type=\"submit\" class=\"secondary\">Remove<span class=\"visually-hidden\"> ")
        w.text("the \(kind.rawValue) \(name)")
        w.raw("</span></button></form></div>\n")
    }
}
