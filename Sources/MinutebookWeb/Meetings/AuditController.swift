import Foundation
import Hummingbird
import MinutebookCore
import MinutebookServices

/// The change history of one record, for the secretariat and administrators of its partnership.
struct AuditController {
    let scope: Scope
    let audit: any AuditRepository

    /// Columns never shown, even to administrators.
    static let hidden: Set<String> = ["passwordHash"]

    func addRoutes(to routes: PartnershipRoutes) {
        routes.partnership.get("audit/:table/:id", use: show)
    }

    @Sendable func show(_ request: Request, context: AppRequestContext) async throws -> Response {
        _ = try context.requireAccount(request)
        let partnership = try await scope.partnership(context)
        guard Visibility.partnershipGrant(context.audience, partnershipID: partnership.id).edit else {
            throw DomainError.forbidden("Change histories are for the secretariat and administrators of \(partnership.name).")
        }
        let table = try context.parameters.require("table")
        let id = try context.parameters.require("id", as: Int64.self)
        guard let entries = try await audit.history(table: table, rowID: id, partnershipID: partnership.id) else {
            throw DomainError.notFound("\(partnership.name) has no \(table) \(id) with a change history.")
        }
        var layout = Layout(title: "Change history of \(table) \(id)", signedInAs: context.signedInAs, csrfToken: context.csrfToken)
        layout.breadcrumbs = [(partnership.name, SitePath.partnership(partnership.slug).path)]
        return .html(
            layout.render { w in
                w.raw("<h1>Change history</h1>\n<p class=\"lead\">")
                w.text("\(table.capitalized) \(id): every change, newest first.")
                w.raw("</p>\n")
                if entries.isEmpty { w.raw("<p>No changes have been recorded.</p>\n") }
                for entry in entries { Self.write(entry, into: &w) }
            })
    }

    static func write(_ entry: AuditEntry, into w: inout HTMLWriter) {
        let before = fields(entry.before), after = fields(entry.after)
        let names = (after.isEmpty ? before : after).keys.sorted().filter { !hidden.contains($0) }
        let changed = entry.operation == "update" ? names.filter { before[$0] != after[$0] } : names
        w.raw("<section class=\"audit-entry\">\n<h2>")
        w.text("\(entry.operation.capitalized) on \(entry.at.replacingOccurrences(of: "T", with: " ").prefix(19)) UTC")
        w.raw("</h2>\n<p>By ")
        w.text(actorText(entry.actor))
        w.raw("</p>\n")
        if changed.isEmpty {
            w.raw("<p class=\"hint\">No visible field changed.</p>\n</section>\n")
            return
        }
        w.raw("<table>\n<thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Before</th><th scope=\"col\">After</th></tr></thead>\n<tbody>\n")
        for name in changed {
            w.raw("<tr><th scope=\"row\">")
            w.text(name)
            w.raw("</th><td>")
            w.text(before[name] ?? "")
            w.raw("</td><td>")
            w.text(after[name] ?? "")
            w.raw("</td></tr>\n")
        }
        w.raw("</tbody>\n</table>\n</section>\n")
    }

    /// "user:2:sec@example.org" → "sec@example.org"; tools keep their name.
    static func actorText(_ actor: String) -> String {
        if actor.hasPrefix("user:"), let email = actor.split(separator: ":", maxSplits: 2).last { return String(email) }
        return actor
    }

    /// A stored JSON object as field → printable value.
    static func fields(_ json: String?) -> [String: String] {
        guard let json, let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        for (key, value) in object {
            switch value {
            case is NSNull: out[key] = "—"
            case let s as String: out[key] = s
            default: out[key] = "\(value)"
            }
        }
        return out
    }
}
